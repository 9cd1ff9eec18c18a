package io.liaisoninsight.ingest;

import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.TestCleanup;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test's ingest service at the real engines under its own index prefix, topics and consumer
 * group, so it never reads (or commits) the production topics of a demo running on the same broker.
 */
public final class IsolatedIngest {
    private IsolatedIngest() {
    }

    public static void register(DynamicPropertyRegistry registry, Engines engines, String prefix) {
        register(registry, engines.elasticsearchUrl(), engines, prefix);
    }

    /** As {@link #register(DynamicPropertyRegistry, Engines, String)}, reaching Elasticsearch at another address (a proxy). */
    public static void register(DynamicPropertyRegistry registry, String elasticsearchUrl, Engines engines, String prefix) {
        registry.add("spring.elasticsearch.uris", () -> elasticsearchUrl);
        registry.add("spring.kafka.bootstrap-servers", engines::kafkaBootstrap);
        registry.add("liaison.index.prefix", () -> prefix);
        registry.add("liaison.ingest.topic-prefix", () -> prefix + ".");
        registry.add("liaison.ingest.consumer-group", () -> prefix);
    }

    /** Drops what a service registered with this prefix created: its indices, templates and topics. */
    public static void cleanUp(Engines engines, String prefix) throws Exception {
        TestCleanup.dropSchema(engines, prefix);
        TestCleanup.deleteTopics(engines, prefix + ".");
    }
}
