package io.liaisoninsight.ui.search;

import io.liaisoninsight.ui.system.StoredFields;
import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.PetitionStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static io.liaisoninsight.ui.system.StoredFields.text;

/**
 * Deadline and collective badges of a petition, judged at a given moment (never stored: "overdue" is
 * true only relative to now). A reply deadline is overdue when it has passed without that reply and the
 * matter is not replied to or closed; due soon when it falls within the warning period.
 */
final class Deadlines {

    enum Kind { PROCEDURAL_OVERDUE, SUBSTANTIVE_OVERDUE, PROCEDURAL_DUE_SOON, SUBSTANTIVE_DUE_SOON, COLLECTIVE }

    /** @param amount days overdue / days left / headcount */
    record Badge(Kind kind, long amount) {
    }

    private Deadlines() {
    }

    static List<Badge> badges(JsonNode record, Instant now, ZoneId zone, Duration dueSoon, int collectiveHeadcount) {
        List<Badge> badges = new ArrayList<>();
        boolean settled = isSettled(text(record, Fields.Petition.STATUS));
        deadline(record, Fields.Petition.PROCEDURAL_REPLY_DUE_AT, Fields.Petition.PROCEDURAL_REPLY_AT, settled, now,
                zone, dueSoon, Kind.PROCEDURAL_OVERDUE, Kind.PROCEDURAL_DUE_SOON, badges);
        deadline(record, Fields.Petition.SUBSTANTIVE_REPLY_DUE_AT, Fields.Petition.SUBSTANTIVE_REPLY_AT, settled, now,
                zone, dueSoon, Kind.SUBSTANTIVE_OVERDUE, Kind.SUBSTANTIVE_DUE_SOON, badges);
        JsonNode headcount = record.get(Fields.Petition.HEADCOUNT);
        if (headcount != null && headcount.canConvertToInt() && headcount.asInt() >= collectiveHeadcount) {
            badges.add(new Badge(Kind.COLLECTIVE, headcount.asInt()));
        }
        return badges;
    }

    /** Whole local days from {@code due} to {@code now}, at least 1 once the moment has passed. */
    static long daysOverdue(Instant due, Instant now, ZoneId zone) {
        long days = ChronoUnit.DAYS.between(due.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate());
        return Math.max(1, days);
    }

    private static void deadline(JsonNode record, String dueField, String doneField, boolean settled, Instant now,
                                 ZoneId zone, Duration dueSoon, Kind overdue, Kind soon, List<Badge> badges) {
        Instant due = StoredFields.instant(record, dueField);
        if (due == null || settled || StoredFields.instant(record, doneField) != null) {
            return;
        }
        if (due.isBefore(now)) {
            badges.add(new Badge(overdue, daysOverdue(due, now, zone)));
        } else if (!due.isAfter(now.plus(dueSoon))) {
            long left = ChronoUnit.DAYS.between(now.atZone(zone).toLocalDate(), due.atZone(zone).toLocalDate());
            badges.add(new Badge(soon, Math.max(0, left)));
        }
    }

    private static boolean isSettled(String status) {
        return PetitionStatus.REPLIED.name().equals(status) || PetitionStatus.CLOSED.name().equals(status);
    }


}
