package io.liaisoninsight.ui.complainant;

import io.liaisoninsight.ui.system.StoredFields;
import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.schema.OverdueRule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One petition as the complainants index summarises it inside an identity ({@code matters[]}, written by
 * ingest's {@code complainant.Matter}): enough to show the matter and to recompute a profile's counts
 * for the matters a user may see. Pure.
 *
 * @param keys keyed hashes of the identity keys this petition carried for the person: internal, used only to
 *             recompute how the user's matters are linked; never shown or returned
 */
record Matter(String id, String channel, Instant receivedAt, Instant updatedAt, String status, boolean open,
              Instant proceduralReplyDueAt, Instant proceduralReplyAt, Instant substantiveReplyDueAt,
              String district, String township, String escalationLevel, List<String> keys) {

    Matter {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    /** Reads one element of {@code matters[]}; null when it has no id. */
    static Matter fromJson(JsonNode m) {
        String id = text(m, "id");
        if (id == null) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        m.path("keys").forEach(k -> keys.add(k.asText()));
        return new Matter(id, text(m, "channel"), instant(m, "receivedAt"), instant(m, "updatedAt"), text(m, "status"),
                m.path("open").asBoolean(false), instant(m, "proceduralReplyDueAt"), instant(m, "proceduralReplyAt"),
                instant(m, "substantiveReplyDueAt"), text(m, "district"), text(m, "township"),
                text(m, "escalationLevel"), keys);
    }

    /** The same rule as ingest: open past the substantive deadline, or unanswered past the procedural one. */
    boolean overdue(Instant now) {
        return overdueSince(now) != null;
    }

    /** The deadline this open matter is overdue on (substantive first), or null. */
    Instant overdueSince(Instant now) {
        return OverdueRule.overdueSince(open, status, proceduralReplyDueAt, proceduralReplyAt, substantiveReplyDueAt, now);
    }

    /** Whole local days overdue (at least 1 once the deadline has passed), or null when not overdue. */
    Long overdueDays(Instant now, ZoneId zone) {
        Instant since = overdueSince(now);
        if (since == null) {
            return null;
        }
        return Math.max(1, ChronoUnit.DAYS.between(since.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    /** ISO text with or without offset; a number is epoch seconds (Jackson's timestamp form). */
    static Instant instant(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            double seconds = value.asDouble();
            long whole = (long) Math.floor(seconds);
            return Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1_000_000_000L));
        }
        return StoredFields.instant(value.asText());
    }
}
