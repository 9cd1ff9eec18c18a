package io.liaisoninsight.demo;

import io.liaisoninsight.schema.EscalationLevel;
import io.liaisoninsight.schema.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a 5,000-message corpus plants, checked against the messages themselves. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroundTruthTest {

    private static final int RECORDS = 5_000;
    private GeneratedCorpus corpus;
    private GroundTruth truth;
    private Instant asOf;
    private ZoneId zone;

    @BeforeAll
    void generate() {
        corpus = new GeneratedCorpus(CorpusSettings.of(2, RECORDS));
        truth = corpus.truth;
        zone = corpus.settings.zone();
        asOf = corpus.settings.asOf().atStartOfDay(zone).toInstant();
    }

    @Test
    void emitsExactlyTheRequestedNumberInRealisticProportions() {
        assertThat(corpus.messages).hasSize(RECORDS);
        GroundTruth.Counts c = truth.counts();
        assertThat(c.messages()).isEqualTo(RECORDS);
        assertThat(c.petitions() + c.visitNotes() + c.mediaReports()).isEqualTo(RECORDS);
        assertThat(c.distinctIds()).isEqualTo(corpus.byId.size());
        assertThat(share(c.petitions())).isBetween(0.55, 0.66);
        assertThat(share(c.visitNotes())).isBetween(0.20, 0.30);
        assertThat(share(c.mediaReports())).isBetween(0.11, 0.19);
    }

    @Test
    void everyIdInTheGroundTruthWasEmitted() {
        List<String> referenced = new ArrayList<>();
        truth.persons().forEach(p -> p.contacts().forEach(c -> referenced.add(c.recordId())));
        truth.duplicateGroups().forEach(g -> g.members().forEach(m -> referenced.add(m.recordId())));
        truth.hotSpots().forEach(h -> Stream.of(h.petitions(), h.visitNotes(), h.mediaReports())
                .forEach(referenced::addAll));
        referenced.addAll(truth.collective());
        truth.escalated().values().forEach(referenced::addAll);
        referenced.addAll(truth.deputyReferrals());
        truth.dangerLanguage().forEach(d -> referenced.add(d.recordId()));
        GroundTruth.Deadlines d = truth.deadlines();
        Stream.of(d.proceduralOverdue(), d.substantiveOverdue(), d.deputyReferralOverdue(), d.proceduralLate(),
                d.substantiveLate()).forEach(referenced::addAll);
        truth.updates().forEach(u -> referenced.add(u.id()));
        assertThat(referenced).isNotEmpty().allSatisfy(id -> assertThat(corpus.byId).containsKey(id));
    }

    @Test
    void plantsHotSpotsThatSpanSourcesAndGrow() {
        assertThat(truth.hotSpots()).hasSizeBetween(8, 15);
        assertThat(truth.hotSpots()).filteredOn(GroundTruth.HotSpot::ongoing).isNotEmpty();
        for (GroundTruth.HotSpot h : truth.hotSpots()) {
            assertThat(h.petitions()).as(h.label()).isNotEmpty();
            assertThat(h.visitNotes()).as(h.label()).isNotEmpty();
            assertThat(h.mediaReports()).as(h.label()).isNotEmpty();
            List<String> all = Stream.of(h.petitions(), h.visitNotes(), h.mediaReports())
                    .flatMap(List::stream).toList();
            for (String id : all) {
                GeneratedCorpus.Message m = corpus.byId.get(id).get(0);
                assertThat(m.text("title") + m.text("content")).as(id).contains(h.keyPhrase());
            }
            // Volume grows: the second quarter of its life has fewer records than the third or fourth.
            long first = ZonedDateTime.parse(h.firstDay() + "T00:00:00+08:00").toEpochSecond();
            long last = ZonedDateTime.parse(h.lastDay() + "T23:59:59+08:00").toEpochSecond();
            int[] quarters = new int[4];
            for (String id : all) {
                long t = Times.instant(eventTime(corpus.byId.get(id).get(0))).getEpochSecond();
                quarters[(int) Math.min(3, 4 * (t - first) / (last - first + 1))]++;
            }
            assertThat(quarters[0] + quarters[1]).as(h.label()).isLessThan(quarters[2] + quarters[3]);
        }
    }

    @Test
    void recurringComplainantsAreLinkedByWhatTheirRecordsCarried() {
        List<GroundTruth.Person> recurring = truth.persons().stream()
                .filter(p -> "RECURRING".equals(p.role())).toList();
        assertThat(recurring).hasSize(12);
        assertThat(recurring).allSatisfy(p -> assertThat(p.contacts()).hasSizeBetween(3, 15));
        assertThat(recurring).anySatisfy(p -> assertThat(p.matterOpen()).isTrue());
        List<GroundTruth.Contact> contacts = recurring.stream().flatMap(p -> p.contacts().stream()).toList();
        assertThat(contacts).anyMatch(c -> c.phone() && !c.idNumber());
        assertThat(contacts).anyMatch(c -> c.idNumber() && !c.phone());
        assertThat(contacts).anyMatch(c -> c.idNumber() && c.phone());
        assertThat(recurring).anySatisfy(p -> assertThat(p.contacts().stream().map(GroundTruth.Contact::channel)
                .distinct()).hasSizeGreaterThan(1));
        for (GroundTruth.Person p : truth.persons()) {
            for (GroundTruth.Contact c : p.contacts()) {
                GeneratedCorpus.Message m = corpus.finalVersion(c.recordId());
                var complainant = m.json().get("complainants").get(c.complainantIndex());
                assertThat(complainant.get("name").asText()).isEqualTo(c.nameGiven());
                assertThat(complainant.has("idNumber")).isEqualTo(c.idNumber());
                assertThat(complainant.has("phone")).isEqualTo(c.phone());
                if (c.idNumber()) {
                    assertThat(complainant.get("idNumber").asText().toUpperCase()).isEqualTo(p.idNumber());
                }
                if (c.phone()) {
                    assertThat(complainant.get("phone").asText().replaceAll("\\D", "").replaceFirst("^86", ""))
                            .isEqualTo(p.phone());
                }
            }
        }
    }

    @Test
    void namesakesAreDifferentPeopleWithTheSameName() {
        assertThat(truth.namesakes()).isNotEmpty();
        Map<String, GroundTruth.Person> persons = new HashMap<>();
        truth.persons().forEach(p -> persons.put(p.personId(), p));
        for (GroundTruth.Namesake n : truth.namesakes()) {
            List<GroundTruth.Person> people = n.personIds().stream().map(persons::get).toList();
            assertThat(people).allSatisfy(p -> assertThat(p.name()).isEqualTo(n.name()));
            assertThat(people.stream().map(GroundTruth.Person::idNumber).distinct()).hasSize(people.size());
            assertThat(people.stream().map(GroundTruth.Person::phone).distinct()).hasSize(people.size());
        }
        // Some recurring complainants show up under a variant of their name.
        assertThat(truth.persons()).anySatisfy(p -> assertThat(p.contacts())
                .anyMatch(c -> !c.nameGiven().equals(p.name())));
    }

    @Test
    void duplicateGroupsHoldTheSameComplaint() {
        Map<String, Long> kinds = new HashMap<>();
        truth.duplicateGroups().forEach(g -> kinds.merge(g.kind(), 1L, Long::sum));
        assertThat(kinds).containsKeys("EXACT", "NEAR", "CHANNEL", "REPOST");
        for (GroundTruth.DuplicateGroup g : truth.duplicateGroups()) {
            GeneratedCorpus.Message original = corpus.byId.get(g.members().get(0).recordId()).get(0);
            assertThat(g.members()).hasSizeGreaterThan(1);
            for (GroundTruth.Member member : g.members().subList(1, g.members().size())) {
                GeneratedCorpus.Message copy = corpus.byId.get(member.recordId()).get(0);
                assertThat(copy.source()).isEqualTo(original.source());
                if (member.edits().isEmpty()) {
                    assertThat(copy.text("content")).isEqualTo(original.text("content"));
                } else {
                    assertThat(copy.text("content")).isNotEqualTo(original.text("content"));
                    assertThat(Similarity.bigramJaccard(copy.text("content"), original.text("content")))
                            .as(g.groupId()).isGreaterThan(0.8);
                }
                if (g.kind().equals("CHANNEL")) {
                    assertThat(copy.text("channel")).isNotEqualTo(original.text("channel"));
                }
            }
        }
    }

    @Test
    void unrelatedRecordsOfOneCategoryAreNotNearDuplicates() {
        Set<String> grouped = new HashSet<>();
        truth.duplicateGroups().forEach(g -> g.members().forEach(m -> grouped.add(m.recordId())));
        Set<String> hot = new HashSet<>();
        truth.hotSpots().forEach(h -> hot.addAll(h.petitions()));
        Map<String, List<String>> byCategory = new HashMap<>();
        corpus.finalVersions(Source.PETITION).stream()
                .filter(m -> !grouped.contains(m.id()) && !hot.contains(m.id()))
                .forEach(m -> byCategory.computeIfAbsent(m.text("category"), k -> new ArrayList<>())
                        .add(m.text("content")));
        double max = 0;
        double sum = 0;
        int pairs = 0;
        for (List<String> texts : byCategory.values()) {
            for (int i = 0; i + 1 < texts.size() && i < 200; i += 2) {
                double s = Similarity.bigramJaccard(texts.get(i), texts.get(i + 1));
                max = Math.max(max, s);
                sum += s;
                pairs++;
            }
        }
        System.out.printf("unrelated same-category petitions: mean bigram Jaccard %.2f, max %.2f over %d pairs%n",
                sum / pairs, max, pairs);
        assertThat(sum / pairs).isLessThan(0.3);
        assertThat(max).isLessThan(0.8);
    }

    @Test
    void riskListsMatchTheRecords() {
        List<GeneratedCorpus.Message> petitions = corpus.finalVersions(Source.PETITION);
        Set<String> collective = Set.copyOf(truth.collective());
        assertThat(petitions).allSatisfy(p -> assertThat(collective.contains(p.id()))
                .isEqualTo(p.json().get("headcount").asInt() >= 5));
        assertThat(share(collective.size(), petitions.size())).isBetween(0.03, 0.15);
        truth.escalated().forEach((level, ids) -> assertThat(ids).allSatisfy(
                id -> assertThat(corpus.finalVersion(id).text("escalationLevel")).isEqualTo(level.name())));
        assertThat(truth.escalated().get(EscalationLevel.NATIONAL)).isNotEmpty();
        Set<String> deputy = Set.copyOf(truth.deputyReferrals());
        assertThat(petitions).allSatisfy(p -> assertThat(deputy.contains(p.id()))
                .isEqualTo("DEPUTY_REFERRAL".equals(p.text("channel"))));
        assertThat(deputy).allSatisfy(id -> assertThat(corpus.finalVersion(id).text("referredBy")).isNotBlank());
        assertThat(share(deputy.size(), petitions.size())).isBetween(0.02, 0.08);
    }

    @Test
    void dangerLanguageIsOnlyWhereTheGroundTruthSaysSo() {
        assertThat(truth.dangerLanguage()).hasSizeGreaterThanOrEqualTo(5);
        Map<String, String> danger = new HashMap<>();
        truth.dangerLanguage().forEach(d -> danger.put(d.recordId(), d.keyword()));
        assertThat(danger.keySet()).anyMatch(id -> id.startsWith("XF")).anyMatch(id -> !id.startsWith("XF"));
        for (GeneratedCorpus.Message m : corpus.messages) {
            String content = m.text("content");
            if (danger.containsKey(m.id())) {
                assertThat(content).contains(danger.get(m.id()));
            } else {
                assertThat(truth.dangerKeywords()).as(m.id()).noneMatch(content::contains);
            }
        }
    }

    @Test
    void deadlinesFollowTheFinalVersions() {
        Set<String> procedural = Set.copyOf(truth.deadlines().proceduralOverdue());
        Set<String> substantive = Set.copyOf(truth.deadlines().substantiveOverdue());
        Set<String> deputyOverdue = Set.copyOf(truth.deadlines().deputyReferralOverdue());
        int repliedInTime = 0;
        int replied = 0;
        int substantiveInTime = 0;
        int substantiveReplied = 0;
        for (GeneratedCorpus.Message p : corpus.finalVersions(Source.PETITION)) {
            ZonedDateTime received = ZonedDateTime.parse(p.text("receivedAt")).withZoneSameInstant(zone);
            boolean proceduralDue = received.plusDays(7).toInstant().isBefore(asOf);
            boolean substantiveDue = received.plusMonths(3).toInstant().isBefore(asOf);
            assertThat(procedural.contains(p.id())).as(p.id())
                    .isEqualTo("RECEIVED".equals(p.text("status")) && proceduralDue);
            assertThat(substantive.contains(p.id())).as(p.id())
                    .isEqualTo(p.text("substantiveReplyAt") == null && substantiveDue);
            assertThat(deputyOverdue.contains(p.id())).isEqualTo(substantive.contains(p.id())
                    && "DEPUTY_REFERRAL".equals(p.text("channel")));
            if (p.text("proceduralReplyAt") != null) {
                replied++;
                if (!Times.instant(p.text("proceduralReplyAt")).isAfter(received.plusDays(7).toInstant())) {
                    repliedInTime++;
                }
            }
            if (p.text("substantiveReplyAt") != null) {
                substantiveReplied++;
                if (!Times.instant(p.text("substantiveReplyAt")).isAfter(received.plusMonths(3).toInstant())) {
                    substantiveInTime++;
                }
                assertThat(p.text("status")).isIn("REPLIED", "CLOSED");
                assertThat(p.text("replyText")).isNotBlank();
            }
        }
        assertThat(procedural).isNotEmpty();
        assertThat(substantive).isNotEmpty();
        assertThat(share(repliedInTime, replied)).isGreaterThan(0.85);
        assertThat(share(substantiveInTime, substantiveReplied)).isGreaterThan(0.8);
        assertThat(truth.deadlines().proceduralLate()).isNotEmpty();
        assertThat(truth.deadlines().substantiveLate()).isNotEmpty();
    }

    @Test
    void updatesNameTheFinalVersionAndTheStaleOnes() {
        assertThat(truth.updates()).isNotEmpty();
        assertThat(truth.updates()).anyMatch(u -> u.staleMessages() > 0);
        assertThat(truth.updates()).anyMatch(u -> u.source().equals("media-reports"));
        Set<String> listed = new HashSet<>();
        for (GroundTruth.Update u : truth.updates()) {
            listed.add(u.id());
            List<GeneratedCorpus.Message> versions = corpus.byId.get(u.id());
            assertThat(versions).hasSize(u.messages());
            GeneratedCorpus.Message last = corpus.finalVersion(u.id());
            assertThat(last.text("updatedAt")).isEqualTo(u.finalUpdatedAt());
            if (u.finalStatus() != null) {
                assertThat(last.text("status")).isEqualTo(u.finalStatus());
            }
            int stale = 0;
            Instant newest = Instant.MIN;
            for (GeneratedCorpus.Message m : versions) {
                Instant t = Times.instant(m.text("updatedAt"));
                if (t.isBefore(newest)) {
                    stale++;
                }
                newest = t.isAfter(newest) ? t : newest;
            }
            assertThat(stale).as(u.id()).isEqualTo(u.staleMessages());
        }
        corpus.byId.forEach((id, versions) -> {
            if (versions.size() > 1) {
                assertThat(listed).contains(id);
            }
        });
    }

    @Test
    void timesStayInsideTheWindowAndInOrder() {
        Instant from = corpus.settings.firstDay().atStartOfDay(zone).toInstant();
        for (GeneratedCorpus.Message m : corpus.messages) {
            Instant event = Times.instant(eventTime(m));
            Instant updated = Times.instant(m.text("updatedAt"));
            assertThat(event).as(m.id()).isBetween(from, asOf);
            assertThat(updated).as(m.id()).isAfterOrEqualTo(event).isBefore(asOf);
            assertThat(m.text("updatedAt")).endsWith("+08:00");
        }
    }

    @Test
    void contentLengthsAreSane() {
        double sum = 0;
        int over800 = 0;
        for (GeneratedCorpus.Message m : corpus.messages) {
            int length = m.text("content").codePointCount(0, m.text("content").length());
            assertThat(length).as(m.id()).isBetween(140, 1500);
            sum += length;
            over800 += length > 800 ? 1 : 0;
            assertThat(m.text("title").length()).isBetween(4, 200);
        }
        double mean = sum / corpus.messages.size();
        System.out.printf("content length: mean %.0f characters, %d over 800%n", mean, over800);
        assertThat(mean).isBetween(350.0, 480.0);
        assertThat(over800).isPositive();
    }

    @Test
    void everyOfficeAndDistrictAppears() {
        Set<String> offices = new HashSet<>();
        Set<String> districts = new HashSet<>();
        for (GeneratedCorpus.Message m : corpus.messages) {
            if (m.source() == Source.VISIT_NOTE) {
                offices.add(m.text("office"));
            }
            if (m.text("district") != null) {
                districts.add(m.text("district"));
            }
        }
        assertThat(districts).hasSize(8);
        assertThat(offices).hasSizeGreaterThan(50);
    }

    static String eventTime(GeneratedCorpus.Message m) {
        return switch (m.source()) {
            case PETITION -> m.text("receivedAt");
            case VISIT_NOTE -> m.text("visitedAt");
            case MEDIA_REPORT -> m.text("publishedAt");
        };
    }

    private static double share(long count) {
        return share(count, RECORDS);
    }

    private static double share(long count, long of) {
        return count / (double) of;
    }
}
