package io.liaisoninsight.ingest.system;

import io.liaisoninsight.ingest.IngestProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaTopicsTest {

    @Test
    void declaresTheSourceTopicsAndTheDeadLetterTopic() {
        List<NewTopic> topics = KafkaTopics.declare(ingest(Map.of()));

        assertThat(topics).extracting(NewTopic::name)
                .containsExactly("petitions.v1", "visit-notes.v1", "media-reports.v1", "ingest.dlq");
        assertThat(topics).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(3);
            // Unset: the broker's default.replication.factor decides (1 on one broker, more on a cluster).
            assertThat(topic.replicationFactor()).isEqualTo((short) -1);
        });
    }

    @Test
    void usesAConfiguredReplicationFactor() {
        List<NewTopic> topics = KafkaTopics.declare(ingest(Map.of("liaison.ingest.topic-partitions", "6",
                "liaison.ingest.topic-replicas", "3")));

        assertThat(topics).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(6);
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        });
    }

    @Test
    void prefixesEveryTopicWhenConfigured() {
        List<NewTopic> topics = KafkaTopics.declare(ingest(Map.of("liaison.ingest.topic-prefix", "it-1.")));

        assertThat(topics).extracting(NewTopic::name)
                .containsExactly("it-1.petitions.v1", "it-1.visit-notes.v1", "it-1.media-reports.v1", "it-1.ingest.dlq");
    }

    private static IngestProperties.Ingest ingest(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("liaison", IngestProperties.class)
                .ingest();
    }
}
