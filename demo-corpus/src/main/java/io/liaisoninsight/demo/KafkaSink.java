package io.liaisoninsight.demo;

import io.liaisoninsight.schema.Source;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes messages to the source topics (key = record id, value = the JSON): idempotent producer, acks=all,
 * lz4. Missing topics are created first, so a corpus can be loaded before ingest has ever run. Closing waits
 * for every acknowledgement and fails if any message was not written.
 */
public final class KafkaSink implements RecordSink {

    private final KafkaProducer<String, byte[]> producer;
    private final String prefix;
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();

    /**
     * @param prefix put before every topic name, e.g. {@code demo-test.} (as the ingest service's
     *               {@code liaison.ingest.topic-prefix}); empty for the real topics
     */
    public KafkaSink(String bootstrap, String prefix, int partitions) throws IOException {
        this.prefix = prefix;
        createMissingTopics(bootstrap, partitions);
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                // Larger batches and a short linger: a bulk load, not a latency-sensitive stream.
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024,
                ProducerConfig.CLIENT_ID_CONFIG, "demo-corpus"),
                new StringSerializer(), new ByteArraySerializer());
    }

    public String topic(Source source) {
        return prefix + source.topic();
    }

    public List<String> topics() {
        List<String> topics = new ArrayList<>();
        for (Source s : Source.values()) {
            topics.add(topic(s));
        }
        return topics;
    }

    private void createMissingTopics(String bootstrap, int partitions) throws IOException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics().stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, Optional.of(partitions), Optional.empty())).toList();
            if (!missing.isEmpty()) {
                for (var created : admin.createTopics(missing).values().values()) {
                    try {
                        created.get(30, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        // Another client (e.g. the ingest service starting up) created it meanwhile: fine.
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e;
                        }
                    }
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot prepare topics on " + bootstrap + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while preparing topics", e);
        }
    }

    @Override
    public void accept(CorpusRecord record) {
        producer.send(new ProducerRecord<>(topic(record.source()), record.id(), record.json()), (metadata, e) -> {
            if (e == null) {
                acknowledged.incrementAndGet();
            } else {
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, e);
            }
        });
    }

    public long acknowledged() {
        return acknowledged.get();
    }

    @Override
    public void close() throws IOException {
        producer.flush();
        producer.close();
        if (failed.get() > 0) {
            throw new IOException(failed.get() + " messages were not written to Kafka", firstFailure.get());
        }
    }
}
