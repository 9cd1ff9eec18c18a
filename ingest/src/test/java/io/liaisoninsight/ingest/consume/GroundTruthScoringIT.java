package io.liaisoninsight.ingest.consume;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.demo.CorpusGenerator;
import io.liaisoninsight.demo.CorpusSettings;
import io.liaisoninsight.demo.GroundTruth;
import io.liaisoninsight.demo.KafkaSink;
import io.liaisoninsight.ingest.IsolatedIngest;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.SystemIndex;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.RealEngines;
import io.liaisoninsight.testsupport.TestNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs a generated corpus through Kafka and the pipeline and scores, against the generator's
 * ground truth, how records were linked to complainants and grouped as near-duplicates. Scores are
 * pairwise: two records are a true pair when the ground truth puts them with one person (or one
 * duplicate group), a predicted pair when the pipeline does.
 */
@SpringBootTest
class GroundTruthScoringIT {

    private static final Engines engines = RealEngines.get();
    private static final String prefix = TestNames.indexPrefix();
    private static final int RECORDS = 6_000;
    /** Floors below what was measured (see README, Performance and quality), so a regression fails. */
    private static final double IDENTITY_PRECISION_FLOOR = 0.97;
    private static final double IDENTITY_RECALL_FLOOR = 0.93;
    private static final double DUPLICATE_PRECISION_FLOOR = 0.88;
    private static final double DUPLICATE_RECALL_FLOOR = 0.95;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        IsolatedIngest.register(registry, engines, prefix);
    }

    @Autowired
    ElasticsearchClient elasticsearch;

    @AfterAll
    static void cleanUp() throws Exception {
        IsolatedIngest.cleanUp(engines, prefix);
    }

    @Test
    void identitiesAndDuplicateGroupsMatchTheGroundTruth() throws Exception {
        GroundTruth truth;
        try (KafkaSink kafka = new KafkaSink(engines.kafkaBootstrap(), prefix + ".", 3)) {
            truth = new CorpusGenerator(CorpusSettings.of(7, RECORDS)).generate(kafka);
        }
        IndexNames names = new IndexNames(prefix, IndexNames.DEFAULT_ZONE);
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .until(() -> count(names.allRecords()) == truth.counts().distinctIds());

        Score identity = score(truePersonPairs(truth), predictedIdentityPairs(names));
        Score duplicates = score(trueDuplicatePairs(truth), predictedDuplicatePairs(names));
        System.out.printf("identity resolution over %d records: precision %.3f, recall %.3f (%d true pairs, %d predicted)%n",
                truth.counts().distinctIds(), identity.precision(), identity.recall(), identity.truePairs(), identity.predictedPairs());
        System.out.printf("near-duplicate grouping: precision %.3f, recall %.3f (%d true pairs, %d predicted)%n",
                duplicates.precision(), duplicates.recall(), duplicates.truePairs(), duplicates.predictedPairs());

        assertThat(identity.precision()).isGreaterThanOrEqualTo(IDENTITY_PRECISION_FLOOR);
        assertThat(identity.recall()).isGreaterThanOrEqualTo(IDENTITY_RECALL_FLOOR);
        assertThat(duplicates.precision()).isGreaterThanOrEqualTo(DUPLICATE_PRECISION_FLOOR);
        assertThat(duplicates.recall()).isGreaterThanOrEqualTo(DUPLICATE_RECALL_FLOOR);
    }

    record Score(double precision, double recall, long truePairs, long predictedPairs) {
    }

    private static Score score(Set<String> truePairs, Set<String> predicted) {
        long hits = predicted.stream().filter(truePairs::contains).count();
        return new Score(predicted.isEmpty() ? 1.0 : (double) hits / predicted.size(),
                truePairs.isEmpty() ? 1.0 : (double) hits / truePairs.size(), truePairs.size(), predicted.size());
    }

    private static Set<String> truePersonPairs(GroundTruth truth) {
        Set<String> pairs = new HashSet<>();
        for (GroundTruth.Person person : truth.persons()) {
            addPairs(pairs, person.contacts().stream().map(GroundTruth.Contact::recordId).toList());
        }
        return pairs;
    }

    private static Set<String> trueDuplicatePairs(GroundTruth truth) {
        Set<String> pairs = new HashSet<>();
        for (GroundTruth.DuplicateGroup group : truth.duplicateGroups()) {
            addPairs(pairs, group.members().stream().map(GroundTruth.Member::recordId).toList());
        }
        return pairs;
    }

    private Set<String> predictedIdentityPairs(IndexNames names) throws IOException {
        Set<String> pairs = new HashSet<>();
        for (JsonNode profile : all(names.alias(SystemIndex.COMPLAINANTS), Fields.Complainant.IDENTITY_ID)) {
            List<String> records = new ArrayList<>();
            profile.path(Fields.Complainant.RECORD_IDS).forEach(r -> records.add(r.asText()));
            addPairs(pairs, records);
        }
        return pairs;
    }

    private Set<String> predictedDuplicatePairs(IndexNames names) throws IOException {
        Map<String, List<String>> groups = new HashMap<>();
        for (JsonNode doc : all(names.allRecords(), Fields.ID)) {
            if (doc.hasNonNull(Fields.DUPLICATE_GROUP)) {
                groups.computeIfAbsent(doc.get(Fields.DUPLICATE_GROUP).asText(), g -> new ArrayList<>())
                        .add(doc.get(Fields.ID).asText());
            }
        }
        Set<String> pairs = new HashSet<>();
        groups.values().forEach(members -> addPairs(pairs, members));
        return pairs;
    }

    private static void addPairs(Set<String> pairs, Collection<String> ids) {
        List<String> distinct = ids.stream().distinct().sorted().toList();
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                pairs.add(distinct.get(i) + "|" + distinct.get(j));
            }
        }
    }

    private long count(String index) throws IOException {
        elasticsearch.indices().refresh(r -> r.index(index));
        return elasticsearch.count(c -> c.index(index)).count();
    }

    /** Every document of an index, paged with search_after on a unique keyword field. */
    private List<JsonNode> all(String index, String idField) throws IOException {
        elasticsearch.indices().refresh(r -> r.index(index));
        List<JsonNode> docs = new ArrayList<>();
        String after = null;
        while (true) {
            String from = after;
            List<Hit<JsonNode>> hits = elasticsearch.search(s -> {
                s.index(index).size(5_000).sort(o -> o.field(f -> f.field(idField)))
                        .source(src -> src.filter(f -> f.includes(Fields.ID, Fields.DUPLICATE_GROUP,
                                Fields.Complainant.RECORD_IDS, idField)));
                if (from != null) {
                    s.searchAfter(v -> v.stringValue(from));
                }
                return s;
            }, JsonNode.class).hits().hits();
            if (hits.isEmpty()) {
                return docs;
            }
            hits.forEach(h -> docs.add(h.source()));
            after = hits.get(hits.size() - 1).source().path(idField).asText();
        }
    }
}
