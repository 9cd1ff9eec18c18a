package io.liaisoninsight.ui.visitnote;

import io.liaisoninsight.schema.Source;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes a visit note to {@code <prefix>visit-notes.v1} (key = the record id) and waits for the broker's
 * acknowledgement ({@code acks=all}, idempotent), at most {@link VisitNoteSettings#sendTimeout()} in all: a
 * broker that is down makes a submit fail within that time instead of hanging the page.
 */
@Component
class VisitNotePublisher implements DisposableBean {

    /** Where a note went: topic, partition, offset. */
    record Sent(String topic, int partition, long offset) {
    }

    /** The broker did not acknowledge in time, or refused the message. */
    static final class NotSent extends RuntimeException {
        NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final KafkaProperties kafka;
    private final Duration timeout;
    private final String topic;
    private volatile KafkaProducer<String, String> producer;

    VisitNotePublisher(KafkaProperties kafka, VisitNoteSettings settings) {
        this.kafka = kafka;
        this.timeout = settings.sendTimeout();
        this.topic = settings.topicPrefix() + Source.VISIT_NOTE.topic();
    }

    String topic() {
        return topic;
    }

    Sent publish(String key, String json) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            RecordMetadata metadata = producer().send(new ProducerRecord<>(topic, key, json))
                    .get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new Sent(metadata.topic(), metadata.partition(), metadata.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotSent("interrupted while waiting for " + topic, e);
        } catch (ExecutionException e) {
            throw new NotSent("not acknowledged on " + topic + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException | RuntimeException e) {
            // send() itself throws (e.g. org.apache.kafka.common.errors.TimeoutException) when no metadata arrives.
            throw new NotSent("not acknowledged on " + topic + " within " + timeout + ": " + e, e);
        }
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(config(), new StringSerializer(), new StringSerializer());
                }
                current = producer;
            }
        }
        return current;
    }

    private Map<String, Object> config() {
        Map<String, Object> config = kafka.buildProducerProperties(null);
        int millis = (int) Math.max(1000, timeout.toMillis());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, millis);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, millis);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "analytics-ui-visit-notes");
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        return config;
    }

    @Override
    public void destroy() {
        KafkaProducer<String, String> current = producer;
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }
}
