package io.liaisoninsight.demo;

import io.liaisoninsight.schema.Source;
import io.liaisoninsight.testsupport.RealEngines;
import io.liaisoninsight.testsupport.TestNames;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishes a small corpus to a real broker under test topic names and reads every message back. */
class KafkaPublishIT {

    private final String bootstrap = RealEngines.get().kafkaBootstrap();
    private final String prefix = TestNames.indexPrefix() + ".";
    private final List<String> topics = new ArrayList<>();

    @Test
    void everyMessageArrivesKeyedByItsId() throws Exception {
        int records = 1_500;
        List<CorpusRecord> sent = new ArrayList<>();
        GroundTruth truth;
        try (KafkaSink kafka = new KafkaSink(bootstrap, prefix, 3)) {
            topics.addAll(kafka.topics());
            truth = new CorpusGenerator(CorpusSettings.of(4, records)).generate(r -> {
                sent.add(r);
                kafka.accept(r);
            });
        }
        Map<String, Long> expected = Map.of(prefix + Source.PETITION.topic(), truth.counts().petitions(),
                prefix + Source.VISIT_NOTE.topic(), truth.counts().visitNotes(),
                prefix + Source.MEDIA_REPORT.topic(), truth.counts().mediaReports());

        Map<String, Long> received = new HashMap<>();
        Map<String, List<String>> keysByTopic = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(topic, p.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (received.values().stream().mapToLong(Long::longValue).sum() < records
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    received.merge(r.topic(), 1L, Long::sum);
                    keysByTopic.computeIfAbsent(r.topic(), t -> new ArrayList<>()).add(r.key());
                    assertThat(new String(r.value(), StandardCharsets.UTF_8))
                            .startsWith("{\"id\":\"" + r.key() + "\"");
                }
            }
        }
        assertThat(received).isEqualTo(expected);
        List<String> sentPetitionKeys = sent.stream().filter(r -> r.source() == Source.PETITION)
                .map(CorpusRecord::id).toList();
        assertThat(keysByTopic.get(prefix + Source.PETITION.topic()))
                .containsExactlyInAnyOrderElementsOf(sentPetitionKeys);
    }

    @AfterEach
    void deleteTestTopics() throws Exception {
        if (topics.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
        }
    }
}
