package io.liaisoninsight.ingest.consume;

import io.liaisoninsight.ingest.deadletter.DeadLetter;
import io.liaisoninsight.ingest.deadletter.DeadLetterPublisher;
import io.liaisoninsight.ingest.enrich.Enricher;
import io.liaisoninsight.ingest.enrich.Enrichment;
import io.liaisoninsight.ingest.index.BulkWriter;
import io.liaisoninsight.ingest.index.DocumentBuilder;
import io.liaisoninsight.ingest.index.BatchStep;
import io.liaisoninsight.ingest.index.PreparedRecord;
import io.liaisoninsight.ingest.index.PendingWrite;
import io.liaisoninsight.ingest.index.WriteOutcome;
import io.liaisoninsight.ingest.read.RecordReader;
import io.liaisoninsight.ingest.read.RecordReading;
import io.liaisoninsight.ingest.record.IncomingRecord;
import io.liaisoninsight.ingest.validate.Violation;
import io.liaisoninsight.schema.Source;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One polled batch, in two halves. {@link #prepare}: read, enrich and build every record, then run the
 * batch steps (duplicate groups, complainant identities) at the same time. {@link #write}: write the good records with one
 * bulk request, retrying what failed for a passing reason until it is stored, and dead-letter the bad
 * ones; it returns only when every record of the batch is stored (or recognised as stale) or
 * dead-lettered, which is what allows the commit. The halves are separate so that the loop can prepare
 * the next batch while this one is written.
 */
public final class BatchIngester {

    private static final Logger log = LoggerFactory.getLogger(BatchIngester.class);

    /** Decides whether to keep retrying; the loop answers with the back-off and its own shutdown state. */
    @FunctionalInterface
    public interface RetryGate {
        /** Waits before retry number {@code attempt}; false means stop retrying (shutting down). */
        boolean awaitRetry(int attempt, String reason);
    }

    /** Thrown when the batch could not be completed because the service is stopping; nothing is committed. */
    public static final class Abandoned extends RuntimeException {
        Abandoned(String reason) {
            super(reason);
        }
    }

    private final TopicRouting routing;
    private final RecordReader reader;
    private final Enricher enricher;
    private final DocumentBuilder documents;
    private final BulkWriter writer;
    private final DeadLetterPublisher deadLetters;
    private final List<BatchStep> steps;
    private final IngestMetrics metrics;

    public BatchIngester(TopicRouting routing, RecordReader reader, Enricher enricher, DocumentBuilder documents,
                         BulkWriter writer, DeadLetterPublisher deadLetters, List<BatchStep> steps,
                         IngestMetrics metrics) {
        this.routing = routing;
        this.reader = reader;
        this.enricher = enricher;
        this.documents = documents;
        this.writer = writer;
        this.deadLetters = deadLetters;
        this.steps = List.copyOf(steps);
        this.metrics = metrics;
    }

    /** A batch ready to be written: its records in order with their origins, and its dead letters so far. */
    public record PreparedBatch(List<ConsumerRecord<byte[], byte[]>> batch, List<PreparedRecord> records,
                                List<ConsumerRecord<byte[], byte[]>> origins, List<DeadLetter> letters) {
    }

    /**
     * Where the other batch steps run while the first runs on the calling thread, with the gate their
     * retries wait on (it must not touch the consumer, which belongs to the calling thread).
     */
    public record Alongside(Executor executor, RetryGate gate) {
    }

    public PreparedBatch prepare(List<ConsumerRecord<byte[], byte[]>> batch, RetryGate gate, Alongside alongside) {
        metrics.consumed.increment(batch.size());
        List<DeadLetter> letters = new ArrayList<>();
        List<ConsumerRecord<byte[], byte[]>> origins = new ArrayList<>();
        List<PreparedRecord> prepared = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> origin : batch) {
            Optional<Source> source = routing.source(origin.topic());
            RecordReading reading = source.map(s -> reader.read(s, origin.value()))
                    .orElseGet(() -> RecordReading.rejected(List.of(
                            new Violation("$", "未知主题 " + origin.topic()))));
            if (!reading.accepted()) {
                letters.add(new DeadLetter(origin, DeadLetter.Stage.VALIDATION, reading.reason()));
                continue;
            }
            IncomingRecord record = reading.record();
            try {
                Enrichment enrichment = enricher.enrich(record);
                prepared.add(new PreparedRecord(record, enrichment, documents.build(record, enrichment)));
            } catch (RuntimeException e) {
                // A record that breaks enrichment must not stop the pipeline: keep it, with the error.
                log.error("enrichment failed for {} {}", record.source(), record.id(), e);
                letters.add(new DeadLetter(origin, DeadLetter.Stage.ENRICHMENT, "处理失败 (enrichment failed): " + e));
                continue;
            }
            origins.add(origin);
        }
        runSteps(prepared, gate, alongside);
        return new PreparedBatch(batch, prepared, origins, letters);
    }

    /**
     * The steps are independent (duplicate groups need no identities and the reverse) and mostly wait for
     * Elasticsearch, so they run at the same time: the first here, the others alongside.
     */
    private void runSteps(List<PreparedRecord> prepared, RetryGate gate, Alongside alongside) {
        if (steps.isEmpty()) {
            return;
        }
        List<CompletableFuture<Void>> others = steps.subList(1, steps.size()).stream()
                .map(step -> CompletableFuture.runAsync(() -> runUntilDone(() -> step.apply(prepared),
                        step.getClass().getSimpleName(), alongside.gate()), alongside.executor()))
                .toList();
        BatchStep first = steps.get(0);
        try {
            runUntilDone(() -> first.apply(prepared), first.getClass().getSimpleName(), gate);
        } finally {
            for (CompletableFuture<Void> other : others) {
                awaitStep(other, gate);
            }
        }
    }

    /** Waits for a step running alongside; while it takes long, waits through the gate (which keeps the consumer alive). */
    private static void awaitStep(CompletableFuture<Void> step, RetryGate gate) {
        int waits = 0;
        while (true) {
            try {
                step.get(2, TimeUnit.SECONDS);
                return;
            } catch (TimeoutException e) {
                if (!gate.awaitRetry(++waits, "waiting for a batch step")) {
                    throw new Abandoned("stopped while a batch step was still running");
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Abandoned("interrupted");
            }
        }
    }

    public void write(PreparedBatch batch, RetryGate gate) {
        List<ConsumerRecord<byte[], byte[]>> origins = batch.origins();
        List<DeadLetter> letters = new ArrayList<>(batch.letters());
        List<WriteOutcome> outcomes = writeUntilSettled(batch.records().stream().map(PreparedRecord::write).toList(), gate);
        int indexed = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            WriteOutcome outcome = outcomes.get(i);
            switch (outcome.kind()) {
                case INDEXED -> indexed++;
                case STALE -> metrics.stale.increment();
                case REJECTED -> letters.add(new DeadLetter(origins.get(i), DeadLetter.Stage.INDEXING, outcome.reason()));
                case RETRY -> throw new IllegalStateException("unsettled write left after retries");
            }
        }
        metrics.indexed.increment(indexed);
        metrics.rejected.increment(letters.size());
        publishUntilAccepted(letters, gate);
        metrics.deadLettered.increment(letters.size());
    }

    /** Writes, then rewrites only the items that failed for a passing reason, until none is left. */
    private List<WriteOutcome> writeUntilSettled(List<PendingWrite> writes, RetryGate gate) {
        List<WriteOutcome> outcomes = new ArrayList<>(Collections.nCopies(writes.size(), (WriteOutcome) null));
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            pending.add(i);
        }
        int attempt = 0;
        while (!pending.isEmpty()) {
            String failure;
            try {
                List<WriteOutcome> results = writer.write(pending.stream().map(writes::get).toList());
                List<Integer> stillPending = new ArrayList<>();
                failure = null;
                for (int j = 0; j < results.size(); j++) {
                    WriteOutcome result = results.get(j);
                    if (result.kind() == WriteOutcome.Kind.RETRY) {
                        stillPending.add(pending.get(j));
                        failure = result.reason();
                    } else {
                        outcomes.set(pending.get(j), result);
                    }
                }
                pending = stillPending;
            } catch (IOException | RuntimeException e) {
                failure = "Elasticsearch unavailable: " + e;
            }
            if (!pending.isEmpty()) {
                retry(++attempt, pending.size() + " writes not stored: " + failure, gate);
            }
        }
        return outcomes;
    }

    private void publishUntilAccepted(List<DeadLetter> letters, RetryGate gate) {
        runUntilDone(() -> deadLetters.publish(letters), "dead-letter publish", gate);
    }

    private interface Action {
        void run() throws IOException;
    }

    private void runUntilDone(Action action, String what, RetryGate gate) {
        int attempt = 0;
        while (true) {
            try {
                action.run();
                return;
            } catch (IOException | RuntimeException e) {
                retry(++attempt, what + " failed: " + e, gate);
            }
        }
    }

    private void retry(int attempt, String reason, RetryGate gate) {
        metrics.retries.increment();
        if (attempt == 1 || attempt % 10 == 0) {
            log.warn("batch not settled (attempt {}): {}; retrying, nothing is skipped or committed", attempt, reason);
        }
        if (!gate.awaitRetry(attempt, reason)) {
            throw new Abandoned(reason);
        }
    }
}
