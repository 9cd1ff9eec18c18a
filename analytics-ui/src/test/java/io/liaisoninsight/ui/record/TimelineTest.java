package io.liaisoninsight.ui.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void petitionDeadlinesInOrderWithOverdueAndPending() {
        ObjectNode p = new ObjectMapper().createObjectNode();
        p.put("status", "PROCEDURAL_REPLY");
        p.put("receivedAt", "2026-08-01T09:00:00+08:00");
        p.put("proceduralReplyDueAt", "2026-08-08T09:00:00+08:00");
        p.put("proceduralReplyAt", "2026-08-05T09:00:00+08:00");
        p.put("substantiveReplyDueAt", "2026-11-01T09:00:00+08:00");
        assertThat(Timeline.of(p, NOW, ZONE)).containsExactly(
                new Timeline.Entry(Timeline.Kind.RECEIVED, Instant.parse("2026-08-01T01:00:00Z"), null, false),
                new Timeline.Entry(Timeline.Kind.PROCEDURAL_REPLY, Instant.parse("2026-08-05T01:00:00Z"), null, false),
                new Timeline.Entry(Timeline.Kind.PROCEDURAL_DUE, Instant.parse("2026-08-08T01:00:00Z"), null, false),
                new Timeline.Entry(Timeline.Kind.SUBSTANTIVE_DUE, Instant.parse("2026-11-01T01:00:00Z"), 19L, false));
    }

    @Test
    void closedMattersAreNeverOverdueAndFutureDeadlinesArePending() {
        ObjectNode closed = new ObjectMapper().createObjectNode();
        closed.put("status", "CLOSED");
        closed.put("substantiveReplyDueAt", "2026-10-01T09:00:00+08:00");
        assertThat(Timeline.of(closed, NOW, ZONE).get(0).overdueDays()).isNull();
        ObjectNode open = new ObjectMapper().createObjectNode();
        open.put("status", "RECEIVED");
        open.put("substantiveReplyDueAt", "2027-01-01T09:00:00+08:00");
        assertThat(Timeline.of(open, NOW, ZONE).get(0).pending()).isTrue();
    }
}
