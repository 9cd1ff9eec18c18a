package io.liaisoninsight.ui.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision or follow-up recorded at a meeting.
 *
 * @param id        unique within the meeting
 * @param kind      meeting opinion, leader's instruction (批示) or supervised follow-up (督办)
 * @param text      what was decided
 * @param owner     who carries it out (unit or person, as written); may be null
 * @param dueAt     by when; may be null
 * @param status    open or done
 * @param decidedBy user name of who recorded it
 * @param decidedAt when it was recorded
 */
public record Decision(String id, Kind kind, String text, String owner, LocalDate dueAt, Status status,
                       String decidedBy, Instant decidedAt) {

    /** Stored by name; labelled in the bundles ({@code meeting.decision.kind.NAME}). */
    public enum Kind { DECISION, INSTRUCTION, SUPERVISION }

    /** Stored by name; labelled in the bundles ({@code meeting.decision.status.NAME}). */
    public enum Status { OPEN, DONE }

    /** Longest decision text kept. */
    public static final int MAX_TEXT = 4000;

    public Decision withStatus(Status next) {
        return new Decision(id, kind, text, owner, dueAt, next, decidedBy, decidedAt);
    }
}
