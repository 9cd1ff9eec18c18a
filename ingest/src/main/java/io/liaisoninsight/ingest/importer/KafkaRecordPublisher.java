package io.liaisoninsight.ingest.importer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes records to one topic with the key as the record id. acks=all with the idempotent producer:
 * a record counts as published only once every in-sync replica has it, and a retried send never
 * writes it twice. lz4 keeps batches of Chinese text small at little CPU cost.
 */
public final class KafkaRecordPublisher implements RecordPublisher {

    private static final Duration REACH_TIMEOUT = Duration.ofSeconds(10);

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final AtomicLong confirmed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    KafkaRecordPublisher(Producer<String, byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /**
     * Checks that the cluster answers and the topic exists (creating it with {@code partitions} like the
     * ingest service would, when missing), then opens the producer.
     *
     * @param clientSettings extra Kafka client settings (security, for instance); applied to both clients
     */
    public static KafkaRecordPublisher connect(String bootstrap, Properties clientSettings, String topic, int partitions)
            throws BrokerUnavailableException {
        Map<String, Object> common = new HashMap<>();
        clientSettings.forEach((k, v) -> common.put(String.valueOf(k), v));
        common.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        ensureTopic(common, bootstrap, topic, partitions);
        return new KafkaRecordPublisher(new KafkaProducer<>(producerConfig(common)), topic);
    }

    static Map<String, Object> producerConfig(Map<String, Object> common) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "liaison-import");
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        // A dead broker should end the import within a minute, not after the two-minute default.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        config.putAll(common);
        // What "published" means is not up to the settings file.
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }

    private static void ensureTopic(Map<String, Object> config, String bootstrap, String topic, int partitions)
            throws BrokerUnavailableException {
        Admin admin = Admin.create(config);
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) REACH_TIMEOUT.toMillis()))
                    .clusterId().get(REACH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            boolean exists = admin.listTopics().names().get(REACH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).contains(topic);
            if (!exists) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty())))
                            .all().get(REACH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (ExecutionException e) {
            throw unavailable(bootstrap, topic, e.getCause());
        } catch (TimeoutException | KafkaException e) {
            throw unavailable(bootstrap, topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(bootstrap, topic, e);
        } finally {
            admin.close(Duration.ofSeconds(2));
        }
    }

    private static BrokerUnavailableException unavailable(String bootstrap, String topic, Throwable cause) {
        String reason = cause instanceof TimeoutException || cause instanceof org.apache.kafka.common.errors.TimeoutException
                ? REACH_TIMEOUT.toSeconds() + " 秒内无响应 (no answer)" : String.valueOf(cause.getMessage());
        return new BrokerUnavailableException("无法连接 Kafka 或准备主题 (cannot reach broker / prepare topic) "
                + bootstrap + " / " + topic + ": " + reason, cause);
    }

    @Override
    public void publish(String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value), (metadata, exception) -> {
                if (exception == null) {
                    confirmed.incrementAndGet();
                } else {
                    fail(exception);
                }
            });
        } catch (KafkaException e) {
            // send() throws itself when it cannot even queue the record (no metadata within max.block.ms)
            fail(e);
        }
    }

    @Override
    public Optional<String> failure() {
        return Optional.ofNullable(firstFailure.get());
    }

    @Override
    public Delivery finish() {
        try {
            producer.flush();
        } catch (KafkaException e) {
            fail(e);
        }
        return new Delivery(confirmed.get(), failed.get(), firstFailure.get());
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private void fail(Exception e) {
        failed.incrementAndGet();
        firstFailure.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
