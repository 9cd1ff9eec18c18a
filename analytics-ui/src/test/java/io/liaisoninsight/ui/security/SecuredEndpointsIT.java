package io.liaisoninsight.ui.security;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.testing.EngineBackedIT;
import io.liaisoninsight.ui.testing.Indices;
import io.liaisoninsight.ui.testing.ItEngines;
import io.liaisoninsight.ui.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is reachable without login, found by enumerating what exists (Vaadin's route registry and
 * Spring MVC's handler mappings), so a route or endpoint added later is covered without editing this
 * test. Also: headers, CSRF, session settings, and a role refusal on the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SecuredEndpointsIT extends EngineBackedIT {

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mvc;

    @Test
    void everyRouteRedirectsAnonymousVisitorsToTheLoginPage() {
        List<RouteData> routes = ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(context.getServletContext())).getRegisteredRoutes();
        List<String> checked = new ArrayList<>();
        WebSession anonymous = WebSession.anonymous(port);
        for (RouteData route : routes) {
            List<String> templates = new ArrayList<>(List.of(route.getTemplate()));
            route.getRouteAliases().forEach(alias -> templates.add(alias.getTemplate()));
            for (String template : templates) {
                String path = "/" + template.replaceAll(":[A-Za-z0-9_]+[?*]?(\\([^)]*\\))?", "P-2025-0001");
                HttpResponse<String> response = anonymous.get(path);
                if (route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)) {
                    assertThat(response.statusCode()).as(path).isEqualTo(200);
                } else {
                    assertThat(response.statusCode()).as(path).isEqualTo(302);
                    assertThat(WebSession.location(response)).as(path).endsWith("/login");
                }
                checked.add(path);
            }
        }
        // The enumeration itself works (and the login page is the only public route).
        assertThat(checked).contains("/", "/login", "/audit", "/admin/users", "/records/P-2025-0001",
                "/complainants/P-2025-0001", "/meetings", "/meetings/P-2025-0001", "/visit-notes/new");
        assertThat(routes.stream().filter(r -> r.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class))
                .map(RouteData::getTemplate)).containsExactly("login");
        // It is our Vaadin login view, not Spring's generated page.
        assertThat(anonymous.get("/login").body()).contains("VAADIN/build/").doesNotContain("Please sign in");
    }

    @Test
    void everyApiEndpointAnswers401WithoutLogin() {
        WebSession anonymous = WebSession.anonymous(port);
        List<String> checked = new ArrayList<>();
        for (RequestMappingInfo mapping : mvc.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            for (String pattern : mapping.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "P-2025-0001");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    HttpResponse<String> response = anonymous.send(method.name(), path);
                    assertThat(response.statusCode()).as(method + " " + path).isEqualTo(401);
                    checked.add(method + " " + path);
                }
            }
        }
        assertThat(checked).contains("GET /api/health", "GET /api/records/P-2025-0001", "GET /api/audit/events.csv",
                "GET /api/complainants/P-2025-0001", "GET /api/briefs", "GET /api/briefs/brief.pdf",
                "GET /api/briefs/brief.xlsx", "GET /api/meetings/P-2025-0001/brief.pdf",
                "GET /api/meetings/P-2025-0001/brief.xlsx");
        // Unknown API paths too, and the login page is not where scripts are sent.
        HttpResponse<String> unknown = anonymous.get("/api/no-such-thing");
        assertThat(unknown.statusCode()).isEqualTo(401);
    }

    @Test
    void healthForMonitoringStaysPublicAndSingleSignOnIsOffWithoutARegistration() {
        WebSession anonymous = WebSession.anonymous(port);
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(WebSession.location(anonymous.get("/oauth2/authorization/any"))).endsWith("/login");
        assertThat(context.getBean(SecurityFilterChain.class).getFilters())
                .noneMatch(f -> f instanceof OAuth2LoginAuthenticationFilter);
    }

    @Test
    void securityHeaders() {
        HttpResponse<String> page = WebSession.anonymous(port).get("/login");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).get().asString().contains("camera=()");
        assertThat(page.headers().firstValue("Cross-Origin-Opener-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
    }

    @Test
    void sessionsExpireAndIdleTabsDoNotKeepThemAlive() {
        assertThat(context.getBean(ServerProperties.class).getServlet().getSession().getTimeout())
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(context.getBean(Environment.class).getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    @Test
    void changingRequestsToTheApiNeedSpringsCsrfToken() {
        WebSession analyst = WebSession.loggedIn(port, "analyst-cg", ItEngines.DEMO_PASSWORD);
        assertThat(analyst.send("POST", "/api/records/P-2025-0001").statusCode()).isEqualTo(403);
        assertThat(analyst.send("DELETE", "/api/records/P-2025-0001").statusCode()).isEqualTo(403);
    }

    @Test
    void auditTrailRefusesOtherRolesAndRecordsTheAttempt() throws IOException {
        for (String user : List.of("analyst-cg", "admin", "leader")) {
            HttpResponse<String> response = WebSession.loggedIn(port, user, ItEngines.DEMO_PASSWORD)
                    .get("/api/audit/events.csv");
            assertThat(response.statusCode()).as(user).isEqualTo(403);
            assertThat(WebSession.parse(response.body()).path("message").asText()).contains("无权");
            assertThat(Indices.audit(client, names, user, AuditAction.ACCESS_DENIED)).as(user).isNotEmpty();
        }
    }
}
