package io.liaisoninsight.ui.health;

import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.security.Scope;
import io.liaisoninsight.ui.testing.ItEngines;
import io.liaisoninsight.ui.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With neither engine reachable the app still starts and says what is down. Logins are refused while
 * the audit trail (in Elasticsearch) cannot be written, so the login page explains that instead, and
 * unattended monitoring reads {@code /actuator/health}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Port 9 (discard) is closed on a normal machine, so connections are refused at once.
        "spring.elasticsearch.uris=http://127.0.0.1:9",
        "spring.kafka.bootstrap-servers=127.0.0.1:9",
        "liaison.health.kafka-timeout=500ms"})
@ActiveProfiles("demo")
class HealthWithoutEnginesIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    EngineHealthService service;
    @LocalServerPort
    int port;

    @Test
    void healthReportsBothEnginesDown() {
        CurrentUser leader = new CurrentUser("leader", null, Set.of(Role.LEADER), Scope.all(), false, null);

        EngineHealth health = service.check(leader);

        assertThat(health.elasticsearch().up()).isFalse();
        assertThat(health.elasticsearch().problem()).isNotBlank();
        assertThat(health.kafka().reachable()).isFalse();
        assertThat(health.schema().current()).isFalse();
        assertThat(health.schema().expectedVersion()).isPositive();
        assertThat(health.documents()).isNull();
    }

    @Test
    void loginIsRefusedWhileTheAuditTrailCannotBeWritten() {
        WebSession browser = WebSession.anonymous(port);
        assertThat(WebSession.location(browser.login("leader", ItEngines.DEMO_PASSWORD))).endsWith("/login?unavailable");
        assertThat(WebSession.location(browser.get("/"))).endsWith("/login");
        assertThat(browser.get("/api/health").statusCode()).isEqualTo(401);
        // The login page itself is still served.
        assertThat(browser.get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void actuatorHealthIsDown() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }
}
