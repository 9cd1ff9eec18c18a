package io.liaisoninsight.ui.security;

import io.liaisoninsight.ui.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on switches on with nothing but Spring Boot's client registration properties: the login
 * flow redirects to the identity provider with our client id and callback. No identity provider runs
 * (the address is never contacted before a user follows the redirect), and no engines are needed.
 * Claim mapping is covered by {@code UserDirectoryTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.elasticsearch.uris=http://127.0.0.1:9",
        "spring.kafka.bootstrap-servers=127.0.0.1:9",
        "spring.security.oauth2.client.registration.city-idp.client-id=liaison-ui",
        "spring.security.oauth2.client.registration.city-idp.client-secret=not-a-real-secret",
        "spring.security.oauth2.client.registration.city-idp.client-name=CityIdP",
        "spring.security.oauth2.client.registration.city-idp.scope=openid,profile",
        "spring.security.oauth2.client.registration.city-idp.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.city-idp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.city-idp.authorization-uri=https://idp.example.invalid/auth",
        "spring.security.oauth2.client.provider.city-idp.token-uri=https://idp.example.invalid/token",
        "spring.security.oauth2.client.provider.city-idp.jwk-set-uri=https://idp.example.invalid/certs",
        "spring.security.oauth2.client.provider.city-idp.user-info-uri=https://idp.example.invalid/userinfo",
        "spring.security.oauth2.client.provider.city-idp.user-name-attribute=sub"})
@DirtiesContext
class OidcLoginIT {

    @LocalServerPort
    int port;
    @Autowired
    SecurityFilterChain chain;

    @Test
    void configuredProviderActivatesOauth2Login() {
        assertThat(chain.getFilters()).anyMatch(f -> f instanceof OAuth2AuthorizationRequestRedirectFilter)
                .anyMatch(f -> f instanceof OAuth2LoginAuthenticationFilter);

        HttpResponse<String> start = WebSession.anonymous(port).get("/oauth2/authorization/city-idp");

        assertThat(start.statusCode()).isEqualTo(302);
        UriComponents redirect = UriComponentsBuilder.fromUriString(WebSession.location(start)).build();
        assertThat(redirect.getHost()).isEqualTo("idp.example.invalid");
        assertThat(redirect.getPath()).isEqualTo("/auth");
        assertThat(redirect.getQueryParams().getFirst("client_id")).isEqualTo("liaison-ui");
        assertThat(redirect.getQueryParams().getFirst("response_type")).isEqualTo("code");
        assertThat(redirect.getQueryParams().getFirst("scope")).contains("openid");
        assertThat(redirect.getQueryParams().getFirst("redirect_uri"))
                .contains("/login/oauth2/code/city-idp");
    }

    @Test
    void aFailedCallbackReturnsToTheLoginPage() {
        // A callback without a matching authorization request is refused (and would be audited).
        HttpResponse<String> callback = WebSession.anonymous(port).get("/login/oauth2/code/city-idp?code=x&state=y");
        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(callback)).contains("/login?");
    }

    @Test
    void everythingElseStillNeedsLogin() {
        assertThat(WebSession.location(WebSession.anonymous(port).get("/audit"))).endsWith("/login");
        assertThat(WebSession.anonymous(port).get("/api/health").statusCode()).isEqualTo(401);
    }
}
