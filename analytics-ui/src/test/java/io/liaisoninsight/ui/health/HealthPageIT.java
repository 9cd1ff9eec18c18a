package io.liaisoninsight.ui.health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.testsupport.ElasticsearchClients;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.RealEngines;
import io.liaisoninsight.testsupport.RealEnginesExtension;
import io.liaisoninsight.testsupport.TestNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import io.liaisoninsight.ui.testing.ItEngines;
import io.liaisoninsight.ui.testing.WebSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app against the real engines under a random index prefix: the start-up installs the
 * schema, two petitions indexed through the monthly index are counted through the alias (for a
 * whole-city user), and the start page is served by the production bundle after login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ExtendWith(RealEnginesExtension.class)
class HealthPageIT {

    private static final String PREFIX = TestNames.indexPrefix();

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        Engines engines = RealEngines.get();
        registry.add("spring.elasticsearch.uris", engines::elasticsearchUrl);
        registry.add("spring.kafka.bootstrap-servers", engines::kafkaBootstrap);
        registry.add("liaison.index.prefix", () -> PREFIX);
    }

    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexNames names;

    @Test
    void apiReportsEnginesSchemaAndPetitionCount() throws IOException {
        Instant receivedAt = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        index(petition("P-2025-0001", receivedAt, "城关区", "皋兰路街道", "反映小区拆迁补偿款迟迟未发放",
                "群众反映拆迁补偿款被村干部挪用，多次到街道询问无果，请求检察机关监督。"));
        index(petition("P-2025-0002", receivedAt, "榆中县", "城关镇", "工程款拖欠农民工工资",
                "二十余名农民工反映某建筑工程项目拖欠工资八个月，要求依法处理。"));

        JsonNode health = WebSession.loggedIn(port, "leader", ItEngines.DEMO_PASSWORD).json("/api/health");

        assertThat(health.at("/elasticsearch/up").asBoolean()).isTrue();
        assertThat(health.at("/elasticsearch/version").asText()).startsWith("8.");
        assertThat(health.at("/elasticsearch/nodes").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(health.at("/kafka/reachable").asBoolean()).as(health.toString()).isTrue();
        assertThat(health.at("/schema/current").asBoolean()).as(health.toString()).isTrue();
        assertThat(countOf(health, Source.PETITION)).isEqualTo(2);
        assertThat(countOf(health, Source.VISIT_NOTE)).isZero();
        assertThat(countOf(health, Source.MEDIA_REPORT)).isZero();
        assertThat(health.at("/documents/total").asLong()).isEqualTo(2);
    }

    @Test
    void startPageIsServedInProductionMode() {
        var page = WebSession.loggedIn(port, "leader", ItEngines.DEMO_PASSWORD).get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith(MediaType.TEXT_HTML_VALUE);
        // The production bundle's script, not the Vite dev server's.
        assertThat(page.body()).contains("VAADIN/build/").doesNotContain("@vite/client");
    }

    @Test
    void restPathsAreNotVaadinRoutes() {
        assertThat(WebSession.loggedIn(port, "leader", ItEngines.DEMO_PASSWORD).get("/api/no-such-thing").statusCode())
                .isEqualTo(404);
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private void index(Map<String, Object> petition) throws IOException {
        Instant receivedAt = Instant.parse((String) petition.get(Fields.Petition.RECEIVED_AT));
        client.index(i -> i.index(names.monthlyIndex(Source.PETITION, receivedAt))
                .id((String) petition.get(Fields.ID)).document(petition).refresh(Refresh.True));
    }

    private static Map<String, Object> petition(String id, Instant receivedAt, String district, String township,
                                                String title, String content) {
        return Map.ofEntries(
                Map.entry(Fields.ID, id),
                Map.entry(Fields.SOURCE, Source.PETITION.name()),
                Map.entry(Fields.TITLE, title),
                Map.entry(Fields.CONTENT, content),
                Map.entry(Fields.DISTRICT, district),
                Map.entry(Fields.TOWNSHIP, township),
                Map.entry(Fields.OCCURRED_AT, receivedAt.toString()),
                Map.entry(Fields.UPDATED_AT, receivedAt.toString()),
                Map.entry(Fields.Petition.RECEIVED_AT, receivedAt.toString()),
                Map.entry(Fields.Petition.CHANNEL, "VISIT"),
                Map.entry(Fields.Petition.STATUS, "RECEIVED"),
                Map.entry(Fields.Petition.HEADCOUNT, 1),
                Map.entry("complainants", List.of(Map.of("name", "张某某"))));
    }

    private static long countOf(JsonNode health, Source source) {
        for (JsonNode count : health.at("/documents/bySource")) {
            if (count.path("source").asText().equals(source.name())) {
                return count.path("count").asLong();
            }
        }
        throw new AssertionError("no count for " + source + " in " + health);
    }

    /** Drops everything this test's prefix created: indices first, then the templates that made them. */
    @AfterAll
    static void dropIndicesAndTemplates(Engines engines) throws IOException {
        ElasticsearchClient es = ElasticsearchClients.create(engines);
        try {
            List<String> indices = List.copyOf(es.indices().get(g -> g.index(PREFIX + "-*")).result().keySet());
            if (!indices.isEmpty()) {
                es.indices().delete(d -> d.index(indices));
            }
            for (var template : es.indices().getIndexTemplate(t -> t.name(PREFIX + "-*")).indexTemplates()) {
                es.indices().deleteIndexTemplate(d -> d.name(template.name()));
            }
            for (var template : es.cluster().getComponentTemplate(t -> t.name(PREFIX + "-*")).componentTemplates()) {
                es.cluster().deleteComponentTemplate(d -> d.name(template.name()));
            }
        } finally {
            es._transport().close();
        }
    }
}
