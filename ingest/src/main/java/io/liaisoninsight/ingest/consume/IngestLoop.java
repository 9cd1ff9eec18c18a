package io.liaisoninsight.ingest.consume;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The consumer thread: poll a batch, hand it to the {@link BatchIngester}, commit its offsets, and
 * again. Offsets are committed only after the ingester has settled every record (stored, stale or
 * dead-lettered), so a crash at any point re-delivers, never loses. While a batch waits for
 * Elasticsearch, the partitions are paused and the consumer keeps polling (nothing is returned),
 * so the group does not evict it. On stop, the batch in hand is finished and committed if the
 * engines allow within the grace period; otherwise it is left uncommitted for re-delivery.
 */
public final class IngestLoop {

    private static final Logger log = LoggerFactory.getLogger(IngestLoop.class);

    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final List<String> topics;
    private final BatchIngester ingester;
    private final IngestMetrics metrics;
    private final Backoff backoff;
    private final Duration pollTimeout;
    private final Duration shutdownGrace;

    private final Set<TopicPartition> assigned = new HashSet<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile long stopRequestedAt;
    private volatile Consumer<byte[], byte[]> consumer;
    private volatile Thread thread;

    public IngestLoop(Supplier<Consumer<byte[], byte[]>> consumers, List<String> topics, BatchIngester ingester,
                      IngestMetrics metrics, Backoff backoff, Duration pollTimeout, Duration shutdownGrace) {
        this.consumers = consumers;
        this.topics = List.copyOf(topics);
        this.ingester = ingester;
        this.metrics = metrics;
        this.backoff = backoff;
        this.pollTimeout = pollTimeout;
        this.shutdownGrace = shutdownGrace;
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::run, "ingest-loop");
        thread.start();
    }

    /** Finishes the batch in hand (within the grace period), commits, closes the consumer. */
    public void stop() {
        if (thread == null) {
            return;
        }
        stopRequestedAt = System.nanoTime();
        stopping = true;
        Consumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            if (!finished.await(shutdownGrace.toMillis() + 10_000, TimeUnit.MILLISECONDS)) {
                log.warn("ingest loop did not stop in time; its batch stays uncommitted and will be re-delivered");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean running() {
        return thread != null && finished.getCount() > 0;
    }

    private void run() {
        try (Consumer<byte[], byte[]> c = consumers.get()) {
            consumer = c;
            c.subscribe(topics, new Rebalance());
            log.info("consuming {}", topics);
            while (!stopping) {
                ConsumerRecords<byte[], byte[]> polled;
                try {
                    polled = c.poll(pollTimeout);
                } catch (WakeupException e) {
                    break;
                }
                if (!polled.isEmpty()) {
                    ingestAndCommit(c, polled);
                }
            }
        } catch (RuntimeException e) {
            log.error("ingest loop stopped by an unexpected error; uncommitted records will be re-delivered", e);
        } finally {
            finished.countDown();
            log.info("ingest loop stopped");
        }
    }

    private void ingestAndCommit(Consumer<byte[], byte[]> c, ConsumerRecords<byte[], byte[]> polled) {
        long start = System.nanoTime();
        List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>(polled.count());
        polled.forEach(batch::add);
        try {
            ingester.ingest(batch, (attempt, reason) -> awaitRetry(c, attempt));
        } catch (BatchIngester.Abandoned e) {
            log.warn("stopping with a batch of {} records unsettled ({}); it stays uncommitted", batch.size(), e.getMessage());
            return;
        } finally {
            resumeAll(c);
        }
        commit(c, batch);
        metrics.batch.record(Duration.ofNanos(System.nanoTime() - start));
    }

    /** Pauses the partitions and keeps the consumer alive in its group while waiting to retry. */
    private boolean awaitRetry(Consumer<byte[], byte[]> c, int attempt) {
        c.pause(c.assignment());
        long deadline = System.nanoTime() + backoff.delay(attempt).toNanos();
        while (System.nanoTime() < deadline) {
            if (stopping && System.nanoTime() - stopRequestedAt > shutdownGrace.toNanos()) {
                return false;
            }
            try {
                ConsumerRecords<byte[], byte[]> none = c.poll(Duration.ofMillis(200));
                if (!none.isEmpty()) {
                    throw new IllegalStateException("records returned while paused");
                }
            } catch (WakeupException e) {
                // stop() was called: keep trying to finish the batch until the grace period ends
            }
        }
        return true;
    }

    private void resumeAll(Consumer<byte[], byte[]> c) {
        if (!c.paused().isEmpty()) {
            c.resume(c.paused());
        }
    }

    /** Commits the next offset of each partition in the batch that this consumer still owns. */
    private void commit(Consumer<byte[], byte[]> c, List<ConsumerRecord<byte[], byte[]>> batch) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : batch) {
            TopicPartition tp = new TopicPartition(r.topic(), r.partition());
            if (assigned.contains(tp)) {
                offsets.merge(tp, new OffsetAndMetadata(r.offset() + 1),
                        (a, b) -> a.offset() >= b.offset() ? a : b);
            }
        }
        if (offsets.isEmpty()) {
            return;
        }
        try {
            c.commitSync(offsets);
        } catch (WakeupException e) {
            c.commitSync(offsets); // stop() woke us mid-commit; the batch is settled, so commit it
        } catch (RuntimeException e) {
            // e.g. the group rebalanced meanwhile: the new owner re-reads; writes are idempotent.
            log.warn("commit failed ({}); those records will be re-delivered and rewritten idempotently", e.toString());
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            assigned.removeAll(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            assigned.addAll(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            assigned.removeAll(partitions);
        }
    }
}
