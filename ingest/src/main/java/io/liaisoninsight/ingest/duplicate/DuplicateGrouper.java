package io.liaisoninsight.ingest.duplicate;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.liaisoninsight.ingest.enrich.Enrichment;
import io.liaisoninsight.ingest.index.BatchStep;
import io.liaisoninsight.ingest.index.BulkResults;
import io.liaisoninsight.ingest.index.PreparedRecord;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.SystemIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;

/**
 * Assigns each record its near-duplicate group (重复件) before it is written: candidates are group roots
 * sharing at least one MinHash band key (one terms query per batch on the small duplicate-roots index,
 * plus this instance's recent roots, which the index may not show yet), confirmed by signature
 * similarity. A record joins a group only when it is similar to the group's first record (its root),
 * never through a chain of members each a little different from the last, which would pull unrelated
 * complaints of the same template family into one group; otherwise it starts a group named after
 * itself and is written to the duplicate-roots index. A re-delivered record finds its own group's root
 * again (or is that root), so replay is stable. A stored root's band keys are derived from its signature
 * (the index only looks them up and keeps them neither in its source nor as doc values).
 */
public final class DuplicateGrouper implements BatchStep {

    private static final int MAX_CANDIDATES = 2_000;
    /**
     * Holds at least half of it, 10,000 roots: about 12 s of roots at this machine's pipeline rate
     * (~850 new roots/s), over twice the roots index's 5 s refresh interval.
     */
    private static final int RECENT_ROOTS = 20_000;

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final ToDoubleBiFunction<int[], int[]> similarity;
    private final Function<int[], List<String>> bandsOf;
    private final double threshold;
    /** Group roots this instance wrote lately, which the index may not show yet. */
    private final RecentRoots recent = new RecentRoots(RECENT_ROOTS);

    public DuplicateGrouper(ElasticsearchClient client, IndexNames names, ToDoubleBiFunction<int[], int[]> similarity,
                            Function<int[], List<String>> bandsOf, double threshold) {
        this.client = client;
        this.names = names;
        this.similarity = similarity;
        this.bandsOf = bandsOf;
        this.threshold = threshold;
    }

    @Override
    public void apply(List<PreparedRecord> batch) throws IOException {
        List<PreparedRecord> fingerprinted = batch.stream().filter(p -> p.enrichment().fingerprint() != null).toList();
        if (fingerprinted.isEmpty()) {
            return;
        }
        // Only roots can be joined, so only roots are candidates.
        Set<String> batchBands = new HashSet<>();
        fingerprinted.forEach(p -> batchBands.addAll(p.enrichment().fingerprint().bands()));
        Map<String, List<GroupRoot>> byBand = candidatesByBand(batchBands);
        Map<String, PreparedRecord> newRoots = new LinkedHashMap<>();
        for (PreparedRecord p : fingerprinted) {
            Enrichment.Fingerprint fingerprint = p.enrichment().fingerprint();
            int[] signature = fingerprint.signature(); // a copy per call: once per record, not per candidate
            String id = p.record().id();
            GroupRoot best = null;
            double bestScore = threshold;
            Set<String> scored = new HashSet<>();
            for (String band : fingerprint.bands()) {
                for (GroupRoot c : byBand.getOrDefault(band, List.of())) {
                    if (c.id().equals(id) || !scored.add(c.id())) {
                        continue;
                    }
                    double score = similarity.applyAsDouble(signature, c.signature());
                    if (score >= bestScore && (best == null || score > bestScore || c.id().compareTo(best.id()) < 0)) {
                        best = c;
                        bestScore = score;
                    }
                }
            }
            String group = best == null ? id : best.id();
            p.put(Fields.DUPLICATE_GROUP, TextNode.valueOf(group));
            if (best == null) {
                GroupRoot self = new GroupRoot(id, signature, fingerprint.bands());
                self.bands().forEach(b -> byBand.computeIfAbsent(b, x -> new ArrayList<>()).add(self));
                newRoots.put(id, p);
                recent.add(self);
            }
        }
        writeRoots(newRoots);
    }

    /** Idempotent (document id = record id): a replayed batch writes the same roots again. */
    private void writeRoots(Map<String, PreparedRecord> roots) throws IOException {
        if (roots.isEmpty()) {
            return;
        }
        String alias = names.alias(SystemIndex.DUPLICATE_ROOTS);
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        roots.forEach((id, p) -> {
            Enrichment.Fingerprint fingerprint = p.enrichment().fingerprint();
            Map<String, Object> doc = Map.of(
                    Fields.DuplicateRoot.BANDS, fingerprint.bands(),
                    Fields.DuplicateRoot.SIGNATURE, Signatures.encode(fingerprint.signature()),
                    Fields.DuplicateRoot.SOURCE, p.record().source().name());
            bulk.operations(op -> op.index(i -> i.index(alias).id(id).document(doc)));
        });
        BulkResults.requireAllStored(client.bulk(bulk.build()), "duplicate roots not stored", alias);
    }

    /**
     * The roots sharing each of the batch's band keys (only those keys are ever looked up): recent roots
     * of this instance and stored roots. The recent roots are known here with their signatures (and take
     * precedence over what the index shows), so the search leaves them out by id and returns only roots
     * this instance does not know, e.g. written before a restart or by another instance. On the
     * template-heavy demo corpus a batch's band keys matched about 1,590 roots (30,000 records), nearly
     * all recent: Elasticsearch read, filtered and sent their sources, and ingest parsed them, only to
     * have them replaced.
     */
    private Map<String, List<GroupRoot>> candidatesByBand(Set<String> bands) throws IOException {
        Map<String, List<GroupRoot>> byBand = recent.byBand(bands);
        Set<String> known = new HashSet<>();
        byBand.values().forEach(roots -> roots.forEach(r -> known.add(r.id())));
        List<FieldValue> values = bands.stream().map(FieldValue::of).toList();
        List<String> knownIds = List.copyOf(known);
        List<Hit<JsonNode>> hits = client.search(s -> s.index(names.alias(SystemIndex.DUPLICATE_ROOTS)).size(MAX_CANDIDATES)
                .source(src -> src.filter(f -> f.includes(Fields.DuplicateRoot.SIGNATURE)))
                .trackTotalHits(t -> t.enabled(false))
                .query(q -> q.bool(b -> {
                    b.filter(f -> f.terms(t -> t.field(Fields.DuplicateRoot.BANDS).terms(v -> v.value(values))));
                    if (!knownIds.isEmpty()) {
                        b.mustNot(n -> n.ids(i -> i.values(knownIds)));
                    }
                    return b;
                })), JsonNode.class)
                .hits().hits();
        for (Hit<JsonNode> hit : hits) {
            JsonNode doc = hit.source();
            if (doc == null || !doc.hasNonNull(Fields.DuplicateRoot.SIGNATURE) || !known.add(hit.id())) {
                continue;
            }
            int[] signature = Signatures.decode(doc.get(Fields.DuplicateRoot.SIGNATURE).asText());
            GroupRoot root = new GroupRoot(hit.id(), signature, bandsOf.apply(signature));
            for (String band : root.bands()) {
                if (bands.contains(band)) {
                    byBand.computeIfAbsent(band, x -> new ArrayList<>()).add(root);
                }
            }
        }
        return byBand;
    }
}
