package io.liaisoninsight.ui.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Loads the OIDC user as Spring does, then maps roles and scope from the claims named in
 * {@code liaison.security.oidc.*}. A token without any of our roles is refused: it would only give an
 * empty app, and a refused login is visible in the audit trail.
 */
final class LiaisonOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_ROLE = "liaison_no_role";

    private final OidcUserService delegate = new OidcUserService();
    private final UserDirectory users;

    LiaisonOidcUserService(UserDirectory users) {
        this.users = users;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser loaded = delegate.loadUser(request);
        CurrentUser user;
        try {
            user = users.fromClaims(loaded.getClaims());
        } catch (IllegalArgumentException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ROLE, e.getMessage(), null), e);
        }
        return new LiaisonOidcUser(user, loaded.getIdToken(), loaded.getUserInfo());
    }
}
