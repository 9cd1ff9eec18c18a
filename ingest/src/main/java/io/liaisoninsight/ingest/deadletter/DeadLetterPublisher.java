package io.liaisoninsight.ingest.deadletter;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends dead letters to the dead-letter topic: the original key and value bytes untouched, and
 * headers naming the source topic, partition and offset, the time, the stage and the reason.
 * {@link #publish} returns only when the broker has every letter, so the caller may then commit.
 */
public final class DeadLetterPublisher {

    public static final String SOURCE_TOPIC = "dlq.source.topic";
    public static final String SOURCE_PARTITION = "dlq.source.partition";
    public static final String SOURCE_OFFSET = "dlq.source.offset";
    public static final String FAILED_AT = "dlq.failed.at";
    public static final String STAGE = "dlq.stage";
    public static final String REASON = "dlq.reason";
    /** Kafka headers are bytes; a very long reason is cut to keep the letter well under message limits. */
    private static final int MAX_REASON_CHARS = 4000;
    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final Clock clock;

    public DeadLetterPublisher(Producer<byte[], byte[]> producer, String topic, Clock clock) {
        this.producer = producer;
        this.topic = topic;
        this.clock = clock;
    }

    /** @throws DeadLetterException when the broker did not confirm every letter; nothing may be committed then */
    public void publish(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>(letters.size());
        for (DeadLetter letter : letters) {
            sent.add(producer.send(toRecord(letter)));
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> future : sent) {
                future.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new DeadLetterException("dead-letter topic " + topic + " did not accept the letters", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLetterException("interrupted while dead-lettering", e);
        }
    }

    private ProducerRecord<byte[], byte[]> toRecord(DeadLetter letter) {
        var original = letter.original();
        RecordHeaders headers = new RecordHeaders();
        original.headers().forEach(headers::add);
        headers.add(SOURCE_TOPIC, bytes(original.topic()));
        headers.add(SOURCE_PARTITION, bytes(Integer.toString(original.partition())));
        headers.add(SOURCE_OFFSET, bytes(Long.toString(original.offset())));
        headers.add(FAILED_AT, bytes(clock.instant().toString()));
        headers.add(STAGE, bytes(letter.stage().name()));
        String reason = letter.reason().length() > MAX_REASON_CHARS
                ? letter.reason().substring(0, MAX_REASON_CHARS) + "…" : letter.reason();
        headers.add(REASON, bytes(reason));
        return new ProducerRecord<>(topic, null, original.key(), original.value(), headers);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The dead-letter topic could not take the letters; the batch must be retried, not committed. */
    public static final class DeadLetterException extends RuntimeException {
        DeadLetterException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
