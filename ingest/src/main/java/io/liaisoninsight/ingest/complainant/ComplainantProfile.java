package io.liaisoninsight.ingest.complainant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.liaisoninsight.schema.Fields;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A resolved complainant identity as stored in the complainants index. Its own data are the names,
 * keys, merged ids and matters; every count and date is derived from the matters, so merging two
 * profiles or replaying a batch always gives the same document.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComplainantProfile(
        String identityId,
        List<String> names,
        List<IdentityKeyRef> keys,
        List<String> mergedIds,
        List<Matter> matters) {

    public ComplainantProfile {
        names = names == null ? List.of() : List.copyOf(names);
        keys = keys == null ? List.of() : List.copyOf(keys);
        mergedIds = mergedIds == null ? List.of() : List.copyOf(mergedIds);
        matters = matters == null ? List.of() : List.copyOf(matters);
    }

    /** This profile with another's data added; for each petition the newer summary wins. */
    public ComplainantProfile merge(String id, Collection<String> moreNames, Collection<IdentityKeyRef> moreKeys,
                                    Collection<String> moreMergedIds, Collection<Matter> moreMatters) {
        Set<String> allNames = new TreeSet<>(names);
        allNames.addAll(moreNames);
        Map<String, IdentityKeyRef> allKeys = new TreeMap<>();
        keys.forEach(k -> allKeys.put(k.key(), k));
        moreKeys.forEach(k -> allKeys.merge(k.key(), k, (a, b) -> a.strong() ? a : b));
        Set<String> allMerged = new TreeSet<>(mergedIds);
        allMerged.addAll(moreMergedIds);
        if (!Objects.equals(identityId, id) && identityId != null) {
            allMerged.add(identityId);
        }
        allMerged.remove(id);
        Map<String, Matter> byId = new TreeMap<>();
        for (Matter m : concat(matters, moreMatters)) {
            byId.merge(m.id(), m, (a, b) -> b.updatedAt().isBefore(a.updatedAt()) ? a : b);
        }
        return new ComplainantProfile(id, List.copyOf(allNames), List.copyOf(allKeys.values()), List.copyOf(allMerged),
                List.copyOf(byId.values()));
    }

    /** Whether this identity already has the petition, for a person carrying any of the given keys. */
    boolean holds(String petitionId, Collection<String> personKeys) {
        return matters.stream().anyMatch(m -> m.id().equals(petitionId)
                && (m.keys() == null || m.keys().stream().anyMatch(personKeys::contains)));
    }

    /** The stored document: own data plus the derived fields the UI filters, sorts and aggregates on. */
    public Map<String, Object> document(OffsetDateTime now) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(Fields.Complainant.IDENTITY_ID, identityId);
        doc.put(Fields.Complainant.NAMES, names);
        doc.put(Fields.Complainant.KEYS, keys);
        doc.put(Fields.Complainant.MERGED_IDS, mergedIds);
        doc.put(Fields.Complainant.MATTERS, matters);
        doc.put(Fields.Complainant.RECORD_IDS, matters.stream().map(Matter::id).toList());
        doc.put(Fields.Complainant.CONTACT_COUNT, matters.size());
        Map<String, Long> perChannel = matters.stream()
                .collect(Collectors.groupingBy(Matter::channel, TreeMap::new, Collectors.counting()));
        doc.put(Fields.Complainant.CHANNELS, List.copyOf(perChannel.keySet()));
        doc.put(Fields.Complainant.CHANNEL_CONTACTS, perChannel.entrySet().stream()
                .map(e -> Map.of("channel", e.getKey(), "count", e.getValue())).toList());
        doc.put(Fields.Complainant.DISTRICTS, distinct(matters.stream().map(Matter::district).toList()));
        doc.put(Fields.Complainant.TOWNSHIPS, distinct(matters.stream().map(Matter::township).toList()));
        matters.stream().map(Matter::receivedAt).min(Comparator.naturalOrder())
                .ifPresent(t -> doc.put(Fields.Complainant.FIRST_CONTACT_AT, t.toString()));
        matters.stream().map(Matter::receivedAt).max(Comparator.naturalOrder())
                .ifPresent(t -> doc.put(Fields.Complainant.LAST_CONTACT_AT, t.toString()));
        doc.put(Fields.Complainant.OPEN_MATTERS, matters.stream().filter(Matter::open).count());
        doc.put(Fields.Complainant.OVERDUE_MATTERS, matters.stream().filter(m -> m.overdue(now)).count());
        matters.stream().filter(Matter::open).map(Matter::substantiveReplyDueAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).ifPresent(t -> doc.put(Fields.Complainant.EARLIEST_OPEN_DUE_AT, t.toString()));
        doc.put(Fields.Complainant.LINKED_BY, linkedBy());
        doc.put(Fields.Complainant.UPDATED_AT, now.toString());
        return doc;
    }

    /** Key types shared by at least two of the petitions: how this person's contacts were connected. */
    List<String> linkedBy() {
        Map<String, Integer> petitionsPerKey = new TreeMap<>();
        matters.forEach(m -> m.keys().forEach(k -> petitionsPerKey.merge(k, 1, Integer::sum)));
        Set<String> types = new TreeSet<>();
        for (IdentityKeyRef key : keys) {
            if (petitionsPerKey.getOrDefault(key.key(), 0) >= 2) {
                types.add(key.type());
            }
        }
        return List.copyOf(types);
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static <T> List<T> concat(Collection<T> a, Collection<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
