package io.liaisoninsight.ingest.enrich.deadline;

import io.liaisoninsight.ingest.record.IncomingRecord;
import io.liaisoninsight.ingest.record.Petition;

import java.time.OffsetDateTime;
import java.time.Period;

/**
 * When a petition's replies are due: the procedural reply (告知) within 7 days of receipt, the
 * substantive reply within 3 months; matters referred by deputies and members have the same 3
 * months. Calendar arithmetic in the record's own offset, same time of day; a month end that the
 * target month lacks becomes its last day (Nov 30 + 3 months = Feb 28, or 29 in a leap year).
 * Whether a reply is overdue depends on the current time, so that is decided at query time.
 */
public final class ReplyDeadlines {

    public static final Period PROCEDURAL_REPLY = Period.ofDays(7);
    public static final Period SUBSTANTIVE_REPLY = Period.ofMonths(3);

    /** Null for visit notes and media reports, which have no reply deadline. */
    public record Due(OffsetDateTime proceduralReply, OffsetDateTime substantiveReply) {
        public static final Due NONE = new Due(null, null);
    }

    public Due of(IncomingRecord record) {
        if (!(record instanceof Petition petition) || petition.receivedAt() == null) {
            return Due.NONE;
        }
        OffsetDateTime received = petition.receivedAt();
        return new Due(received.plus(PROCEDURAL_REPLY), received.plus(SUBSTANTIVE_REPLY));
    }
}
