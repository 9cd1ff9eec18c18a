package io.liaisoninsight.schema;

import java.time.Instant;

/**
 * When a petition is overdue (逾期), the one rule the ingest service (complainant profiles) and the UI
 * (profiles, badges) share: an open matter past its substantive-reply deadline, or one still only
 * received (no procedural reply) past its procedural-reply deadline.
 */
public final class OverdueRule {

    private OverdueRule() {
    }

    /**
     * The deadline the matter is overdue on at {@code now} (the substantive one first), or null when it is
     * not overdue. Null deadlines never count.
     */
    public static Instant overdueSince(boolean open, String status, Instant proceduralReplyDueAt,
                                       Instant proceduralReplyAt, Instant substantiveReplyDueAt, Instant now) {
        if (!open) {
            return null;
        }
        if (substantiveReplyDueAt != null && substantiveReplyDueAt.isBefore(now)) {
            return substantiveReplyDueAt;
        }
        if (proceduralReplyAt == null && proceduralReplyDueAt != null && proceduralReplyDueAt.isBefore(now)
                && PetitionStatus.RECEIVED.name().equals(status)) {
            return proceduralReplyDueAt;
        }
        return null;
    }
}
