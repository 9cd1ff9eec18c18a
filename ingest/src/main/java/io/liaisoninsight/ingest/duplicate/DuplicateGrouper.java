package io.liaisoninsight.ingest.duplicate;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.ingest.enrich.Enrichment;
import io.liaisoninsight.ingest.index.BatchStep;
import io.liaisoninsight.ingest.index.PreparedRecord;
import io.liaisoninsight.ingest.index.Signatures;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleBiFunction;

/**
 * Assigns each record its near-duplicate group (重复件) before it is written: candidates are records
 * sharing at least one MinHash band key (one terms query per batch over every source, plus this
 * instance's recent records, which the index may not show yet), confirmed by signature similarity.
 * A record joins a group only when it is similar to the group's first record (its root), never through a
 * chain of members each a little different from the last, which would pull unrelated complaints of the
 * same template family into one group; otherwise it starts a group named after itself. A re-delivered
 * record finds its own group through its duplicates, so replay is stable.
 */
public final class DuplicateGrouper implements BatchStep {

    private static final int MAX_CANDIDATES = 2_000;
    private static final int RECENT = 20_000;

    private record Candidate(String id, String group, int[] signature, List<String> bands) {
    }

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final ToDoubleBiFunction<int[], int[]> similarity;
    private final double threshold;
    private final Map<String, Candidate> recent = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Candidate> eldest) {
            return size() > RECENT;
        }
    });

    public DuplicateGrouper(ElasticsearchClient client, IndexNames names, ToDoubleBiFunction<int[], int[]> similarity,
                            double threshold) {
        this.client = client;
        this.names = names;
        this.similarity = similarity;
        this.threshold = threshold;
    }

    @Override
    public void apply(List<PreparedRecord> batch) throws IOException {
        List<PreparedRecord> fingerprinted = batch.stream().filter(p -> p.enrichment().fingerprint() != null).toList();
        if (fingerprinted.isEmpty()) {
            return;
        }
        Map<String, List<Candidate>> byBand = new HashMap<>();
        for (Candidate c : candidates(fingerprinted)) {
            c.bands().forEach(b -> byBand.computeIfAbsent(b, x -> new ArrayList<>()).add(c));
        }
        for (PreparedRecord p : fingerprinted) {
            Enrichment.Fingerprint fingerprint = p.enrichment().fingerprint();
            String id = p.record().id();
            Candidate best = null;
            double bestScore = threshold;
            for (String band : fingerprint.bands()) {
                for (Candidate c : byBand.getOrDefault(band, List.of())) {
                    if (c.id().equals(id) || !c.id().equals(c.group())) {
                        continue;
                    }
                    double score = similarity.applyAsDouble(fingerprint.signature(), c.signature());
                    if (score >= bestScore && (best == null || score > bestScore || c.group().compareTo(best.group()) < 0)) {
                        best = c;
                        bestScore = score;
                    }
                }
            }
            String group = best == null ? id : best.group();
            p.write().document().put(Fields.DUPLICATE_GROUP, group);
            Candidate self = new Candidate(id, group, fingerprint.signature(), fingerprint.bands());
            self.bands().forEach(b -> byBand.computeIfAbsent(b, x -> new ArrayList<>()).add(self));
            recent.put(id, self);
        }
    }

    /** Stored records sharing a band with the batch, and recent records of this instance. */
    private List<Candidate> candidates(List<PreparedRecord> batch) throws IOException {
        Set<String> bands = new TreeSet<>();
        batch.forEach(p -> bands.addAll(p.enrichment().fingerprint().bands()));
        List<FieldValue> values = bands.stream().map(FieldValue::of).toList();
        List<Hit<JsonNode>> hits = client.search(s -> s.index(names.allRecords()).size(MAX_CANDIDATES)
                .source(src -> src.filter(f -> f.includes(Fields.ID, Fields.DUPLICATE_GROUP, Fields.DUPLICATE_SIGNATURE,
                        Fields.DUPLICATE_BANDS)))
                .query(q -> q.terms(t -> t.field(Fields.DUPLICATE_BANDS).terms(v -> v.value(values)))), JsonNode.class)
                .hits().hits();
        Map<String, Candidate> found = new LinkedHashMap<>();
        for (Hit<JsonNode> hit : hits) {
            JsonNode doc = hit.source();
            if (doc == null || !doc.hasNonNull(Fields.DUPLICATE_SIGNATURE)) {
                continue;
            }
            List<String> docBands = new ArrayList<>();
            doc.path(Fields.DUPLICATE_BANDS).forEach(b -> docBands.add(b.asText()));
            String group = doc.hasNonNull(Fields.DUPLICATE_GROUP) ? doc.get(Fields.DUPLICATE_GROUP).asText() : hit.id();
            found.put(hit.id(), new Candidate(hit.id(), group, Signatures.decode(doc.get(Fields.DUPLICATE_SIGNATURE).asText()),
                    docBands));
        }
        synchronized (recent) {
            for (Candidate c : recent.values()) {
                if (c.bands().stream().anyMatch(bands::contains)) {
                    found.put(c.id(), c);
                }
            }
        }
        return List.copyOf(found.values());
    }
}
