package io.liaisoninsight.ingest.complainant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.liaisoninsight.schema.OverdueRule;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One petition as seen from a complainant's profile: enough to recompute the profile's counts and
 * deadlines without reading the petitions again. Stored (not indexed) inside the identity document.
 *
 * @param keys the identity keys this petition carried for the person, to explain every link
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Matter(
        String id,
        String channel,
        OffsetDateTime receivedAt,
        OffsetDateTime updatedAt,
        String status,
        boolean open,
        OffsetDateTime proceduralReplyDueAt,
        OffsetDateTime proceduralReplyAt,
        OffsetDateTime substantiveReplyDueAt,
        String district,
        String township,
        String escalationLevel,
        List<String> keys) {

    /** Overdue at {@code now}: open past the substantive deadline, or unanswered past the procedural one. */
    public boolean overdue(OffsetDateTime now) {
        return OverdueRule.overdueSince(open, status, instant(proceduralReplyDueAt), instant(proceduralReplyAt),
                instant(substantiveReplyDueAt), now.toInstant()) != null;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
