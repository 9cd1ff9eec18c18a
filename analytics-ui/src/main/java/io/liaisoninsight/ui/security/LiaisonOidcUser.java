package io.liaisoninsight.ui.security;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A single-sign-on user with the {@link CurrentUser} mapped from the token's claims. */
final class LiaisonOidcUser extends DefaultOidcUser implements LiaisonPrincipal {

    private final CurrentUser user;

    LiaisonOidcUser(CurrentUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(LiaisonUserDetails.authorities(user), idToken, userInfo);
        this.user = user;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    /** The mapped user name, so the audit trail and Spring show the same name as for local users. */
    @Override
    public String getName() {
        return user.username();
    }
}
