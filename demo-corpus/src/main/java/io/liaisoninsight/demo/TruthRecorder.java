package io.liaisoninsight.demo;

import io.liaisoninsight.schema.EscalationLevel;
import io.liaisoninsight.schema.Source;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the ground truth while records are planned. Kept small on purpose: ids and flags, never texts, so a
 * million-record run holds only what the ground truth itself needs.
 */
final class TruthRecorder {

    private static final class PersonEntry {
        final Person person;
        final String role;
        Boolean matterOpen;
        final List<GroundTruth.Contact> contacts = new ArrayList<>();

        PersonEntry(Person person, String role) {
            this.person = person;
            this.role = role;
        }
    }

    private static final class HotSpotEntry {
        final HotSpot hotSpot;
        final Map<Source, List<String>> ids = new EnumMap<>(Source.class);

        HotSpotEntry(HotSpot hotSpot) {
            this.hotSpot = hotSpot;
            for (Source s : Source.values()) {
                ids.put(s, new ArrayList<>());
            }
        }
    }

    private final Map<String, PersonEntry> persons = new LinkedHashMap<>();
    private final Map<String, List<GroundTruth.Member>> groups = new LinkedHashMap<>();
    private final Map<String, String> groupKinds = new LinkedHashMap<>();
    private final Map<String, HotSpotEntry> hotSpots = new LinkedHashMap<>();
    private final List<String> collective = new ArrayList<>();
    private final Map<EscalationLevel, List<String>> escalated = new EnumMap<>(EscalationLevel.class);
    private final List<String> deputyReferrals = new ArrayList<>();
    private final List<GroundTruth.Danger> danger = new ArrayList<>();
    private final List<String> proceduralOverdue = new ArrayList<>();
    private final List<String> substantiveOverdue = new ArrayList<>();
    private final List<String> deputyReferralOverdue = new ArrayList<>();
    private final List<String> proceduralLate = new ArrayList<>();
    private final List<String> substantiveLate = new ArrayList<>();
    private final Map<String, GroundTruth.Update> updates = new LinkedHashMap<>();

    TruthRecorder(List<HotSpot> plannedHotSpots) {
        for (HotSpot h : plannedHotSpots) {
            hotSpots.put(h.id(), new HotSpotEntry(h));
        }
        for (EscalationLevel level : EscalationLevel.values()) {
            if (level != EscalationLevel.COUNTY) {
                escalated.put(level, new ArrayList<>());
            }
        }
    }

    /** Registers a person whose records must be linked; idempotent, the first role given wins. */
    void person(Person person, String role) {
        persons.putIfAbsent(person.personId(), new PersonEntry(person, role));
    }

    boolean knows(Person person) {
        return persons.containsKey(person.personId());
    }

    void matterOpen(Person person, boolean open) {
        persons.get(person.personId()).matterOpen = open;
    }

    void contact(Person person, GroundTruth.Contact contact) {
        persons.get(person.personId()).contacts.add(contact);
    }

    void duplicate(String groupId, String kind, String recordId, List<String> edits) {
        groupKinds.putIfAbsent(groupId, kind);
        groups.computeIfAbsent(groupId, g -> new ArrayList<>())
                .add(new GroundTruth.Member(recordId, List.copyOf(edits)));
    }

    void hotSpot(HotSpot hotSpot, Source source, String recordId) {
        hotSpots.get(hotSpot.id()).ids.get(source).add(recordId);
    }

    int hotSpotCount(HotSpot hotSpot, Source source) {
        return hotSpots.get(hotSpot.id()).ids.get(source).size();
    }

    void collective(String id) {
        collective.add(id);
    }

    void escalated(EscalationLevel level, String id) {
        escalated.get(level).add(id);
    }

    void deputyReferral(String id) {
        deputyReferrals.add(id);
    }

    void danger(String id, String keyword) {
        danger.add(new GroundTruth.Danger(id, keyword));
    }

    void deadlines(String id, Lifecycle lifecycle, Timeline timeline, boolean deputyReferral) {
        long asOf = timeline.asOf();
        if (lifecycle.proceduralOverdue(asOf)) {
            proceduralOverdue.add(id);
        }
        if (lifecycle.proceduralLate(asOf)) {
            proceduralLate.add(id);
        }
        if (lifecycle.substantiveOverdue(timeline, asOf)) {
            substantiveOverdue.add(id);
            if (deputyReferral) {
                deputyReferralOverdue.add(id);
            }
        }
        if (lifecycle.substantiveLate(timeline, asOf)) {
            substantiveLate.add(id);
        }
    }

    void update(String id, Source source, String finalUpdatedAt, String finalStatus, int messages, int stale) {
        updates.put(id, new GroundTruth.Update(id, source.slug(), finalUpdatedAt, finalStatus, messages, stale));
    }

    GroundTruth build(GroundTruth.Settings settings, GroundTruth.Counts counts, TemplateLibrary library,
                      Timeline timeline) {
        List<GroundTruth.Person> personList = persons.values().stream()
                .filter(p -> !"DUPLICATE_SENDER".equals(p.role) || p.contacts.size() > 1)
                .map(p -> new GroundTruth.Person(p.person.personId(), p.person.name(), p.person.idNumber(),
                        p.person.phone(), p.role, p.person.district(), p.person.township(), p.matterOpen,
                        List.copyOf(p.contacts)))
                .toList();
        Map<String, List<String>> byName = new TreeMap<>();
        for (GroundTruth.Person p : personList) {
            byName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p.personId());
        }
        List<GroundTruth.Namesake> namesakes = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> new GroundTruth.Namesake(e.getKey(), List.copyOf(e.getValue()))).toList();
        List<GroundTruth.DuplicateGroup> groupList = groups.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> new GroundTruth.DuplicateGroup(e.getKey(), groupKinds.get(e.getKey()),
                        List.copyOf(e.getValue())))
                .toList();
        List<GroundTruth.HotSpot> hotSpotList = hotSpots.values().stream().map(e -> {
            HotSpot h = e.hotSpot;
            Matter m = h.matter();
            return new GroundTruth.HotSpot(h.id(), h.label(), m.category().category(), h.keyPhrase(),
                    m.district().name(), m.township().name(), timeline.date(h.firstDay()).toString(),
                    timeline.date(h.firstDay() + h.days() - 1).toString(), h.ongoing(),
                    List.copyOf(e.ids.get(Source.PETITION)), List.copyOf(e.ids.get(Source.VISIT_NOTE)),
                    List.copyOf(e.ids.get(Source.MEDIA_REPORT)));
        }).toList();
        Map<EscalationLevel, List<String>> escalatedCopy = new EnumMap<>(EscalationLevel.class);
        escalated.forEach((k, v) -> escalatedCopy.put(k, List.copyOf(v)));
        return new GroundTruth(GroundTruth.FORMAT, settings, counts, library.synonyms(), library.dangerKeywords(),
                personList, namesakes, groupList, hotSpotList, List.copyOf(collective), escalatedCopy,
                List.copyOf(deputyReferrals), List.copyOf(danger),
                new GroundTruth.Deadlines(List.copyOf(proceduralOverdue), List.copyOf(substantiveOverdue),
                        List.copyOf(deputyReferralOverdue), List.copyOf(proceduralLate), List.copyOf(substantiveLate)),
                List.copyOf(updates.values()));
    }
}
