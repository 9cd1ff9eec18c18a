package io.liaisoninsight.ui.security;

import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.testing.EngineBackedIT;
import io.liaisoninsight.ui.testing.Indices;
import io.liaisoninsight.ui.testing.ItEngines;
import io.liaisoninsight.ui.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is slowed down: the fifth wrong password for a user name from one address locks it
 * (even the right password is refused), and each step is in the audit trail. Its own application
 * context, so the lock cannot disturb other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class LoginThrottleIT extends EngineBackedIT {

    @LocalServerPort
    int port;

    @Test
    void fiveFailuresLockTheUserNameAndEveryStepIsAudited() throws IOException {
        WebSession browser = WebSession.anonymous(port);
        for (int i = 1; i <= 4; i++) {
            assertThat(WebSession.location(browser.login("analyst-xg", "guess-" + i))).endsWith("/login?error");
        }
        assertThat(WebSession.location(browser.login("analyst-xg", "guess-5"))).endsWith("/login?locked");
        assertThat(WebSession.location(browser.login("analyst-xg", ItEngines.DEMO_PASSWORD)))
                .as("right password while locked").endsWith("/login?locked");
        // Case does not get around it; other users are not affected.
        assertThat(WebSession.location(browser.login("Analyst-XG", ItEngines.DEMO_PASSWORD))).endsWith("/login?locked");
        WebSession.loggedIn(port, "analyst-cg", ItEngines.DEMO_PASSWORD);

        assertThat(Indices.audit(client, names, "analyst-xg", AuditAction.LOGIN_FAILURE)).hasSize(5);
        assertThat(Indices.audit(client, names, "analyst-xg", AuditAction.LOGIN_LOCKOUT)).hasSize(1);
        assertThat(Indices.audit(client, names, "analyst-xg", AuditAction.LOGIN_LOCKED)).hasSize(1);
        assertThat(Indices.audit(client, names, "Analyst-XG", AuditAction.LOGIN_LOCKED)).hasSize(1);
        assertThat(Indices.audit(client, names, "analyst-xg", AuditAction.LOGIN_SUCCESS)).isEmpty();
    }

    @Test
    void unknownUserNamesAreThrottledToo() {
        WebSession browser = WebSession.anonymous(port);
        for (int i = 1; i <= 4; i++) {
            assertThat(WebSession.location(browser.login("no-such-user", "x"))).endsWith("/login?error");
        }
        assertThat(WebSession.location(browser.login("no-such-user", "x"))).endsWith("/login?locked");
    }
}
