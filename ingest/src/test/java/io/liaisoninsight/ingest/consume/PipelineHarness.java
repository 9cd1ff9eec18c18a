package io.liaisoninsight.ingest.consume;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.ingest.deadletter.DeadLetterPublisher;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.testsupport.Engines;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Publishes to the test's topics, reads the dead-letter topic and committed offsets, counts stored documents. */
final class PipelineHarness implements AutoCloseable {

    private final Engines engines;
    private final String topicPrefix;
    private final String group;
    private final ElasticsearchClient elasticsearch;
    private final String allRecordsAlias;
    private final KafkaProducer<byte[], byte[]> producer;

    PipelineHarness(Engines engines, String topicPrefix, String group, ElasticsearchClient elasticsearch,
                    String allRecordsAlias) {
        this.engines = engines;
        this.topicPrefix = topicPrefix;
        this.group = group;
        this.elasticsearch = elasticsearch;
        this.allRecordsAlias = allRecordsAlias;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /** A harness on the topics, consumer group and indices of a service registered with {@code IsolatedIngest}. */
    static PipelineHarness forPrefix(Engines engines, String prefix, ElasticsearchClient elasticsearch) {
        return new PipelineHarness(engines, prefix + ".", prefix, elasticsearch,
                new IndexNames(prefix, IndexNames.DEFAULT_ZONE).allRecords());
    }

    void publish(Source source, String key, String value) {
        publish(source, key, value.getBytes(StandardCharsets.UTF_8));
    }

    void publish(Source source, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topicPrefix + source.topic(),
                    key == null ? null : key.getBytes(StandardCharsets.UTF_8), value)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish test record", e);
        }
    }

    /** Stored documents by id, after a refresh, across all sources. */
    Map<String, JsonNode> stored() throws IOException {
        elasticsearch.indices().refresh(r -> r.index(allRecordsAlias));
        List<Hit<JsonNode>> hits = elasticsearch.search(s -> s.index(allRecordsAlias).size(10_000)
                .query(q -> q.matchAll(m -> m)), JsonNode.class).hits().hits();
        Map<String, JsonNode> byId = new HashMap<>();
        for (Hit<JsonNode> hit : hits) {
            if (byId.put(hit.id(), hit.source()) != null) {
                throw new AssertionError("document " + hit.id() + " stored twice (in " + hit.index() + ")");
            }
        }
        return byId;
    }

    long count(String id) throws IOException {
        elasticsearch.indices().refresh(r -> r.index(allRecordsAlias));
        return elasticsearch.count(c -> c.index(allRecordsAlias).query(q -> q.ids(i -> i.values(id)))).count();
    }

    /** Every letter on the dead-letter topic so far. */
    List<ConsumerRecord<byte[], byte[]>> deadLetters() {
        String topic = topicPrefix + "ingest.dlq";
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return read(consumer, consumer.endOffsets(partitions));
        }
    }

    /** Keys of the source records below the group's committed offsets: what the service has acknowledged. */
    Set<String> committedKeys() throws Exception {
        Map<TopicPartition, Long> committed = new HashMap<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafkaBootstrap()))) {
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                    .forEach((partition, offset) -> committed.put(partition, offset.offset()));
        }
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            return read(consumer, committed).stream().map(r -> new String(r.key(), StandardCharsets.UTF_8))
                    .collect(Collectors.toSet());
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafkaBootstrap(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }

    /** The records of these partitions from the beginning up to (not including) the given offsets. */
    private static List<ConsumerRecord<byte[], byte[]>> read(KafkaConsumer<byte[], byte[]> consumer,
                                                             Map<TopicPartition, Long> until) {
        consumer.assign(until.keySet());
        consumer.seekToBeginning(until.keySet());
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (until.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())
                && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                if (r.offset() < until.get(new TopicPartition(r.topic(), r.partition()))) {
                    records.add(r);
                }
            }
        }
        return records;
    }

    static String header(ConsumerRecord<byte[], byte[]> letter, String name) {
        var header = letter.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static String reason(ConsumerRecord<byte[], byte[]> letter) {
        return header(letter, DeadLetterPublisher.REASON);
    }

    /** True when the group has committed the end offset of every partition of the source topics. */
    boolean everythingCommitted() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafkaBootstrap()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            List<String> topics = java.util.Arrays.stream(Source.values()).map(s -> topicPrefix + s.topic()).toList();
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS)
                    .values().stream().flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            return ends.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                    || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() == e.getValue().offset()));
        }
    }

    static String field(JsonNode doc, String dotted) {
        JsonNode node = doc;
        for (String part : dotted.split("\\.")) {
            node = node.path(part);
        }
        return node.isMissingNode() ? null : node.asText();
    }

    static final String STATUS = Fields.Petition.STATUS;

    @Override
    public void close() {
        producer.close();
    }
}
