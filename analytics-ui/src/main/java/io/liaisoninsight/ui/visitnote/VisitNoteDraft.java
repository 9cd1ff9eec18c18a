package io.liaisoninsight.ui.visitnote;

import io.liaisoninsight.ui.security.Scope;

import java.time.LocalDateTime;

/**
 * What a liaison officer types into the visit-note form. Office, officer, district and township are not
 * here: they come from the signed-in user ({@link VisitNoteService}); {@code township} is only a choice
 * among the user's own townships, checked on the server.
 *
 * @param township  one of the officer's townships (null: the only one they have)
 * @param village   village or community, optional
 * @param visitedAt local time of the visit in the configured zone (Asia/Shanghai)
 */
public record VisitNoteDraft(Scope.Township township, String village, LocalDateTime visitedAt, Function function,
                             Urgency urgency, String title, String content) {

    /** The four duties of a liaison office (labels {@code visitnote.function.NAME}). */
    public enum Function {
        COLLECT, REPORT, PUBLICIZE, RECEIVE
    }

    /** Urgent reports go in at once, routine ones periodically (labels {@code visitnote.urgency.NAME}). */
    public enum Urgency {
        URGENT, ROUTINE
    }
}
