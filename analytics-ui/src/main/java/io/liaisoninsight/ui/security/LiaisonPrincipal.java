package io.liaisoninsight.ui.security;

/**
 * Implemented by every principal this app puts into Spring Security's context (a configured user's
 * details, an OIDC user), so {@link CurrentUsers} finds the {@link CurrentUser} however they logged in.
 */
interface LiaisonPrincipal {

    CurrentUser currentUser();
}
