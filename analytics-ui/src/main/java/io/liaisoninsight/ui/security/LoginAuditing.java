package io.liaisoninsight.ui.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.audit.AuditLog;
import io.liaisoninsight.ui.audit.AuditOutcome;
import io.liaisoninsight.ui.audit.AuditUnavailableException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes logins, failed logins, lock-outs and logouts to the audit trail, for password and single
 * sign-on logins alike. A successful login whose audit entry cannot be written is undone (fail closed)
 * and the login page says why; a logout is never blocked by the audit trail, because staying logged in
 * would be the less safe outcome.
 */
final class LoginAuditing {

    private static final Logger log = LoggerFactory.getLogger(LoginAuditing.class);

    /** Query parameters the {@link LoginView} turns into messages. */
    static final String ERROR = "error";
    static final String LOCKED = "locked";
    static final String UNAVAILABLE = "unavailable";

    private final AuditLog audit;
    private final String loginPath;

    LoginAuditing(AuditLog audit, String loginPath) {
        this.audit = audit;
        this.loginPath = loginPath;
    }

    /** Vaadin's success handler (saved-request redirect), with the audit entry written first. */
    VaadinSavedRequestAwareAuthenticationSuccessHandler successHandler() {
        return new VaadinSavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                Authentication authentication) throws ServletException, IOException {
                try {
                    CurrentUser user = ((LiaisonPrincipal) authentication.getPrincipal()).currentUser();
                    audit.record(user, AuditAction.LOGIN_SUCCESS, AuditOutcome.SUCCESS, null, null,
                            Map.of("method", method(authentication)));
                } catch (AuditUnavailableException e) {
                    new SecurityContextLogoutHandler().logout(request, response, authentication);
                    response.sendRedirect(request.getContextPath() + loginPath + "?" + UNAVAILABLE);
                    return;
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String outcome = ERROR;
            try {
                outcome = auditFailure(request, exception);
            } catch (AuditUnavailableException e) {
                outcome = UNAVAILABLE;
            }
            response.sendRedirect(request.getContextPath() + loginPath + "?" + outcome);
        };
    }

    LogoutHandler logoutHandler() {
        return (request, response, authentication) -> {
            if (authentication == null || !(authentication.getPrincipal() instanceof LiaisonPrincipal principal)) {
                return;
            }
            try {
                audit.record(principal.currentUser(), AuditAction.LOGOUT, AuditOutcome.SUCCESS, null, null, null);
            } catch (AuditUnavailableException e) {
                log.warn("logout of {} not audited; logged out anyway", principal.currentUser().username());
            }
        };
    }

    /** Writes the failure (and a lock-out) and returns the login page's query parameter. */
    private String auditFailure(HttpServletRequest request, AuthenticationException exception) {
        String username = request.getParameter("username");
        String address = request.getRemoteAddr();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", exception.getClass().getSimpleName());
        if (exception instanceof OAuth2AuthenticationException oauth) {
            details.put("method", "oidc");
            details.put("error", oauth.getError().getErrorCode());
            details.put("description", oauth.getError().getDescription());
        } else {
            details.put("method", "password");
        }
        if (exception instanceof LoginLockedException locked) {
            if (!locked.justLocked()) {
                audit.record(username, AuditAction.LOGIN_LOCKED, AuditOutcome.DENIED, address, details);
                return LOCKED;
            }
            audit.record(username, AuditAction.LOGIN_FAILURE, AuditOutcome.FAILURE, address, details);
            audit.record(username, AuditAction.LOGIN_LOCKOUT, AuditOutcome.DENIED, address, details);
            return LOCKED;
        }
        audit.record(username, AuditAction.LOGIN_FAILURE, AuditOutcome.FAILURE, address, details);
        return ERROR;
    }

    private static String method(Authentication authentication) {
        return authentication.getPrincipal() instanceof LiaisonOidcUser ? "oidc" : "password";
    }
}
