package io.liaisoninsight.ui.complainant;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures recomputed from the matters a user may see, judged on a fixed moment. */
class ComplainantProfileSummaryTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-01T04:00:00Z");
    private static final Map<String, String> KEYS = Map.of("k-id", "ID_NUMBER", "k-phone", "PHONE", "k-name", "NAME_TOWNSHIP");

    private static Matter matter(String id, String channel, String received, String status, boolean open,
                                 String proceduralDue, String substantiveDue, String district, String township,
                                 String escalation, List<String> keys) {
        return new Matter(id, channel, Instant.parse(received), Instant.parse(received), status, open,
                proceduralDue == null ? null : Instant.parse(proceduralDue), null,
                substantiveDue == null ? null : Instant.parse(substantiveDue), district, township, escalation, keys);
    }

    // 城关区: two matters sharing the ID number key; 西固区: one sharing only the phone with the first.
    private static final Matter CG_OLD = matter("P-1", "VISIT", "2025-10-01T02:00:00Z", "IN_PROGRESS", true,
            "2025-10-08T02:00:00Z", "2026-01-01T02:00:00Z", "城关区", "皋兰路街道", "CITY", List.of("k-id", "k-phone"));
    private static final Matter CG_NEW = matter("P-2", "LETTER", "2026-02-20T02:00:00Z", "RECEIVED", true,
            "2026-02-27T02:00:00Z", "2026-05-20T02:00:00Z", "城关区", "酒泉路街道", null, List.of("k-id"));
    private static final Matter CG_CLOSED = matter("P-3", "VISIT", "2025-06-01T02:00:00Z", "CLOSED", false,
            "2025-06-08T02:00:00Z", "2025-09-01T02:00:00Z", "城关区", "皋兰路街道", "COUNTY", List.of());
    private static final Matter XG = matter("P-4", "PHONE_12309", "2026-01-15T02:00:00Z", "RECEIVED", true,
            "2026-01-22T02:00:00Z", "2026-04-15T02:00:00Z", "西固区", "陈坪街道", "PROVINCE", List.of("k-phone"));

    @Test
    void countsComeFromTheGivenMattersOnly() {
        ProfileSummary s = ProfileSummary.of(List.of(CG_OLD, CG_NEW, CG_CLOSED), KEYS, NOW);

        assertThat(s.contactCount()).isEqualTo(3);
        assertThat(s.openMatters()).isEqualTo(2);
        // P-1 past its substantive deadline; P-2 unanswered past its procedural one; P-3 closed.
        assertThat(s.overdueMatters()).isEqualTo(2);
        assertThat(s.channelContacts()).containsExactly(Map.entry("LETTER", 1L), Map.entry("VISIT", 2L));
        assertThat(s.districts()).containsExactly("城关区");
        assertThat(s.townships()).containsExactly("城关区/皋兰路街道", "城关区/酒泉路街道");
        assertThat(s.firstContactAt()).isEqualTo(Instant.parse("2025-06-01T02:00:00Z"));
        assertThat(s.lastContactAt()).isEqualTo(Instant.parse("2026-02-20T02:00:00Z"));
        assertThat(s.escalationLevel()).isEqualTo("CITY");
    }

    @Test
    void linkedByCountsOnlyKeysSharedWithinTheGivenMatters() {
        assertThat(ProfileSummary.of(List.of(CG_OLD, CG_NEW), KEYS, NOW).linkedBy()).containsExactly("ID_NUMBER");
        assertThat(ProfileSummary.of(List.of(CG_OLD, CG_NEW, XG), KEYS, NOW).linkedBy())
                .containsExactly("ID_NUMBER", "PHONE");
        // The 城关区 matter alone: its phone joined it to 西固区, which this reader does not see.
        assertThat(ProfileSummary.of(List.of(CG_OLD), KEYS, NOW).linkedBy()).isEmpty();
        assertThat(ProfileSummary.of(List.of(CG_OLD, CG_CLOSED), KEYS, NOW).linkedBy()).isEmpty();
    }

    @Test
    void everythingIsFromTheWholeListWhenAllMattersAreVisible() {
        ProfileSummary all = ProfileSummary.of(List.of(CG_OLD, CG_NEW, CG_CLOSED, XG), KEYS, NOW);
        assertThat(all.contactCount()).isEqualTo(4);
        assertThat(all.overdueMatters()).isEqualTo(3);
        assertThat(all.districts()).containsExactly("城关区", "西固区");
        assertThat(all.escalationLevel()).isEqualTo("PROVINCE");
        assertThat(all.channelContacts()).containsKeys("PHONE_12309");
    }

    @Test
    void noMattersNoFigures() {
        ProfileSummary none = ProfileSummary.of(List.of(), KEYS, NOW);
        assertThat(none.contactCount()).isZero();
        assertThat(none.firstContactAt()).isNull();
        assertThat(none.escalationLevel()).isNull();
        assertThat(none.linkedBy()).isEmpty();
    }

    @Test
    void overdueDaysAreWholeLocalDaysSinceTheMissedDeadline() {
        // Substantive deadline 2026-01-01 10:00 local, now 2026-03-01 12:00 local: 59 days.
        assertThat(CG_OLD.overdueDays(NOW, ZONE)).isEqualTo(59L);
        // Procedural deadline 2026-02-27 10:00 local, status still RECEIVED: 2 days.
        assertThat(CG_NEW.overdueDays(NOW, ZONE)).isEqualTo(2L);
        assertThat(CG_CLOSED.overdueDays(NOW, ZONE)).isNull();
        // A procedural deadline missed after a procedural-reply status is not overdue (as ingest judges it).
        Matter replied = matter("P-5", "VISIT", "2026-02-01T02:00:00Z", "PROCEDURAL_REPLY", true,
                "2026-02-08T02:00:00Z", "2026-05-01T02:00:00Z", "城关区", null, null, List.of());
        assertThat(replied.overdue(NOW)).isFalse();
    }

    @Test
    void mattersAreReadAsIngestWritesThem() throws Exception {
        Matter m = Matter.fromJson(new ObjectMapper().readTree("""
                {"id":"P-9","channel":"VISIT","receivedAt":"2026-02-01T09:30:00+08:00",
                 "updatedAt":"2026-02-02T09:30:00+08:00","status":"RECEIVED","open":true,
                 "proceduralReplyDueAt":"2026-02-08T09:30:00+08:00","substantiveReplyDueAt":1777599000,
                 "district":"城关区","township":"皋兰路街道","escalationLevel":"CITY","keys":["k-id"]}"""));
        assertThat(m.id()).isEqualTo("P-9");
        assertThat(m.receivedAt()).isEqualTo(Instant.parse("2026-02-01T01:30:00Z"));
        assertThat(m.substantiveReplyDueAt()).isEqualTo(Instant.ofEpochSecond(1777599000));
        assertThat(m.open()).isTrue();
        assertThat(m.keys()).containsExactly("k-id");
        assertThat(Matter.fromJson(new ObjectMapper().readTree("{\"channel\":\"VISIT\"}"))).isNull();
    }
}
