package io.liaisoninsight.ui.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who is signed in, for views and REST controllers alike (as flow-crm's {@code SecurityService} wraps
 * Vaadin's {@link AuthenticationContext}). Services take the {@link CurrentUser} as a parameter instead
 * of looking it up, so they also work in tests and background jobs.
 */
@Component
public class CurrentUsers {

    private final AuthenticationContext authentication;

    CurrentUsers(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<CurrentUser> current() {
        return authentication.getAuthenticatedUser(Object.class)
                .filter(LiaisonPrincipal.class::isInstance)
                .map(p -> ((LiaisonPrincipal) p).currentUser());
    }

    /**
     * The signed-in user. Every route and endpoint except the login page requires authentication, so a
     * missing user here is a configuration error, not a normal case.
     */
    public CurrentUser require() {
        return current().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    /** Logs out through Spring Security's handlers (the audit trail's among them) and returns to the login page. */
    public void logout() {
        authentication.logout();
    }
}
