package io.liaisoninsight.ui.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Settings under {@code liaison.security}. Users and their scopes come from configuration (there is no
 * user-administration UI); single sign-on users come from an OIDC provider configured with Spring
 * Boot's {@code spring.security.oauth2.client.registration.*}, their roles and scope from token claims.
 * The demo users live in {@code application-demo.yml}, active only with the {@code demo} profile.
 *
 * @param users                 local users; none by default
 * @param login                 login throttling
 * @param oidc                  names of the token claims that carry a single-sign-on user's roles and scope
 * @param contentSecurityPolicy the {@code Content-Security-Policy} header; the default allows what Vaadin
 *                              needs (inline styles, inline/eval'd scripts from its own client) and
 *                              nothing from other origins
 */
@ConfigurationProperties("liaison.security")
public record SecurityProperties(@DefaultValue List<User> users,
                                 @DefaultValue Login login,
                                 @DefaultValue Oidc oidc,
                                 @DefaultValue(DEFAULT_CSP) String contentSecurityPolicy) {

    static final String DEFAULT_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * A local user.
     *
     * @param username     login name; unique, compared without regard to case
     * @param passwordHash BCrypt hash ({@code $2a$}, {@code $2b$} or {@code $2y$}); never a plain password.
     *                     See README for how to make one.
     * @param displayName  shown in the UI; default the username
     * @param roles        one or more of LEADER, ANALYST, LIAISON_OFFICER, AUDITOR, ADMIN
     * @param districts    whole districts the user sees, e.g. {@code 城关区}; {@code *} for all (records
     *                     without a district included). Only for LEADER, ANALYST, LIAISON_OFFICER.
     * @param townships    single townships, written {@code district/township}, e.g. {@code 榆中县/城关镇}
     * @param office       a liaison officer's office, e.g. {@code 榆中县城关镇检察室}
     * @param unmask       may reveal full ID and phone numbers (every reveal is audited); default false
     */
    public record User(String username, String passwordHash, String displayName, @DefaultValue Set<Role> roles,
                       @DefaultValue List<String> districts, @DefaultValue List<String> townships, String office,
                       boolean unmask) {
    }

    /**
     * Failed logins per user name and client address: after {@code maxFailures} within {@code window}
     * that pair is locked for {@code lockout}. Kept in memory (per instance), at most {@code maxTracked}
     * pairs, least recently used forgotten first.
     *
     * @param maxFailures default 5
     * @param window      default 10 minutes
     * @param lockout     default 10 minutes
     * @param maxTracked  default 10000
     */
    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("10m") Duration window,
                        @DefaultValue("10m") Duration lockout, @DefaultValue("10000") int maxTracked) {
    }

    /**
     * Claim names read from the OIDC ID token and user-info (merged). List claims may be JSON arrays or
     * comma/space separated strings.
     *
     * @param usernameClaim    default {@code preferred_username} (falls back to {@code sub})
     * @param displayNameClaim default {@code name}
     * @param rolesClaim       default {@code liaison_roles}: role names; an optional {@code ROLE_} prefix
     *                         and case are ignored. A user with none of ours cannot log in.
     * @param districtsClaim   default {@code liaison_districts}: district names or {@code *}
     * @param townshipsClaim   default {@code liaison_townships}: {@code district/township} entries
     * @param officeClaim      default {@code liaison_office}
     * @param unmaskClaim      default {@code liaison_unmask}: {@code true} to allow unmasking
     */
    public record Oidc(@DefaultValue("preferred_username") String usernameClaim,
                       @DefaultValue("name") String displayNameClaim,
                       @DefaultValue("liaison_roles") String rolesClaim,
                       @DefaultValue("liaison_districts") String districtsClaim,
                       @DefaultValue("liaison_townships") String townshipsClaim,
                       @DefaultValue("liaison_office") String officeClaim,
                       @DefaultValue("liaison_unmask") String unmaskClaim) {
    }
}
