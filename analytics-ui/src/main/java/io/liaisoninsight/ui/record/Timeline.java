package io.liaisoninsight.ui.record;

import io.liaisoninsight.ui.system.StoredFields;
import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.PetitionStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A record's status and reply timeline, judged at a given moment: when it arrived, when the procedural
 * and substantive replies were due and given, and how many days a deadline is overdue if passed without
 * the reply (while the matter is open). Pure.
 */
final class Timeline {

    enum Kind { RECEIVED, VISITED, PUBLISHED, PROCEDURAL_DUE, PROCEDURAL_REPLY, SUBSTANTIVE_DUE, SUBSTANTIVE_REPLY, INGESTED }

    /**
     * @param overdueDays for a deadline passed without its reply: whole days since; else null
     * @param pending     a deadline not yet reached and not yet met
     */
    record Entry(Kind kind, Instant at, Long overdueDays, boolean pending) {
    }

    private Timeline() {
    }

    static List<Entry> of(JsonNode record, Instant now, ZoneId zone) {
        List<Entry> entries = new ArrayList<>();
        add(entries, Kind.RECEIVED, record, Fields.Petition.RECEIVED_AT);
        add(entries, Kind.VISITED, record, Fields.VisitNote.VISITED_AT);
        add(entries, Kind.PUBLISHED, record, Fields.MediaReport.PUBLISHED_AT);
        String status = StoredFields.text(record, Fields.Petition.STATUS);
        boolean settled = PetitionStatus.REPLIED.name().equals(status) || PetitionStatus.CLOSED.name().equals(status);
        deadline(entries, record, Kind.PROCEDURAL_DUE, Fields.Petition.PROCEDURAL_REPLY_DUE_AT,
                Fields.Petition.PROCEDURAL_REPLY_AT, settled, now, zone);
        add(entries, Kind.PROCEDURAL_REPLY, record, Fields.Petition.PROCEDURAL_REPLY_AT);
        deadline(entries, record, Kind.SUBSTANTIVE_DUE, Fields.Petition.SUBSTANTIVE_REPLY_DUE_AT,
                Fields.Petition.SUBSTANTIVE_REPLY_AT, settled, now, zone);
        add(entries, Kind.SUBSTANTIVE_REPLY, record, Fields.Petition.SUBSTANTIVE_REPLY_AT);
        add(entries, Kind.INGESTED, record, Fields.INGESTED_AT);
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }

    private static void add(List<Entry> entries, Kind kind, JsonNode record, String field) {
        Instant at = StoredFields.instant(record, field);
        if (at != null) {
            entries.add(new Entry(kind, at, null, false));
        }
    }

    private static void deadline(List<Entry> entries, JsonNode record, Kind kind, String dueField, String doneField,
                                 boolean settled, Instant now, ZoneId zone) {
        Instant due = StoredFields.instant(record, dueField);
        if (due == null) {
            return;
        }
        boolean done = settled || StoredFields.instant(record, doneField) != null;
        if (done) {
            entries.add(new Entry(kind, due, null, false));
        } else if (due.isBefore(now)) {
            long days = Math.max(1, ChronoUnit.DAYS.between(due.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate()));
            entries.add(new Entry(kind, due, days, false));
        } else {
            entries.add(new Entry(kind, due, null, true));
        }
    }
}
