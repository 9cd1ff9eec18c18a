package io.liaisoninsight.ui.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.liaisoninsight.ui.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * One filter chain for the Vaadin UI and the REST API:
 * <ul>
 *   <li>every route except {@link LoginView}, and every {@code /api/**} endpoint, requires login; the
 *       UI redirects to the login page, the API answers 401 (scripts cannot follow a login page);</li>
 *   <li>password login for configured users through {@link ThrottledAuthenticationProvider}; single
 *       sign-on ({@code oauth2Login}) only when Spring Boot found an OIDC client registration;</li>
 *   <li>CSRF: Vaadin protects its own requests with its token and Spring's filter stays on for
 *       everything else, so any future non-GET {@code /api} endpoint needs Spring's token;</li>
 *   <li>headers: a Vaadin-compatible CSP, no framing, same-origin referrers, no browser features we do
 *       not use.</li>
 * </ul>
 * There is deliberately no {@code UserDetailsService} or {@code AuthenticationProvider} bean: Spring
 * would build a second, unthrottled global password check from it.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "/" + LoginView.ROUTE;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties, UserDirectory users,
                                            LoginThrottle throttle, PasswordEncoder encoder, AuditLog audit,
                                            ObjectProvider<ClientRegistrationRepository> oidcClients) throws Exception {
        LoginAuditing auditing = new LoginAuditing(audit, LOGIN_PATH);
        VaadinSavedRequestAwareAuthenticationSuccessHandler onSuccess = auditing.successHandler();
        onSuccess.setDefaultTargetUrl("/");
        // Vaadin's configurer uses a shared success handler if one is set (and gives it its request cache).
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, onSuccess);
        http.authenticationProvider(new ThrottledAuthenticationProvider(users, encoder, throttle));

        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        // Registered before Vaadin's configurer adds its redirect-to-login entry point for any request.
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), paths.matcher("/api/**")));
        // Container and load-balancer health checks; shows only UP/DOWN and component states.
        http.authorizeHttpRequests(a -> a.requestMatchers(paths.matcher("/actuator/health"),
                paths.matcher("/actuator/health/**")).permitAll());
        // The login page is set here too, not only by Vaadin's configurer below: form login initialises
        // before it, and without a custom page it would switch on Spring's generated login page.
        http.formLogin(form -> form.loginPage(LOGIN_PATH).failureHandler(auditing.failureHandler()));

        ClientRegistrationRepository clients = oidcClients.getIfAvailable();
        if (clients != null) {
            http.oauth2Login(oidc -> oidc.loginPage(LOGIN_PATH)
                    .userInfoEndpoint(u -> u.oidcUserService(new LiaisonOidcUserService(users)))
                    .successHandler(onSuccess)
                    .failureHandler(auditing.failureHandler()));
        }

        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(properties.contentSecurityPolicy()))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
                .crossOriginOpenerPolicy(c -> c.policy(
                        CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN)));

        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .addLogoutHandler(auditing.logoutHandler()));
        return http.build();
    }
}
