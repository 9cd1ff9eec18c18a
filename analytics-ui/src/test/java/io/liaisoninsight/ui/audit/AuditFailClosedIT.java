package io.liaisoninsight.ui.audit;

import io.liaisoninsight.schema.SystemIndex;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.security.Scope;
import io.liaisoninsight.ui.security.ScopedSearch;
import io.liaisoninsight.ui.security.SearchIntent;
import io.liaisoninsight.ui.testing.EngineBackedIT;
import io.liaisoninsight.ui.testing.Indices;
import io.liaisoninsight.ui.testing.ItEngines;
import io.liaisoninsight.ui.testing.Records;
import io.liaisoninsight.ui.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Fail closed: while the audit index refuses writes (a real write block on the real index), record
 * views, searches and logins do not happen, and the user is told why in Chinese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AuditFailClosedIT extends EngineBackedIT {

    @LocalServerPort
    int port;
    @Autowired
    ScopedSearch search;

    @Test
    void auditedActionsFailWhileTheAuditTrailCannotBeWritten() throws IOException {
        Instant at = Instant.now().minus(1, ChronoUnit.DAYS);
        Indices.index(client, names, List.of(Records.petition("P-1", at, "城关区", "皋兰路街道", "标题", "内容",
                List.of(Map.of("name", "张某某", "phone", "13812341234")))));
        WebSession analyst = WebSession.loggedIn(port, "analyst-cg", ItEngines.DEMO_PASSWORD);
        assertThat(analyst.get("/api/records/P-1").statusCode()).isEqualTo(200);
        CurrentUser user = new CurrentUser("analyst-cg", null, Set.of(Role.ANALYST),
                Scope.of(List.of("城关区"), List.of()), true, null);
        // While the trail works, a search is audited with what the user asked for.
        assertThat(search.search(user, new SearchIntent("拆迁", Map.of("district", "城关区")), null,
                r -> r.size(10)).total()).isEqualTo(1);
        var searches = Indices.audit(client, names, "analyst-cg", AuditAction.SEARCH);
        assertThat(searches).hasSize(1);
        assertThat(searches.get(0).path("query").asText()).isEqualTo("拆迁");
        assertThat(searches.get(0).path("details").path("filters").path("district").asText()).isEqualTo("城关区");
        assertThat(searches.get(0).path("details").path("returned").asInt()).isEqualTo(1);

        blockAuditWrites(true);
        try {
            HttpResponse<String> view = analyst.get("/api/records/P-1");
            assertThat(view.statusCode()).isEqualTo(503);
            assertThat(WebSession.parse(view.body()).path("message").asText()).contains("审计日志暂时无法写入");
            assertThat(view.body()).doesNotContain("张某某", "13812341234", "138****1234");

            assertThatThrownBy(() -> search.search(user, SearchIntent.of("拆迁"), null, r -> r.size(10)))
                    .isInstanceOf(AuditUnavailableException.class);

            HttpResponse<String> login = WebSession.anonymous(port).login("leader", ItEngines.DEMO_PASSWORD);
            assertThat(WebSession.location(login)).endsWith("/login?unavailable");
        } finally {
            blockAuditWrites(false);
        }
        assertThat(analyst.get("/api/records/P-1").statusCode()).isEqualTo(200);
        WebSession.loggedIn(port, "leader", ItEngines.DEMO_PASSWORD);
    }

    private void blockAuditWrites(boolean blocked) throws IOException {
        String alias = names.alias(SystemIndex.AUDIT);
        client.indices().putSettings(s -> s.index(alias).settings(i -> i.blocks(b -> b.write(blocked))));
    }
}
