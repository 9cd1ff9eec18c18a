package io.liaisoninsight.ingest.consume;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.liaisoninsight.ingest.IsolatedIngest;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.testsupport.ElasticsearchClients;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.RealEngines;
import io.liaisoninsight.testsupport.TcpProxy;
import io.liaisoninsight.testsupport.TestNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Elasticsearch goes away in the middle of a run and comes back: the service reaches it through a
 * proxy the test cuts (to the service, Elasticsearch is down: connections reset, requests fail)
 * while records keep arriving. In the end every record is stored exactly once, none is
 * dead-lettered, and offsets are committed only after the writes succeeded.
 */
@SpringBootTest
class ElasticsearchOutageIT {

    private static final Engines engines = RealEngines.get();
    private static final String prefix = TestNames.indexPrefix();
    private static final TcpProxy proxy = proxyTo(engines.elasticsearchUrl());

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        IsolatedIngest.register(registry, "http://127.0.0.1:" + proxy.port(), engines, prefix);
        registry.add("liaison.ingest.max-batch-records", () -> "50");
        registry.add("liaison.ingest.retry-max", () -> "2s");
    }

    @Autowired
    MeterRegistry registry;

    @AfterAll
    static void cleanUp() throws Exception {
        proxy.close();
        IsolatedIngest.cleanUp(engines, prefix);
    }

    @Test
    void everyRecordIsIndexedExactlyOnceAfterAnOutage() throws Exception {
        ElasticsearchClient direct = ElasticsearchClients.create(engines);
        try (PipelineHarness harness = PipelineHarness.forPrefix(engines, prefix, direct)) {
            Set<String> expected = new HashSet<>();
            publish(harness, "before", 100, expected);
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() -> assertThat(stored(harness)).containsAll(expected));

            proxy.cut();
            publish(harness, "during", 300, expected);
            // The service fails to write, retries, and commits nothing meanwhile.
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> registry.counter("liaison.ingest.retries").count() >= 3);
            assertThat(harness.everythingCommitted()).isFalse();

            proxy.restore();
            publish(harness, "after", 100, expected);
            await().atMost(Duration.ofSeconds(120)).ignoreExceptions().untilAsserted(() ->
                    assertThat(stored(harness)).isEqualTo(expected));
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(harness::everythingCommitted);
            assertThat(harness.deadLetters()).isEmpty();
        } finally {
            direct._transport().close();
        }
    }

    private static void publish(PipelineHarness harness, String phase, int count, Set<String> ids) {
        IntStream.range(0, count).forEach(i -> {
            String id = phase + "-" + i;
            Source source = Source.values()[i % 3];
            String json = switch (source) {
                case PETITION -> TestRecords.petition(id, "2026-11-02T10:00:00+08:00", "RECEIVED");
                case VISIT_NOTE -> TestRecords.visitNote(id);
                case MEDIA_REPORT -> TestRecords.mediaReport(id);
            };
            harness.publish(source, id, json);
            ids.add(id);
        });
    }

    /** Stored ids; the harness fails on any id stored twice. */
    private static Set<String> stored(PipelineHarness harness) throws IOException {
        return harness.stored().keySet().stream().collect(Collectors.toSet());
    }

    private static TcpProxy proxyTo(String url) {
        try {
            URI uri = URI.create(url);
            return new TcpProxy(uri.getHost(), uri.getPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
