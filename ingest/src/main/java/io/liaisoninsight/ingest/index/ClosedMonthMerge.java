package io.liaisoninsight.ingest.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.IndexingStats;
import co.elastic.clients.elasticsearch.indices.segments.IndexSegment;
import io.liaisoninsight.schema.IndexNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.convert.DurationStyle;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Merges each closed month's record indices into one segment per shard. A month stops receiving new records
 * when it ends and only a few status updates later, while every search and facet reads it: one segment per
 * shard answers a search in about half the time of the tens of segments bulk indexing leaves (measured with
 * the search benchmark, README "Performance"), because terms are looked up and facets counted once per segment.
 * A month is merged once it has been closed for {@code after}, and again whenever later updates have left
 * more than {@code maxSegments} segments in one of its shards (by default 1: re-merging a month of 300 MB
 * took seconds here, while every search pays for the extra segments); the current month is never merged.
 * A closed month can still be loading (an import of old files, a replay, ingest catching up after an outage),
 * and merging it then is wasted: the next writes leave new segments, which are merged again. So a month is
 * merged only when nothing was written to it for {@code quiet} (its write count unchanged over that wait,
 * and again right before its merge); a busy month is reported, so the schedule can look again soon.
 */
public final class ClosedMonthMerge {

    /** Defaults of {@code liaison.maintenance.merge-after} and {@code merge-segments}. */
    public static final String DEFAULT_AFTER_TEXT = "7d";
    public static final Duration DEFAULT_AFTER = DurationStyle.detectAndParse(DEFAULT_AFTER_TEXT);
    public static final String DEFAULT_MAX_SEGMENTS_TEXT = "1";
    public static final int DEFAULT_MAX_SEGMENTS = Integer.parseInt(DEFAULT_MAX_SEGMENTS_TEXT);

    private static final Logger log = LoggerFactory.getLogger(ClosedMonthMerge.class);

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final Clock clock;
    private final Duration after;
    private final int maxSegments;
    private final Duration quiet;
    private final Pause pause;

    /** How the merge waits for {@code quiet} to pass; the service sleeps, tests write meanwhile. */
    @FunctionalInterface
    public interface Pause {
        void await(Duration duration) throws InterruptedException;
    }

    /**
     * @param quiet how long a due month must go without writes before it is merged; zero merges at once
     *              (a caller that knows the load has finished, e.g. a benchmark after loading)
     */
    public ClosedMonthMerge(ElasticsearchClient client, IndexNames names, Clock clock, Duration after, int maxSegments,
                            Duration quiet, Pause pause) {
        this.client = client;
        this.names = names;
        this.clock = clock;
        this.after = after;
        this.maxSegments = maxSegments;
        this.quiet = quiet;
        this.pause = pause;
    }

    /** What one run did: the indices merged, and the due ones left because they were still being written. */
    public record Outcome(List<String> merged, List<String> stillBeingWritten) {
    }

    /**
     * Merges what is due and quiet, one index at a time (a merge is heavy). Interrupted while waiting for
     * quiet, it merges nothing.
     */
    public Outcome run() throws IOException {
        List<String> due = due();
        boolean checkQuiet = !due.isEmpty() && !quiet.isZero() && !quiet.isNegative();
        Map<String, Long> writesBefore = checkQuiet ? writes(due) : Map.of();
        if (checkQuiet) {
            try {
                pause.await(quiet);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(List.of(), List.of());
            }
        }
        List<String> merged = new ArrayList<>();
        List<String> busy = new ArrayList<>();
        for (String index : due) {
            if (checkQuiet && !writes(List.of(index)).get(index).equals(writesBefore.get(index))) {
                log.info("closed month {} is still being written; merged once it has been quiet for {}", index, quiet);
                busy.add(index);
                continue;
            }
            long start = System.nanoTime();
            client.indices().forcemerge(r -> r.index(index).maxNumSegments(1L).waitForCompletion(true));
            merged.add(index);
            log.info("merged closed month {} into one segment per shard in {} ms", index,
                    (System.nanoTime() - start) / 1_000_000);
        }
        return new Outcome(List.copyOf(merged), List.copyOf(busy));
    }

    /** Closed long enough and holding more segments in some shard than {@code maxSegments}. */
    List<String> due() throws IOException {
        Instant now = clock.instant();
        TreeSet<String> closed = new TreeSet<>();
        for (String index : client.indices().getAlias(r -> r.name(names.allRecords())).result().keySet()) {
            Optional<YearMonth> month = names.recordMonth(index);
            if (month.isPresent() && !month.get().plusMonths(1).atDay(1).atStartOfDay(names.zone()).toInstant()
                    .plus(after).isAfter(now)) {
                closed.add(index);
            }
        }
        if (closed.isEmpty()) {
            return List.of();
        }
        Map<String, IndexSegment> segments = client.indices().segments(r -> r.index(List.copyOf(closed))).indices();
        return closed.stream().filter(index -> mostSegmentsInAShard(segments.get(index)) > maxSegments).toList();
    }

    /** Documents indexed and deleted in each index's primaries (since its shards were last opened). */
    private Map<String, Long> writes(List<String> indices) throws IOException {
        Map<String, Long> writes = new HashMap<>();
        client.indices().stats(r -> r.index(indices).metric("indexing")).indices().forEach((index, stats) -> {
            IndexingStats indexing = stats.primaries().indexing();
            writes.put(index, indexing.indexTotal() + indexing.deleteTotal());
        });
        return writes;
    }

    static int mostSegmentsInAShard(IndexSegment index) {
        if (index == null) {
            return 0;
        }
        return index.shards().values().stream()
                .flatMap(copies -> copies.stream())
                .mapToInt(copy -> copy.segments().size())
                .max().orElse(0);
    }
}
