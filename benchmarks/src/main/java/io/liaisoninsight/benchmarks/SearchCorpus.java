package io.liaisoninsight.benchmarks;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.demo.CorpusGenerator;
import io.liaisoninsight.demo.CorpusRecord;
import io.liaisoninsight.demo.CorpusSettings;
import io.liaisoninsight.ingest.index.ClosedMonthMerge;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.TemplateInstaller;
import io.liaisoninsight.schema.TemplateResources;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.TestCleanup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The search benchmark's corpus: generated records (demo seed by default) stored under their own index prefix
 * as the pipeline's final documents ({@link StoredDocuments.Preparer}), sent with plain bulk — the pipeline
 * itself is the ingest benchmark's subject, not this one's. Streamed in chunks (never the whole corpus in
 * memory): the generator's thread prepares the next chunk while one sender thread bulk-indexes the last.
 * <p>
 * A completed load leaves a marker document ({@code <prefix>-benchmark-load/_doc/load}: schema version, seed,
 * records, documents, load time); a later run with the same schema version, seed and record count reuses the
 * prefix if its document count still matches, so a million records are loaded once per schema version. A prefix without a matching marker (an
 * interrupted load) is dropped and loaded again — only prefixes starting with {@code bench}, so this never
 * touches the product's own indices.
 */
final class SearchCorpus {

    private static final int CHUNK = 10_000;
    private static final int PROGRESS_EVERY = 100_000;

    /** What the benchmark runs against. */
    record Loaded(IndexNames names, long documents, double loadSeconds, boolean reused, Instant loadedAt) {
    }

    private final ElasticsearchClient client;
    private final EsHttp http;
    private final Engines engines;
    private final ObjectMapper json;

    SearchCorpus(ElasticsearchClient client, EsHttp http, Engines engines, ObjectMapper json) {
        this.client = client;
        this.http = http;
        this.engines = engines;
        this.json = json;
    }

    static String markerIndex(String prefix) {
        return prefix + "-benchmark-load";
    }

    Loaded ensure(String prefix, long seed, long records, int batchSize) throws IOException {
        if (!prefix.startsWith("bench")) {
            throw new IllegalArgumentException("the search benchmark's prefix must start with 'bench': " + prefix);
        }
        IndexNames names = new IndexNames(prefix, IndexNames.DEFAULT_ZONE);
        JsonNode marker = http.document(markerIndex(prefix), "load");
        int schema = new TemplateResources(names).schemaVersion();
        if (marker != null && marker.path("schemaVersion").asInt() != schema) {
            System.out.printf("corpus: %s was loaded under schema version %d, this build has %d; loading again%n",
                    prefix, marker.path("schemaVersion").asInt(), schema);
        } else if (marker != null && marker.path("seed").asLong() == seed && marker.path("records").asLong() == records) {
            long count = http.count(names.allRecords());
            if (count == marker.path("documents").asLong()) {
                System.out.printf("corpus: reusing %s — %d documents of %d generated records (seed %d), loaded %s "
                                + "in %.0f s%n", prefix, count, records, seed, marker.path("loadedAt").asText(),
                        marker.path("loadSeconds").asDouble());
                // The templates may have changed since (a newer schema version); install is idempotent.
                new TemplateInstaller(client, names, Clock.systemUTC()).install();
                mergeClosedMonths(names);
                return new Loaded(names, count, marker.path("loadSeconds").asDouble(), true,
                        Instant.parse(marker.path("loadedAt").asText()));
            }
            System.out.printf("corpus: %s holds %d documents, its load marker says %d; loading again%n", prefix,
                    count, marker.path("documents").asLong());
        }
        System.out.printf("corpus: loading %d generated records (seed %d) into %s…%n", records, seed, prefix);
        TestCleanup.dropSchema(engines, prefix);
        Loaded loaded = load(names, schema, seed, records, batchSize);
        mergeClosedMonths(names);
        return loaded;
    }

    /** What the ingest service does to closed months (its default settings), so queries meet the same segments. */
    private void mergeClosedMonths(IndexNames names) throws IOException {
        long start = System.nanoTime();
        // No wait for quiet: the load has finished.
        List<String> merged = new ClosedMonthMerge(client, names, Clock.systemUTC(), ClosedMonthMerge.DEFAULT_AFTER,
                ClosedMonthMerge.DEFAULT_MAX_SEGMENTS, Duration.ZERO, duration -> { }).run().merged();
        if (!merged.isEmpty()) {
            System.out.printf("corpus: merged %d closed months' indices into one segment per shard in %.0f s%n",
                    merged.size(), (System.nanoTime() - start) / 1e9);
        }
    }

    private Loaded load(IndexNames names, int schema, long seed, long records, int batchSize) throws IOException {
        new TemplateInstaller(client, names, Clock.systemUTC()).install();
        StoredDocuments.Preparer preparer = new StoredDocuments.Preparer(names.zone(), json);
        Set<String> ids = new HashSet<>();
        ExecutorService sender = Executors.newSingleThreadExecutor();
        List<Future<Integer>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        long[] sent = {0};
        int[] refused = {0};
        List<CorpusRecord> chunk = new ArrayList<>(CHUNK);
        Runnable flush = () -> {
            List<StoredDocuments.Write> writes = chunk.parallelStream().map(preparer::prepare)
                    .filter(Objects::nonNull).toList();
            for (CorpusRecord r : chunk) {
                ids.add(r.id());
            }
            long before = sent[0];
            sent[0] += chunk.size();
            chunk.clear();
            // At most one chunk waits while another is sent: memory stays at two chunks.
            while (inFlight.size() > 1) {
                refused[0] += take(inFlight.remove(0));
            }
            inFlight.add(sender.submit(() -> {
                int failed = 0;
                for (int from = 0; from < writes.size(); from += batchSize) {
                    ByteArrayOutputStream body = new ByteArrayOutputStream(batchSize * 4096);
                    for (StoredDocuments.Write write : writes.subList(from, Math.min(from + batchSize, writes.size()))) {
                        write.appendTo(body, names.prefix());
                    }
                    failed += http.bulk(body.toByteArray());
                }
                return failed;
            }));
            if (sent[0] / PROGRESS_EVERY > before / PROGRESS_EVERY) {
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("  %,d of %,d records sent, %.0f s (%.0f records/s)%n", sent[0], records, seconds,
                        sent[0] / seconds);
            }
        };
        try {
            new CorpusGenerator(CorpusSettings.of(seed, records)).generate(r -> {
                chunk.add(r);
                if (chunk.size() == CHUNK) {
                    flush.run();
                }
            });
            if (!chunk.isEmpty()) {
                flush.run();
            }
            while (!inFlight.isEmpty()) {
                refused[0] += take(inFlight.remove(0));
            }
        } finally {
            sender.shutdownNow();
        }
        long count = http.refreshAndCount(names.allRecords());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("corpus: loaded %s in %.0f s: %d documents stored (%d distinct ids generated, %d items "
                + "refused)%n", names.prefix(), seconds, count, ids.size(), refused[0]);
        if (count != ids.size()) {
            System.out.println("corpus: WARNING stored documents differ from distinct generated ids");
        }
        Instant at = Instant.now();
        ObjectNode marker = json.createObjectNode().put("schemaVersion", schema)
                .put("seed", seed).put("records", records)
                .put("documents", count).put("loadSeconds", seconds).put("loadedAt", at.toString())
                .put("refused", refused[0]);
        http.put(markerIndex(names.prefix()), "load", marker);
        return new Loaded(names, count, seconds, false, at);
    }

    private static int take(Future<Integer> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("bulk load failed", e.getCause());
        }
    }
}
