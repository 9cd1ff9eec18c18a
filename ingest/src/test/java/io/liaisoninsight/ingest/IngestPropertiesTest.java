package io.liaisoninsight.ingest;

import io.liaisoninsight.schema.IndexNames;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IngestPropertiesTest {

    @Test
    void defaultsMatchTheSchemaContract() {
        IngestProperties properties = bind(Map.of());

        assertThat(properties.indexNames()).isEqualTo(IndexNames.defaults());
        assertThat(properties.ingest().deadLetterTopic()).isEqualTo("ingest.dlq");
        assertThat(properties.ingest().topicPartitions()).isEqualTo(3);
        assertThat(properties.ingest().topicReplicas()).isNull();
        assertThat(properties.maintenance().mergeAfter()).isEqualTo(java.time.Duration.ofDays(7));
        assertThat(properties.maintenance().mergeInterval()).isEqualTo(java.time.Duration.ofHours(6));
        assertThat(properties.maintenance().mergeSegments()).isEqualTo(1);
        assertThat(properties.maintenance().mergeQuiet()).isEqualTo(java.time.Duration.ofMinutes(1));
    }

    @Test
    void bindsOverrides() {
        IngestProperties properties = bind(Map.of(
                "liaison.index.prefix", "it-1234",
                "liaison.zone", "UTC",
                "liaison.ingest.dead-letter-topic", "ingest.dlq.test",
                "liaison.ingest.topic-partitions", "6",
                "liaison.ingest.topic-replicas", "3"));

        assertThat(properties.indexNames()).isEqualTo(new IndexNames("it-1234", ZoneId.of("UTC")));
        assertThat(properties.ingest().deadLetterTopic()).isEqualTo("ingest.dlq.test");
        assertThat(properties.ingest().topicPartitions()).isEqualTo(6);
        assertThat(properties.ingest().topicReplicas()).isEqualTo((short) 3);
    }

    @Test
    void bindsEnvironmentVariablesAsDocumentedInDockerReadme() {
        Map<String, Object> environment = Map.of(
                "LIAISON_INDEX_PREFIX", "demo",
                "LIAISON_INGEST_DEADLETTERTOPIC", "ingest.dlq.demo",
                "LIAISON_INGEST_TOPICREPLICAS", "3");
        Iterable<ConfigurationPropertySource> sources =
                ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));

        IngestProperties properties = new Binder(sources).bindOrCreate("liaison", IngestProperties.class);

        assertThat(properties.index().prefix()).isEqualTo("demo");
        assertThat(properties.ingest().deadLetterTopic()).isEqualTo("ingest.dlq.demo");
        assertThat(properties.ingest().topicReplicas()).isEqualTo((short) 3);
    }

    static IngestProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("liaison", IngestProperties.class);
    }
}
