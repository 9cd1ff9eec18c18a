package io.liaisoninsight.ui.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.ui.search.Deadlines.Badge;
import io.liaisoninsight.ui.search.Deadlines.Kind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static ObjectNode petition(String status) {
        ObjectNode p = new ObjectMapper().createObjectNode();
        p.put("status", status);
        return p;
    }

    private static java.util.List<Badge> badges(ObjectNode record) {
        return Deadlines.badges(record, NOW, ZONE, Duration.ofDays(3), 5);
    }

    @Test
    void passedDeadlineWithoutReplyIsOverdueByLocalDays() {
        ObjectNode p = petition("RECEIVED");
        p.put("proceduralReplyDueAt", "2026-11-10T10:00:00+08:00");
        p.put("substantiveReplyDueAt", "2027-02-03T10:00:00+08:00");
        assertThat(badges(p)).containsExactly(new Badge(Kind.PROCEDURAL_OVERDUE, 10));
    }

    @Test
    void givenRepliesAndSettledMattersAreNeverOverdue() {
        ObjectNode replied = petition("IN_PROGRESS");
        replied.put("proceduralReplyDueAt", "2026-11-10T10:00:00+08:00");
        replied.put("proceduralReplyAt", "2026-11-12T10:00:00+08:00");
        assertThat(badges(replied)).isEmpty();
        ObjectNode closed = petition("CLOSED");
        closed.put("substantiveReplyDueAt", "2026-10-10T10:00:00+08:00");
        assertThat(badges(closed)).isEmpty();
    }

    @Test
    void dueSoonAndCollective() {
        ObjectNode p = petition("IN_PROGRESS");
        p.put("substantiveReplyDueAt", "2026-11-22T09:00:00+08:00");
        p.put("headcount", 12);
        assertThat(badges(p)).containsExactly(new Badge(Kind.SUBSTANTIVE_DUE_SOON, 2), new Badge(Kind.COLLECTIVE, 12));
    }

    @Test
    void aDeadlineEarlierTodayIsOneDayOverdue() {
        ObjectNode p = petition("RECEIVED");
        p.put("proceduralReplyDueAt", "2026-11-20T08:00:00+08:00");
        assertThat(badges(p)).containsExactly(new Badge(Kind.PROCEDURAL_OVERDUE, 1));
    }
}
