package io.liaisoninsight.ui.testing;

import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.RealEngines;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the app under test at the real engines and a test's own index prefix. */
public final class ItEngines {

    /** Every demo user's password (application-demo.yml). */
    public static final String DEMO_PASSWORD = "liaison-demo";

    private ItEngines() {
    }

    public static void register(DynamicPropertyRegistry registry, String prefix) {
        Engines engines = RealEngines.get();
        registry.add("spring.elasticsearch.uris", engines::elasticsearchUrl);
        registry.add("spring.kafka.bootstrap-servers", engines::kafkaBootstrap);
        registry.add("liaison.index.prefix", () -> prefix);
    }
}
