package io.liaisoninsight.ingest.consume;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.ingest.deadletter.DeadLetterPublisher;
import io.liaisoninsight.ingest.IsolatedIngest;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.schema.SystemIndex;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.RealEngines;
import io.liaisoninsight.testsupport.TestNames;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline end to end against a real Kafka and Elasticsearch: records published to the
 * (test-prefixed) topics become documents; bad ones land on the dead-letter topic with a reason
 * while good ones behind them still get through; re-delivery and stale updates change nothing;
 * offsets are committed once everything is settled.
 */
@SpringBootTest
class IngestPipelineIT {

    private static final Engines engines = RealEngines.get();
    private static final String prefix = TestNames.indexPrefix();
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        IsolatedIngest.register(registry, engines, prefix);
        registry.add("liaison.ingest.max-record-bytes", () -> "65536");
    }

    @Autowired
    ElasticsearchClient elasticsearch;

    private PipelineHarness harness;

    @BeforeEach
    void harness() {
        harness = PipelineHarness.forPrefix(engines, prefix, elasticsearch);
    }

    @AfterEach
    void closeHarness() {
        harness.close();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        IsolatedIngest.cleanUp(engines, prefix);
    }

    @Test
    void everySourceRoundTripsIntoItsMonthlyIndexWithEnrichment() throws Exception {
        harness.publish(Source.PETITION, "rt-p1", TestRecords.petition("rt-p1", "2026-11-02T10:00:00+08:00", "RECEIVED"));
        harness.publish(Source.VISIT_NOTE, "rt-v1", TestRecords.visitNote("rt-v1"));
        harness.publish(Source.MEDIA_REPORT, "rt-m1", TestRecords.mediaReport("rt-m1"));

        await().atMost(WITHIN).ignoreExceptions().untilAsserted(() -> assertThat(harness.stored()).containsKeys("rt-p1", "rt-v1", "rt-m1"));
        Map<String, JsonNode> stored = harness.stored();
        JsonNode petition = stored.get("rt-p1");
        assertThat(petition.path(Fields.SOURCE).asText()).isEqualTo("PETITION");
        assertThat(petition.path(Fields.OCCURRED_AT).asText()).isEqualTo("2026-11-01T09:30+08:00");
        assertThat(petition.path(Fields.Petition.PROCEDURAL_REPLY_DUE_AT).asText()).isEqualTo("2026-11-08T09:30+08:00");
        assertThat(petition.path(Fields.Petition.SUBSTANTIVE_REPLY_DUE_AT).asText()).isEqualTo("2027-02-01T09:30+08:00");
        assertThat(petition.path(Fields.IDENTITY_KEYS)).isNotEmpty();
        assertThat(petition.toString()).doesNotContain("62010219800101123" + "X").as("no raw ID number in keys");
        assertThat(petition.path(Fields.KEY_TERMS).toString()).contains("拆迁");
        assertThat(stored.get("rt-v1").path(Fields.VisitNote.URGENCY).asText()).isEqualTo("URGENT");
        assertThat(stored.get("rt-m1").path("reach").path("views").asLong()).isEqualTo(120000);
        assertThat(stored.get("rt-m1").path(Fields.RISK_LEVEL).asText()).isNotEmpty();
    }

    @Test
    void badRecordsAreDeadLetteredWithAReasonAndThePipelineGoesOn() {
        String good = TestRecords.petition("bad-good", "2026-11-02T10:00:00+08:00", "RECEIVED");
        harness.publish(Source.PETITION, "bad-json", "{\"id\":\"bad-json\",\"title\":");
        harness.publish(Source.PETITION, "bad-type", good.replace("\"bad-good\"", "\"bad-type\"")
                .replace("\"headcount\":1", "\"headcount\":\"很多\""));
        harness.publish(Source.PETITION, "bad-missing", good.replace("\"bad-good\"", "\"bad-missing\"")
                .replace("\"status\":\"RECEIVED\"", "\"category2\":\"x\""));
        harness.publish(Source.PETITION, "bad-big", good.replace("\"bad-good\"", "\"bad-big\"")
                .replace("请求依法处理。", "请求依法处理。".repeat(5_000)));
        harness.publish(Source.PETITION, "bad-date", good.replace("\"bad-good\"", "\"bad-date\"")
                .replace("2026-11-01T09:30:00+08:00", "2026-13-45T99:99:00+08:00"));
        harness.publish(Source.PETITION, "bad-id", good.replace("\"bad-good\"", "\"bad-id\"")
                .replace(TestRecords.idNumber("62010219800101123"), "620102198001011230"));
        harness.publish(Source.PETITION, "bad-good", good);

        await().atMost(WITHIN).ignoreExceptions().untilAsserted(() -> assertThat(harness.stored()).containsKey("bad-good"));
        await().atMost(WITHIN).ignoreExceptions().untilAsserted(() -> assertThat(lettersByKey()).containsKeys(
                "bad-json", "bad-type", "bad-missing", "bad-big", "bad-date", "bad-id"));
        Map<String, ConsumerRecord<byte[], byte[]>> letters = lettersByKey();
        assertThat(PipelineHarness.reason(letters.get("bad-json"))).contains("不是合法的 JSON");
        assertThat(PipelineHarness.reason(letters.get("bad-type"))).contains("headcount");
        assertThat(PipelineHarness.reason(letters.get("bad-missing"))).contains("status").contains("category2");
        assertThat(PipelineHarness.reason(letters.get("bad-big"))).contains("记录过大");
        assertThat(PipelineHarness.reason(letters.get("bad-date"))).contains("receivedAt");
        assertThat(PipelineHarness.reason(letters.get("bad-id"))).contains("complainants[0].idNumber");
        ConsumerRecord<byte[], byte[]> json = letters.get("bad-json");
        assertThat(new String(json.value(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"bad-json\",\"title\":");
        assertThat(PipelineHarness.header(json, DeadLetterPublisher.SOURCE_TOPIC)).isEqualTo(prefix + ".petitions.v1");
        assertThat(PipelineHarness.header(json, DeadLetterPublisher.SOURCE_OFFSET)).isNotBlank();
        assertThat(PipelineHarness.header(json, DeadLetterPublisher.STAGE)).isEqualTo("VALIDATION");
        await().atMost(WITHIN).ignoreExceptions().until(harness::everythingCommitted);
    }

    @Test
    void redeliveryStoresOneDocumentAndStaleUpdatesAreIgnored() throws Exception {
        String first = TestRecords.petition("upd-1", "2026-11-02T10:00:00+08:00", "RECEIVED");
        String newer = TestRecords.petition("upd-1", "2026-11-05T10:00:00+08:00", "REPLIED");
        String older = TestRecords.petition("upd-1", "2026-11-03T10:00:00+08:00", "IN_PROGRESS");
        harness.publish(Source.PETITION, "upd-1", first);
        harness.publish(Source.PETITION, "upd-1", first);
        harness.publish(Source.PETITION, "upd-1", newer);
        harness.publish(Source.PETITION, "upd-1", older);
        harness.publish(Source.PETITION, "upd-1", newer);
        harness.publish(Source.PETITION, "upd-marker", TestRecords.petition("upd-marker", "2026-11-02T10:00:00+08:00", "RECEIVED"));

        await().atMost(WITHIN).ignoreExceptions().untilAsserted(() -> assertThat(harness.stored()).containsKey("upd-marker"));
        await().atMost(WITHIN).ignoreExceptions().until(harness::everythingCommitted);
        assertThat(harness.count("upd-1")).isEqualTo(1);
        assertThat(harness.stored().get("upd-1").path(Fields.Petition.STATUS).asText()).isEqualTo("REPLIED");
    }

    @Test
    void namesakesWithoutNumbersAreNeverMergedWithEachOtherOrWithAnyone() throws Exception {
        // Two people called 张秀英 in one township, each with an ID number, and two more who gave none.
        harness.publish(Source.PETITION, "ns-1", TestRecords.petitionBy("ns-1", TestRecords.person("张秀英", "62010219650203456", null)));
        harness.publish(Source.PETITION, "ns-2", TestRecords.petitionBy("ns-2", TestRecords.person("张秀英", "62010219720911234", null)));
        harness.publish(Source.PETITION, "ns-3", TestRecords.petitionBy("ns-3", TestRecords.person("张秀英", null, null)));
        harness.publish(Source.PETITION, "ns-4", TestRecords.petitionBy("ns-4", TestRecords.person("张秀英", null, null)));
        // Delivered twice in one batch: still one person, not two namesakes competing for one id.
        harness.publish(Source.PETITION, "ns-3", TestRecords.petitionBy("ns-3", TestRecords.person("张秀英", null, null)));
        harness.publish(Source.PETITION, "ns-5", TestRecords.petitionBy("ns-5", TestRecords.person("张秀英", "62010219650203456", "13909317777")));

        await().atMost(WITHIN).ignoreExceptions().untilAsserted(() -> assertThat(harness.stored()).containsKeys(
                "ns-1", "ns-2", "ns-3", "ns-4", "ns-5"));
        Map<String, JsonNode> stored = harness.stored();
        String first = stored.get("ns-1").path(Fields.IDENTITY_IDS).get(0).asText();
        assertThat(stored.get("ns-5").path(Fields.IDENTITY_IDS).get(0).asText()).as("same ID number").isEqualTo(first);
        List<String> identities = List.of("ns-1", "ns-2", "ns-3", "ns-4").stream()
                .map(id -> stored.get(id).path(Fields.IDENTITY_IDS).get(0).asText()).toList();
        assertThat(identities).doesNotHaveDuplicates();
    }

    @Test
    void aLaterStatusUpdateOfANamesakesPetitionKeepsItsIdentity() throws Exception {
        // Two 李桂兰 in one township with ID numbers, and a third who gave none: her name + township key
        // has several holders, so she is an identity of her own ("cp-p-…").
        harness.publish(Source.PETITION, "nu-1", TestRecords.petitionBy("nu-1", TestRecords.person("李桂兰", "62010219580304561", null)));
        harness.publish(Source.PETITION, "nu-2", TestRecords.petitionBy("nu-2", TestRecords.person("李桂兰", "62010219660712342", null)));
        harness.publish(Source.PETITION, "nu-3", TestRecords.petitionBy("nu-3", TestRecords.person("李桂兰", null, null)));
        await().atMost(WITHIN).ignoreExceptions().untilAsserted(() -> assertThat(harness.stored()).containsKeys("nu-1", "nu-2", "nu-3"));
        await().atMost(WITHIN).ignoreExceptions().until(harness::everythingCommitted);
        String before = harness.stored().get("nu-3").path(Fields.IDENTITY_IDS).get(0).asText();
        assertThat(before).startsWith("cp-p-");

        // The status update arrives in a later batch; it used to be re-derived as a new identity with
        // the stored one's id, answered 409 and retried for ever, stopping the partition.
        harness.publish(Source.PETITION, "nu-3", TestRecords.petition("nu-3", "2026-11-09T10:00:00+08:00", "REPLIED",
                TestRecords.person("李桂兰", null, null)));
        harness.publish(Source.PETITION, "nu-marker", TestRecords.petitionBy("nu-marker", TestRecords.person("周海", null, null)));

        await().atMost(WITHIN).ignoreExceptions().untilAsserted(() -> assertThat(harness.stored()).containsKey("nu-marker"));
        await().atMost(WITHIN).ignoreExceptions().until(harness::everythingCommitted);
        JsonNode updated = harness.stored().get("nu-3");
        assertThat(updated.path(Fields.Petition.STATUS).asText()).isEqualTo("REPLIED");
        assertThat(updated.path(Fields.IDENTITY_IDS).get(0).asText()).isEqualTo(before);
        String complainants = new IndexNames(prefix, IndexNames.DEFAULT_ZONE).alias(SystemIndex.COMPLAINANTS);
        elasticsearch.indices().refresh(r -> r.index(complainants));
        var holders = elasticsearch.search(s -> s.index(complainants).query(q -> q.term(t -> t
                .field(Fields.Complainant.RECORD_IDS).value("nu-3"))), JsonNode.class).hits().hits();
        assertThat(holders).as("one identity holds the petition").hasSize(1);
        assertThat(holders.get(0).id()).isEqualTo(before);
    }

    @Test
    void someoneWhoFirstWroteWithoutANumberIsJoinedWhenTheyLaterGiveOne() throws Exception {
        publishAndSettle("nn-1", TestRecords.person("王建华", null, null));
        // 王建华 now gives an ID number: the one identity holding his name + township joins him.
        publishAndSettle("nn-2", TestRecords.person("王建华", "62010219700505123", null));
        assertThat(identityOf(harness.stored(), "nn-2")).isEqualTo(identityOf(harness.stored(), "nn-1"));

        // Two 陈国栋 with different numbers hold the key before a third writes without one: he is joined to
        // neither, and stays apart when one of the two writes again.
        publishAndSettle("nn-3", TestRecords.person("陈国栋", "62010219610101456", null));
        publishAndSettle("nn-4", TestRecords.person("陈国栋", "62010219770707789", null));
        publishAndSettle("nn-5", TestRecords.person("陈国栋", null, null));
        publishAndSettle("nn-6", TestRecords.person("陈国栋", "62010219610101456", null));
        Map<String, JsonNode> stored = harness.stored();
        assertThat(identityOf(stored, "nn-6")).isEqualTo(identityOf(stored, "nn-3"));
        assertThat(List.of(identityOf(stored, "nn-3"), identityOf(stored, "nn-4"), identityOf(stored, "nn-5")))
                .doesNotHaveDuplicates();
    }

    /** One petition by one person, in a batch of its own. */
    private void publishAndSettle(String id, String person) throws Exception {
        harness.publish(Source.PETITION, id, TestRecords.petitionBy(id, person));
        await().atMost(WITHIN).ignoreExceptions().untilAsserted(() -> assertThat(harness.stored()).containsKey(id));
        await().atMost(WITHIN).ignoreExceptions().until(harness::everythingCommitted);
    }

    private static String identityOf(Map<String, JsonNode> stored, String recordId) {
        return stored.get(recordId).path(Fields.IDENTITY_IDS).get(0).asText();
    }

    private Map<String, ConsumerRecord<byte[], byte[]>> lettersByKey() {
        List<ConsumerRecord<byte[], byte[]>> letters = harness.deadLetters();
        return letters.stream().filter(l -> l.key() != null).collect(java.util.stream.Collectors.toMap(
                l -> new String(l.key(), StandardCharsets.UTF_8), l -> l, (a, b) -> b));
    }
}
