package io.liaisoninsight.ingest.system;

import io.liaisoninsight.ingest.IngestProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaTopicsTest {

    @Test
    void declaresTheSourceTopicsAndTheDeadLetterTopic() {
        List<NewTopic> topics = KafkaTopics.declare(new IngestProperties.Ingest("ingest.dlq", 3, null));

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
        List<NewTopic> topics = KafkaTopics.declare(new IngestProperties.Ingest("ingest.dlq", 6, (short) 3));

        assertThat(topics).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(6);
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        });
    }
}
