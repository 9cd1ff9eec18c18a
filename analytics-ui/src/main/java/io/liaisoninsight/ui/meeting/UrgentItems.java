package io.liaisoninsight.ui.meeting;

import io.liaisoninsight.ui.system.StoredFields;
import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.PetitionStatus;
import io.liaisoninsight.schema.RiskLevel;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds and ranks the brief's urgent petitions from (already masked or deliberately unmasked) records:
 * red before orange before other levels, then the longest overdue, then the oldest.
 */
final class UrgentItems {

    private UrgentItems() {
    }

    static List<Brief.UrgentItem> rank(List<JsonNode> records, Instant now, ZoneId zone, int limit) {
        Map<String, Brief.UrgentItem> byId = new LinkedHashMap<>();
        for (JsonNode record : records) {
            Brief.UrgentItem item = item(record, now, zone);
            if (item.id() != null) {
                byId.putIfAbsent(item.id(), item);
            }
        }
        return byId.values().stream().sorted(Comparator
                        .comparingInt((Brief.UrgentItem i) -> severity(i.riskLevel()))
                        .thenComparing(Comparator.comparingLong(Brief.UrgentItem::overdueDays).reversed())
                        .thenComparing(Brief.UrgentItem::receivedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Brief.UrgentItem::id))
                .limit(limit).toList();
    }

    static Brief.UrgentItem item(JsonNode r, Instant now, ZoneId zone) {
        Instant received = StoredFields.instant(text(r, Fields.Petition.RECEIVED_AT));
        List<String> people = new ArrayList<>();
        for (JsonNode c : r.path("complainants")) {
            List<String> parts = new ArrayList<>();
            for (String field : List.of("name", "phone", "idNumber")) {
                String value = text(c, field);
                if (value != null && !value.isBlank()) {
                    parts.add(value);
                }
            }
            if (!parts.isEmpty()) {
                people.add(String.join(" ", parts));
            }
        }
        return new Brief.UrgentItem(text(r, Fields.ID),
                received != null ? received : StoredFields.instant(text(r, Fields.OCCURRED_AT)),
                text(r, Fields.DISTRICT), text(r, Fields.TOWNSHIP), text(r, Fields.TITLE), text(r, Fields.Petition.STATUS),
                text(r, Fields.RISK_LEVEL), overdueDays(r, now, zone), people);
    }

    /** Whole local days since the earliest missed reply deadline (at least 1 once passed), 0 when none is missed. */
    static long overdueDays(JsonNode r, Instant now, ZoneId zone) {
        String status = text(r, Fields.Petition.STATUS);
        if (PetitionStatus.REPLIED.name().equals(status) || PetitionStatus.CLOSED.name().equals(status)) {
            return 0;
        }
        long days = 0;
        for (String[] deadline : List.of(
                new String[]{Fields.Petition.PROCEDURAL_REPLY_DUE_AT, Fields.Petition.PROCEDURAL_REPLY_AT},
                new String[]{Fields.Petition.SUBSTANTIVE_REPLY_DUE_AT, Fields.Petition.SUBSTANTIVE_REPLY_AT})) {
            Instant due = StoredFields.instant(text(r, deadline[0]));
            if (due != null && due.isBefore(now) && StoredFields.instant(text(r, deadline[1])) == null) {
                long late = ChronoUnit.DAYS.between(due.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate());
                days = Math.max(days, Math.max(1, late));
            }
        }
        return days;
    }

    private static int severity(String riskLevel) {
        if (riskLevel == null) {
            return RiskLevel.values().length;
        }
        try {
            return RiskLevel.valueOf(riskLevel).ordinal();
        } catch (IllegalArgumentException e) {
            return RiskLevel.values().length;
        }
    }


    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
