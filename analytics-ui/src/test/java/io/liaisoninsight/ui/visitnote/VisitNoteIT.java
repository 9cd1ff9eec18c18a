package io.liaisoninsight.ui.visitnote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.RealEngines;
import io.liaisoninsight.testsupport.TestNames;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.audit.AuditLog;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.KnownUsers;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.security.ScopedHits;
import io.liaisoninsight.ui.security.ScopedSearch;
import io.liaisoninsight.ui.security.SearchIntent;
import io.liaisoninsight.ui.testing.EngineBackedIT;
import io.liaisoninsight.ui.testing.Indices;
import io.liaisoninsight.ui.testing.ItEngines;
import io.liaisoninsight.ui.testing.Records;
import io.liaisoninsight.ui.testing.WebSession;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The visit-note form's service against the real broker and Elasticsearch, with the demo users: an officer's
 * note reaches the (test-prefixed) topic with their own office and place whatever the form says, and is
 * audited; invalid input publishes nothing; a broker that is down gives a Chinese message. And the office
 * rule on reading: officer-yz (office 榆中县城关镇检察室) sees their office's notes, not another office's in
 * the same township — not by search, not by id (403, audited), not in the export.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class VisitNoteIT extends EngineBackedIT {

    private static final String TOPIC_PREFIX = TestNames.indexPrefix() + ".";
    private static final String TOPIC = TOPIC_PREFIX + Source.VISIT_NOTE.topic();
    private static final String OWN_OFFICE = "榆中县城关镇检察室";
    private static final String OTHER_OFFICE = "榆中县和平镇检察室";
    private static final Instant AT = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @DynamicPropertySource
    static void ownTopic(DynamicPropertyRegistry registry) {
        registry.add("liaison.visit-notes.topic-prefix", () -> TOPIC_PREFIX);
    }

    @LocalServerPort
    int port;
    @Autowired
    VisitNoteService notes;
    @Autowired
    KnownUsers users;
    @Autowired
    ScopedSearch search;
    @Autowired
    MessageSource messages;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;
    @Autowired
    ObjectMapper json;

    @BeforeAll
    void setUp() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealEngines.get().kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
        Indices.index(client, names, List.of(
                note("VN-OWN-1", OWN_OFFICE, "本室走访记录", "走访群众反映道路问题。"),
                note("VN-OTHER-1", OTHER_OFFICE, "他室走访记录", "走访企业反映用工问题。"),
                Records.record("P-YZ-1", Source.PETITION, AT, "榆中县", "城关镇", "信访件", "群众来访。")));
    }

    private static Map<String, Object> note(String id, String office, String title, String content) {
        Map<String, Object> note = Records.record(id, Source.VISIT_NOTE, AT, "榆中县", "城关镇", title, content);
        note.put(Fields.VisitNote.OFFICE, office);
        return note;
    }

    private CurrentUser officer() {
        return users.byUsername("officer-yz").orElseThrow();
    }

    private String zh(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void officersNoteReachesTheTopicWithTheAccountsOfficeAndPlaceAndIsAudited() throws IOException {
        VisitNoteDraft draft = new VisitNoteDraft(null, "东岗村", LocalDateTime.now(clock).minusHours(3),
                VisitNoteDraft.Function.RECEIVE, VisitNoteDraft.Urgency.URGENT, "群众反映灌溉水渠损坏", "接待群众三人。");

        VisitNoteService.Submitted submitted = notes.submit(officer(), draft);

        assertThat(submitted.id()).matches("vn-[0-9a-f-]{36}");
        assertThat(submitted.topic()).isEqualTo(TOPIC);
        assertThat(submitted.audited()).isTrue();
        assertThat(zh("visitnote.submitted", submitted.id())).startsWith("已提交").contains(submitted.id());
        JsonNode message = json.readTree(messagesOnTopic().stream().filter(r -> submitted.id().equals(r.key()))
                .findFirst().orElseThrow().value());
        assertThat(message.path("id").asText()).isEqualTo(submitted.id());
        assertThat(message.path("office").asText()).isEqualTo(OWN_OFFICE);
        assertThat(message.path("officer").asText()).isEqualTo(officer().displayName());
        assertThat(message.path("district").asText()).isEqualTo("榆中县");
        assertThat(message.path("township").asText()).isEqualTo("城关镇");
        assertThat(message.path("function").asText()).isEqualTo("RECEIVE");
        assertThat(message.path("visitedAt").asText()).endsWith("+08:00");
        List<ObjectNode> entries = Indices.audit(client, names, "officer-yz", AuditAction.VISIT_NOTE_SUBMITTED);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("target").asText()).isEqualTo(submitted.id());
            assertThat(e.path("outcome").asText()).isEqualTo("SUCCESS");
        });
    }

    @Test
    void aForgedTownshipOrInvalidInputPublishesNothingAndNamesTheFieldsInChinese() {
        long before = endOffset();
        VisitNoteDraft forged = new VisitNoteDraft(io.liaisoninsight.ui.security.Scope.Township.parse("永登县/城关镇"),
                null, LocalDateTime.now(clock).minusDays(1), VisitNoteDraft.Function.COLLECT,
                VisitNoteDraft.Urgency.ROUTINE, "标题", "内容");
        assertThatThrownBy(() -> notes.submit(officer(), forged)).isInstanceOfSatisfying(VisitNoteService.Invalid.class,
                e -> assertThat(e.problems()).extracting(VisitNoteProblem::field).contains("township"));

        VisitNoteDraft invalid = new VisitNoteDraft(null, null, LocalDateTime.now(clock).plusDays(1),
                VisitNoteDraft.Function.COLLECT, VisitNoteDraft.Urgency.ROUTINE, " ", "字".repeat(20001));
        assertThatThrownBy(() -> notes.submit(officer(), invalid)).isInstanceOfSatisfying(VisitNoteService.Invalid.class,
                e -> assertThat(e.problems().stream().map(p -> p.message(this::zh)).toList())
                        .containsExactlyInAnyOrder("走访时间：不能晚于当前时间", "标题：必填", "内容：不能超过 20000 个字符"));

        assertThat(endOffset()).isEqualTo(before);
    }

    @Test
    void brokerDownGivesAChineseMessageNotAStackTrace() throws IOException {
        KafkaProperties dead = new KafkaProperties();
        dead.setBootstrapServers(List.of("127.0.0.1:1"));
        VisitNotePublisher publisher = new VisitNotePublisher(dead, new VisitNoteSettings("", Duration.ofSeconds(2)));
        VisitNoteService down = new VisitNoteService(publisher, audit, clock, json);
        VisitNoteDraft draft = new VisitNoteDraft(null, null, LocalDateTime.now(clock).minusHours(1),
                VisitNoteDraft.Function.REPORT, VisitNoteDraft.Urgency.URGENT, "标题", "内容");
        try {
            long started = System.nanoTime();
            assertThatThrownBy(() -> down.submit(officer(), draft)).isInstanceOf(VisitNoteService.NotSent.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        } finally {
            publisher.destroy();
        }
        assertThat(zh("visitnote.error.notSent")).contains("消息队列暂时不可用", "未能提交");
        assertThat(Indices.audit(client, names, "officer-yz", AuditAction.VISIT_NOTE_SUBMITTED))
                .anySatisfy(e -> assertThat(e.path("outcome").asText()).isEqualTo("FAILURE"));
    }

    @Test
    void officerSeesOwnOfficesNotesOnlyBySearchByIdAndInTheExport() throws IOException {
        ScopedHits hits = search.search(officer(), SearchIntent.of("visit notes"), null, r -> r.size(100));
        Set<String> ids = hits.hits().stream().map(ScopedHits.Hit::id).collect(Collectors.toSet());
        assertThat(ids).contains("VN-OWN-1", "P-YZ-1").doesNotContain("VN-OTHER-1");
        assertThat(search.count(officer(), null)).isEqualTo(ids.size());
        CurrentUser leader = users.byUsername("leader").orElseThrow();
        assertThat(search.search(leader, SearchIntent.of("all"), null, r -> r.size(100)).hits())
                .extracting(ScopedHits.Hit::id).contains("VN-OWN-1", "VN-OTHER-1");

        WebSession session = WebSession.loggedIn(port, "officer-yz", ItEngines.DEMO_PASSWORD);
        assertThat(session.get("/api/records/VN-OWN-1").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = session.get("/api/records/VN-OTHER-1");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("用工");
        assertThat(Indices.audit(client, names, "officer-yz", AuditAction.RECORD_VIEW)).anySatisfy(e -> {
            assertThat(e.path("target").asText()).isEqualTo("VN-OTHER-1");
            assertThat(e.path("outcome").asText()).isEqualTo("DENIED");
        });

        HttpResponse<String> csv = session.get("/api/search/export.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("VN-OWN-1", "P-YZ-1").doesNotContain("VN-OTHER-1", "他室走访记录");
    }

    @Test
    void onlyLiaisonOfficersMayOpenTheForm() {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        for (String name : List.of("leader", "analyst-cg", "analyst-xg", "officer-yz", "auditor", "admin")) {
            CurrentUser user = users.byUsername(name).orElseThrow();
            Principal principal = () -> name;
            boolean allowed = checker.hasAccess(VisitNoteView.class, principal,
                    role -> user.roles().stream().anyMatch(r -> r.name().equals(role)));
            assertThat(allowed).as(name).isEqualTo(user.hasRole(Role.LIAISON_OFFICER));
        }
        CurrentUser analyst = users.byUsername("analyst-cg").orElseThrow();
        VisitNoteDraft draft = new VisitNoteDraft(null, null, LocalDateTime.now(clock).minusHours(1),
                VisitNoteDraft.Function.REPORT, VisitNoteDraft.Urgency.URGENT, "标题", "内容");
        long before = endOffset();
        assertThatThrownBy(() -> notes.submit(analyst, draft))
                .isInstanceOf(io.liaisoninsight.ui.security.NotPermittedException.class);
        assertThat(endOffset()).isEqualTo(before);
    }

    private List<ConsumerRecord<String, String>> messagesOnTopic() {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(found::add);
            }
        }
        return found;
    }

    private long endOffset() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            return Optional.ofNullable(consumer.endOffsets(List.of(partition)).get(partition)).orElse(0L);
        }
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealEngines.get().kafkaBootstrap(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
    }

    @AfterAll
    void dropTopic(Engines engines) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafkaBootstrap()))) {
            admin.deleteTopics(List.of(TOPIC)).all().get();
        }
    }
}
