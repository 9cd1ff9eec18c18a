package io.liaisoninsight.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.get_index_template.IndexTemplateItem;
import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.schema.TemplateResources;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.RealEngines;
import io.liaisoninsight.testsupport.TestNames;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service against a real Elasticsearch and Kafka: it creates its topics, installs the templates
 * under a random prefix and reports itself and both engines UP. The topic names are the fixed
 * production ones (creation is idempotent); everything in Elasticsearch is under the test's prefix
 * and removed afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IngestApplicationIT {

    private static final Engines engines = RealEngines.get();
    private static final String prefix = TestNames.indexPrefix();
    private static final Logger log = LoggerFactory.getLogger(IngestApplicationIT.class);

    static {
        log.info("Elasticsearch index prefix for this test: {}", prefix);
    }

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        IsolatedIngest.register(registry, engines, prefix);
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void createsTopicsInstallsTemplatesAndReportsHealthy() throws Exception {
        // The bootstrap runs in the background; health turns UP when it is done.
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonNode health = get("/actuator/health");
            assertThat(health.path("status").asText()).as(health.toPrettyString()).isEqualTo("UP");
        });
        JsonNode components = get("/actuator/health").path("components");
        assertThat(components.path("elasticsearch").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("kafka").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("kafka").path("details").path("brokers").asInt()).isPositive();
        assertThat(components.path("bootstrap").path("status").asText()).isEqualTo("UP");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafkaBootstrap()))) {
            Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            assertThat(topics).contains(prefix + "." + Source.PETITION.topic(), prefix + "." + Source.VISIT_NOTE.topic(),
                    prefix + "." + Source.MEDIA_REPORT.topic(),
                    prefix + ".ingest.dlq");
        }

        int schemaVersion = new TemplateResources(IndexNames.defaults()).schemaVersion();
        List<IndexTemplateItem> petitions = elasticsearch.indices()
                .getIndexTemplate(r -> r.name(prefix + "-petitions")).indexTemplates();
        assertThat(petitions).singleElement()
                .satisfies(t -> assertThat(t.indexTemplate().version()).isEqualTo((long) schemaVersion));

        JsonNode info = get("/actuator/info").path("ingest");
        assertThat(info.path("indexPrefix").asText()).isEqualTo(prefix);
        assertThat(info.path("schemaVersion").asInt()).isEqualTo(schemaVersion);
        assertThat(info.path("topics")).extracting(JsonNode::asText)
                .containsExactly(prefix + ".petitions.v1", prefix + ".visit-notes.v1", prefix + ".media-reports.v1",
                        prefix + ".ingest.dlq");
    }

    private JsonNode get(String path) {
        ResponseEntity<JsonNode> response = http.getForEntity(path, JsonNode.class);
        return response.getBody();
    }

    @AfterAll
    static void deleteTestSchemaAndTopics() throws Exception {
        IsolatedIngest.cleanUp(engines, prefix);
    }
}
