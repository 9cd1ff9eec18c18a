package io.liaisoninsight.ui.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.RealEnginesExtension;
import io.liaisoninsight.testsupport.TestNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;

/**
 * An application test against the real engines (never skipped: {@link RealEnginesExtension}) under its own
 * random index prefix, so test classes sharing one engine never see each other's data; the prefix's indices
 * and templates are dropped after the class. Subclasses declare their {@code @SpringBootTest} (web
 * environment, properties) and profile; their own {@code @AfterAll} methods run before this one's.
 */
@ExtendWith(RealEnginesExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
public abstract class EngineBackedIT {

    @Autowired
    protected ElasticsearchClient client;
    @Autowired
    protected IndexNames names;

    // One call per application context (each test class has its own: @DirtiesContext), so one prefix per class.
    @DynamicPropertySource
    static void realEnginesWithOwnPrefix(DynamicPropertyRegistry registry) {
        ItEngines.register(registry, TestNames.indexPrefix());
    }

    @AfterAll
    void dropOwnIndices(Engines engines) throws IOException {
        Indices.drop(engines, names.prefix());
    }
}
