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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The consumer thread: poll a batch, have the {@link BatchIngester} prepare it, hand it to the writer
 * thread, and while it is written prepare the next; commit each batch's offsets, in order, once it is
 * written. Offsets are committed only after the ingester has settled every record (stored, stale or
 * dead-lettered), so a crash at any point re-delivers, never loses. While a batch waits for
 * Elasticsearch, the partitions are paused and the consumer keeps polling (nothing is returned),
 * so the group does not evict it. On stop, the batch in hand is finished and committed if the
 * engines allow within the grace period; otherwise it is left uncommitted for re-delivery.
 */
public final class IngestLoop {

    private record InFlight(List<ConsumerRecord<byte[], byte[]>> batch, Future<?> write, long startedAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(IngestLoop.class);

    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final List<String> topics;
    private final BatchIngester ingester;
    private final IngestMetrics metrics;
    private final Backoff backoff;
    private final Duration pollTimeout;
    private final Duration shutdownGrace;

    private final Set<TopicPartition> assigned = new HashSet<>();
    /** The batch the writer thread is writing; touched only by the loop thread (rebalance callbacks run inside its poll). */
    private InFlight inFlight;
    /** Where batch steps other than the first run, set when the loop starts. */
    private BatchIngester.Alongside alongside;
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
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "ingest-writer"));
        ExecutorService steps = Executors.newSingleThreadExecutor(r -> new Thread(r, "ingest-step"));
        alongside = new BatchIngester.Alongside(steps, (attempt, reason) -> sleepBeforeRetry(attempt));
        try (Consumer<byte[], byte[]> c = consumers.get()) {
            consumer = c;
            c.subscribe(topics, new Rebalance());
            log.info("consuming {}", topics);
            try {
                consume(c, writer);
            } catch (RuntimeException e) {
                inFlight = null; // left uncommitted; closing the consumer (which revokes) must not wait for it
                throw e;
            }
        } catch (RuntimeException e) {
            log.error("ingest loop stopped by an unexpected error; uncommitted records will be re-delivered", e);
        } finally {
            writer.shutdownNow();
            steps.shutdownNow();
            finished.countDown();
            log.info("ingest loop stopped");
        }
    }

    private void consume(Consumer<byte[], byte[]> c, ExecutorService writer) {
        while (!stopping) {
            ConsumerRecords<byte[], byte[]> polled;
            try {
                // While a batch is being written, take whatever has arrived and prepare it meanwhile.
                polled = c.poll(inFlight == null ? pollTimeout : Duration.ZERO);
            } catch (WakeupException e) {
                break;
            }
            if (polled.isEmpty()) {
                settle(c, true);
            } else {
                prepareAndHandOver(c, polled, writer);
            }
        }
        settle(c, true);
    }

    /**
     * Prepares a batch (enrichment and batch steps, on this thread), waits for the previous batch's write
     * and commits it, then hands this batch to the writer thread: preparing batch N+1 overlaps writing N,
     * and offsets are still committed strictly in order, each only after its batch is settled.
     */
    private void prepareAndHandOver(Consumer<byte[], byte[]> c, ConsumerRecords<byte[], byte[]> polled,
                                    ExecutorService writer) {
        long start = System.nanoTime();
        List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>(polled.count());
        polled.forEach(batch::add);
        BatchIngester.PreparedBatch prepared;
        try {
            prepared = ingester.prepare(batch, (attempt, reason) -> awaitRetry(c, attempt), alongside);
        } catch (BatchIngester.Abandoned e) {
            log.warn("stopping with a batch of {} records unsettled ({}); it stays uncommitted", batch.size(), e.getMessage());
            return;
        } finally {
            resumeAll(c);
        }
        settle(c, true);
        Future<?> write = writer.submit(() -> ingester.write(prepared, (attempt, reason) -> sleepBeforeRetry(attempt)));
        inFlight = new InFlight(batch, write, start);
    }

    /**
     * Waits until the batch in flight is written and commits it. While waiting long (Elasticsearch down),
     * the partitions are paused and the consumer keeps polling so the group does not evict it; inside a
     * rebalance callback it may not poll and just waits.
     */
    private void settle(Consumer<byte[], byte[]> c, boolean mayPoll) {
        InFlight current = inFlight;
        if (current == null) {
            return;
        }
        try {
            awaitWrite(c, current.write(), mayPoll);
        } catch (ExecutionException e) {
            inFlight = null;
            if (e.getCause() instanceof BatchIngester.Abandoned abandoned) {
                log.warn("stopping with a batch of {} records unsettled ({}); it stays uncommitted",
                        current.batch().size(), abandoned.getMessage());
                return;
            }
            throw new IllegalStateException("writing a batch failed", e.getCause());
        }
        if (inFlight != current) {
            return; // a rebalance callback inside the wait settled it already
        }
        commit(c, current.batch());
        inFlight = null;
        metrics.batch.record(Duration.ofNanos(System.nanoTime() - current.startedAt()));
    }

    private void awaitWrite(Consumer<byte[], byte[]> c, Future<?> write, boolean mayPoll) throws ExecutionException {
        boolean paused = false;
        try {
            while (true) {
                try {
                    write.get(200, TimeUnit.MILLISECONDS);
                    return;
                } catch (TimeoutException e) {
                    if (mayPoll) {
                        if (!paused) {
                            c.pause(c.assignment());
                            paused = true;
                        }
                        pollPaused(c, Duration.ZERO);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ExecutionException(new BatchIngester.Abandoned("interrupted"));
                }
            }
        } finally {
            if (paused) {
                resumeAll(c);
            }
        }
    }

    /** Pauses the partitions and keeps the consumer alive in its group while waiting to retry. */
    private boolean awaitRetry(Consumer<byte[], byte[]> c, int attempt) {
        c.pause(c.assignment());
        long deadline = System.nanoTime() + backoff.delay(attempt).toNanos();
        while (System.nanoTime() < deadline) {
            if (gracePassed()) {
                return false;
            }
            pollPaused(c, Duration.ofMillis(200));
        }
        return true;
    }

    /** The writer thread's wait before a retry: it must not touch the consumer, which belongs to the loop. */
    private boolean sleepBeforeRetry(int attempt) {
        long deadline = System.nanoTime() + backoff.delay(attempt).toNanos();
        while (System.nanoTime() < deadline) {
            if (gracePassed()) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private boolean gracePassed() {
        return stopping && System.nanoTime() - stopRequestedAt > shutdownGrace.toNanos();
    }

    /**
     * Polls while paused, only to stay in the group. A partition assigned meanwhile is not paused and may
     * return records: they are not processed now, so the consumer is rewound to read them again later.
     */
    private void pollPaused(Consumer<byte[], byte[]> c, Duration timeout) {
        try {
            ConsumerRecords<byte[], byte[]> early = c.poll(timeout);
            for (TopicPartition tp : early.partitions()) {
                c.seek(tp, early.records(tp).get(0).offset());
            }
            if (!early.isEmpty()) {
                c.pause(c.assignment());
            }
        } catch (WakeupException e) {
            // stop() was called: keep trying to finish the batch until the grace period ends
        }
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
            // Settle the batch in flight while its partitions are still ours, so its offsets are committed.
            settle(consumer, false);
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
