package io.liaisoninsight.ingest.consume;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.liaisoninsight.ingest.IsolatedIngest;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.testsupport.ElasticsearchClients;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.RealEngines;
import io.liaisoninsight.testsupport.TestNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stopping the service in the middle of a run (what a shutdown does): the loop finishes the batch in hand,
 * commits it and stops, so what is stored and what is committed are the same records — nothing acknowledged
 * without being stored, nothing stored left unacknowledged for a second delivery — and the rest waits in Kafka.
 */
@SpringBootTest
class IngestShutdownIT {

    private static final Engines engines = RealEngines.get();
    private static final String prefix = TestNames.indexPrefix();
    private static final int RECORDS = 3_000;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        IsolatedIngest.register(registry, engines, prefix);
        registry.add("liaison.ingest.max-batch-records", () -> "50");
    }

    @Autowired
    IngestLoop loop;

    @AfterAll
    static void cleanUp() throws Exception {
        IsolatedIngest.cleanUp(engines, prefix);
    }

    @Test
    void stoppingMidRunFinishesAndCommitsTheBatchInHand() throws Exception {
        ElasticsearchClient direct = ElasticsearchClients.create(engines);
        try (PipelineHarness harness = PipelineHarness.forPrefix(engines, prefix, direct)) {
            CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < RECORDS; i++) {
                    harness.publish(Source.PETITION, "stop-" + i,
                            TestRecords.petition("stop-" + i, "2026-11-02T10:00:00+08:00", "RECEIVED"));
                }
            });
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
                    .until(() -> harness.stored().size() >= 200);

            loop.stop();
            assertThat(loop.running()).isFalse();
            publishing.get(120, TimeUnit.SECONDS);

            Set<String> stored = harness.stored().keySet();
            assertThat(stored).hasSizeBetween(200, RECORDS - 1);
            assertThat(harness.committedKeys()).isEqualTo(stored);
            assertThat(harness.deadLetters()).isEmpty();
        } finally {
            direct._transport().close();
        }
    }
}
