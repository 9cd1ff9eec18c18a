package io.liaisoninsight.ui.security;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.RealEnginesExtension;
import io.liaisoninsight.testsupport.TestNames;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.testing.Indices;
import io.liaisoninsight.ui.testing.ItEngines;
import io.liaisoninsight.ui.testing.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is slowed down: the fifth wrong password for a user name from one address locks it
 * (even the right password is refused), and each step is in the audit trail. Its own application
 * context, so the lock cannot disturb other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ExtendWith(RealEnginesExtension.class)
@DirtiesContext
class LoginThrottleIT {

    private static final String PREFIX = TestNames.indexPrefix();

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        ItEngines.register(registry, PREFIX);
    }

    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexNames names;

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

    @AfterAll
    static void drop(Engines engines) throws IOException {
        Indices.drop(engines, PREFIX);
    }
}
