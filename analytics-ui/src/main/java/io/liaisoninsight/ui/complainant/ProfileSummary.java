package io.liaisoninsight.ui.complainant;

import io.liaisoninsight.schema.EscalationLevel;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A profile's figures recomputed from the matters a user may see (never the stored totals, which count
 * matters outside the user's scope too). Pure; the same derivations as ingest's {@code ComplainantProfile}.
 *
 * @param contactCount     matters (contacts)
 * @param openMatters      matters not yet replied to or closed
 * @param overdueMatters   open matters past a reply deadline at the time given
 * @param channelContacts  channel → matters, by channel name
 * @param districts        distinct districts, sorted
 * @param townships        distinct townships as {@code district/township}, sorted
 * @param linkedBy         key types (ID_NUMBER, PHONE, NAME_TOWNSHIP) shared by at least two of these matters
 * @param escalationLevel  the highest level any of these matters was taken to, or null
 */
record ProfileSummary(int contactCount, long openMatters, long overdueMatters, Map<String, Long> channelContacts,
                      List<String> districts, List<String> townships, Instant firstContactAt, Instant lastContactAt,
                      List<String> linkedBy, String escalationLevel) {

    /**
     * @param matters  the matters the user may see
     * @param keyTypes the identity's keys: keyed hash → type
     * @param now      when "overdue" is judged
     */
    static ProfileSummary of(List<Matter> matters, Map<String, String> keyTypes, Instant now) {
        Map<String, Long> channels = matters.stream().filter(m -> m.channel() != null)
                .collect(Collectors.groupingBy(Matter::channel, TreeMap::new, Collectors.counting()));
        List<String> districts = matters.stream().map(Matter::district).filter(Objects::nonNull).distinct().sorted()
                .toList();
        List<String> townships = matters.stream().filter(m -> m.district() != null && m.township() != null)
                .map(m -> m.district() + "/" + m.township()).distinct().sorted().toList();
        Instant first = matters.stream().map(Matter::receivedAt).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
        Instant last = matters.stream().map(Matter::receivedAt).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
        return new ProfileSummary(matters.size(), matters.stream().filter(Matter::open).count(),
                matters.stream().filter(m -> m.overdue(now)).count(), channels, districts, townships, first, last,
                linkedBy(matters, keyTypes), highestEscalation(matters));
    }

    /** Key types shared by at least two of the matters: what joined exactly these contacts. */
    static List<String> linkedBy(List<Matter> matters, Map<String, String> keyTypes) {
        Map<String, Integer> mattersPerKey = new TreeMap<>();
        matters.forEach(m -> m.keys().stream().distinct().forEach(k -> mattersPerKey.merge(k, 1, Integer::sum)));
        TreeSet<String> types = new TreeSet<>();
        mattersPerKey.forEach((key, count) -> {
            String type = keyTypes.get(key);
            if (count >= 2 && type != null) {
                types.add(type);
            }
        });
        return List.copyOf(types);
    }

    private static String highestEscalation(List<Matter> matters) {
        EscalationLevel highest = null;
        for (Matter m : matters) {
            EscalationLevel level = level(m.escalationLevel());
            if (level != null && (highest == null || level.compareTo(highest) > 0)) {
                highest = level;
            }
        }
        return highest == null ? null : highest.name();
    }

    private static EscalationLevel level(String name) {
        for (EscalationLevel level : EscalationLevel.values()) {
            if (level.name().equals(name)) {
                return level;
            }
        }
        return null;
    }
}
