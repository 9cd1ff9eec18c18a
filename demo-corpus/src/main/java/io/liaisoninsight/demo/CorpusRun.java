package io.liaisoninsight.demo;

import io.liaisoninsight.schema.EscalationLevel;
import io.liaisoninsight.schema.VisitFunction;
import io.liaisoninsight.schema.Channel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaisoninsight.demo.reference.District;
import io.liaisoninsight.demo.reference.LanzhouDistricts;
import io.liaisoninsight.demo.reference.Township;
import io.liaisoninsight.schema.Source;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * One generation run, day by day through the window. Every message is queued at the moment it happens; each
 * day the messages due that day are emitted in time order. Planned events (a recurring complainant's next
 * contact, a re-sent complaint, a status update) wait in the same queue, so only they, not past records, are held.
 *
 * <p>Budget: a message is only planned while the messages emitted, queued and planned stay below the requested
 * total, and nothing is planned at or after the as-of date, so every planned message is emitted and the run
 * ends with exactly the requested number.
 */
final class CorpusRun {

    /** Shares of ordinary records; planted updates, duplicates and repeat contacts are mostly petitions. */
    private static final double[] SOURCES = Dice.cumulative(new double[] {0.585, 0.27, 0.145});
    private static final Channel[] CHANNELS = Channel.values();
    private static final double[] CHANNEL_WEIGHTS = Dice.cumulative(new double[] {0.22, 0.30, 0.25, 0.18, 0.05});
    private static final EscalationLevel[] LEVELS = EscalationLevel.values();
    private static final double[] LEVEL_WEIGHTS = Dice.cumulative(new double[] {0.94, 0.04, 0.015, 0.005});
    private static final VisitFunction[] FUNCTIONS = VisitFunction.values();
    /** COLLECT, REPORT, PUBLICIZE, RECEIVE. */
    private static final double[] FUNCTION_WEIGHTS = Dice.cumulative(new double[] {0.38, 0.15, 0.22, 0.25});

    private static final double COLLECTIVE = 0.07;
    private static final double ANONYMOUS = 0.05;
    private static final double DANGER_PETITION = 0.005;
    private static final double DANGER_VISIT = 0.015;
    private static final double DANGER_MEDIA = 0.003;
    private static final double DUPLICATE = 0.05;
    private static final double REPOST = 0.08;
    private static final double STATUS_UPDATE = 0.10;
    private static final double STALE = 0.15;
    private static final double REACH_UPDATE = 0.05;

    private sealed interface Due permits Ready, PlannedContact {
        long time();

        long order();
    }

    /** A message to emit at {@code time}. */
    private record Ready(long time, long order, Source source, String id, Object record) implements Due {
    }

    /** A recurring complainant's contact, turned into a petition when its day comes. */
    private record PlannedContact(long time, long order, ComplainantPlan plan, int index) implements Due {
    }

    private final CorpusSettings settings;
    private final long total;
    private final Timeline timeline;
    private final TemplateLibrary library;
    private final RecordSink sink;
    private final Dice dice;
    private final ObjectMapper json = new ObjectMapper();
    private final Places places;
    private final EntityNames entities;
    private final PersonFactory persons;
    private final PetitionFactory petitions;
    private final VisitNoteFactory visitNotes;
    private final MediaFactory media;
    private final NearDuplicateEditor editor = new NearDuplicateEditor();
    private final List<HotSpot> hotSpots;
    private final double[] hotSpotCarry;
    private final double[] hotSpotWeightSum;
    private final TruthRecorder truth;
    private final double[] categories;
    private final double[] categoriesBeforeFestival;

    private final PriorityQueue<Due> pending = new PriorityQueue<>(
            Comparator.comparingLong(Due::time).thenComparingLong(Due::order));
    private final List<Ready> batch = new ArrayList<>();
    private final Map<Source, Long> idSequence = new EnumMap<>(Source.class);
    private final long[] emittedBySource = new long[Source.values().length];
    private long order;
    private long emitted;
    private long bytes;
    private int duplicateGroups;

    CorpusRun(CorpusSettings settings, LanzhouDistricts lanzhou, ChineseNames names, TemplateLibrary library,
              RecordSink sink) {
        this.settings = settings;
        this.total = settings.records();
        this.timeline = new Timeline(settings);
        this.library = library;
        this.sink = sink;
        Dice root = new Dice(settings.seed());
        // Separate streams for the fixed cast and the plans, so they stay put when record details change.
        Dice castDice = root.split();
        Dice planDice = root.split();
        this.dice = root.split();
        this.places = new Places(lanzhou, names, castDice);
        this.entities = new EntityNames(names);
        this.persons = new PersonFactory(names, lanzhou, settings.asOf(), settings.seed());
        PetitionWriter petitionWriter = new PetitionWriter(library);
        this.petitions = new PetitionFactory(timeline, library, entities, petitionWriter);
        this.visitNotes = new VisitNoteFactory(timeline, library, entities, names, places,
                new VisitNoteWriter(library), petitionWriter);
        this.media = new MediaFactory(timeline, library, entities, names, new MediaWriter(library), petitionWriter);
        this.hotSpots = new HotSpotPlanner(library, entities, places).plan(planDice, timeline, total);
        this.hotSpotCarry = new double[hotSpots.size()];
        this.hotSpotWeightSum = new double[hotSpots.size()];
        for (int i = 0; i < hotSpots.size(); i++) {
            HotSpot h = hotSpots.get(i);
            for (int day = h.firstDay(); day < h.firstDay() + h.days(); day++) {
                hotSpotWeightSum[i] += h.intensity(day) * timeline.activity(day);
            }
        }
        this.truth = new TruthRecorder(hotSpots);
        List<ComplainantPlan> plans = new RecurringPlanner(persons, names, entities, library, places)
                .plan(planDice, timeline, total);
        for (ComplainantPlan plan : plans) {
            truth.person(plan.person(), plan.role());
            if ("RECURRING".equals(plan.role())) {
                truth.matterOpen(plan.person(), plan.matterOpen());
            }
            for (int i = 0; i < plan.contacts().size(); i++) {
                pending.add(new PlannedContact(plan.contacts().get(i).at(), order++, plan, i));
            }
        }
        double[] weights = library.categories().stream().mapToDouble(IssueCategory::weight).toArray();
        this.categories = Dice.cumulative(weights);
        double[] festive = weights.clone();
        festive[library.categories().indexOf(library.category("wages"))] *= 2.5;
        this.categoriesBeforeFestival = Dice.cumulative(festive);
        for (Source s : Source.values()) {
            idSequence.put(s, 0L);
        }
    }

    GroundTruth run() {
        long[] dueBy = cumulativeTargets();
        for (int day = 0; day < timeline.days(); day++) {
            long dayStart = timeline.dayStart(day);
            long dayEnd = timeline.dayStart(day + 1);
            drain(dayEnd);
            int created = 0;
            for (int i = 0; i < hotSpots.size(); i++) {
                int quota = hotSpotQuota(i, day);
                for (int k = 0; k < quota && spare() > 0; k++) {
                    hotSpotRecord(hotSpots.get(i), day, dayStart);
                    created++;
                }
            }
            while (emitted + batch.size() + created < dueBy[day] && spare() > 0) {
                ordinaryRecord(day, dayStart);
                created++;
            }
            drain(dayEnd);
            batch.sort(Comparator.comparingLong(Ready::time).thenComparingLong(Ready::order));
            for (Ready r : batch) {
                emit(r);
            }
            batch.clear();
        }
        if (!pending.isEmpty() || emitted != total) {
            throw new IllegalStateException("budget broken: emitted " + emitted + " of " + total + ", "
                    + pending.size() + " still queued");
        }
        return truth.build(new GroundTruth.Settings(settings.seed(), total, settings.asOf().toString(),
                settings.zone().getId(), settings.firstDay().toString(), settings.asOf().toString()),
                new GroundTruth.Counts(emitted, emittedBySource[Source.PETITION.ordinal()],
                        emittedBySource[Source.VISIT_NOTE.ordinal()], emittedBySource[Source.MEDIA_REPORT.ordinal()],
                        idSequence.values().stream().mapToLong(Long::longValue).sum(), bytes), library, timeline);
    }

    /** Messages that may still be planned without passing the requested total. */
    private long spare() {
        return total - emitted - batch.size() - pending.size();
    }

    /** Cumulative number of messages to have emitted by the end of each day, following office activity. */
    private long[] cumulativeTargets() {
        int days = timeline.days();
        double[] cumulative = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            // A slow rise over the year: volumes grow, and recent months matter most to the dashboards.
            sum += timeline.activity(d) * (0.85 + 0.3 * d / days);
            cumulative[d] = sum;
        }
        long[] targets = new long[days];
        for (int d = 0; d < days; d++) {
            targets[d] = Math.round(total * cumulative[d] / sum);
        }
        return targets;
    }

    private int hotSpotQuota(int i, int day) {
        HotSpot h = hotSpots.get(i);
        if (!h.activeOn(day)) {
            return 0;
        }
        double expected = h.total() * h.intensity(day) * timeline.activity(day) / hotSpotWeightSum[i];
        double withCarry = hotSpotCarry[i] + expected;
        int quota = (int) Math.floor(withCarry);
        hotSpotCarry[i] = withCarry - quota;
        return quota;
    }

    private void drain(long dayEnd) {
        while (!pending.isEmpty() && pending.peek().time() < dayEnd) {
            Due due = pending.poll();
            if (due instanceof PlannedContact contact) {
                recurringContact(contact);
            } else {
                batch.add((Ready) due);
            }
        }
    }

    private void emit(Ready r) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(r.record());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        sink.accept(new CorpusRecord(r.source(), r.id(), bytes));
        emitted++;
        emittedBySource[r.source().ordinal()]++;
        this.bytes += bytes.length;
    }

    private void place(long time, Source source, String id, Object record) {
        if (time >= timeline.asOf()) {
            throw new IllegalStateException("planned after the as-of date: " + id);
        }
        pending.add(new Ready(time, order++, source, id, record));
    }

    private String nextId(Source source, long time) {
        long n = idSequence.merge(source, 1L, Long::sum);
        String prefix = switch (source) {
            case PETITION -> "XF-";
            case VISIT_NOTE -> "ZF-";
            case MEDIA_REPORT -> "YQ-";
        };
        String digits = Long.toString(10_000_000L + n);
        return prefix + timeline.year(time) + "-" + (n < 10_000_000L ? digits.substring(1) : Long.toString(n));
    }

    // ---------------------------------------------------------------- ordinary records

    private void ordinaryRecord(int day, long dayStart) {
        switch (dice.weighted(SOURCES)) {
            case 0 -> ordinaryPetition(day, dayStart);
            case 1 -> ordinaryVisitNote(day, dayStart);
            default -> ordinaryMedia(day, dayStart);
        }
    }

    private IssueCategory category(int day) {
        double[] weights = timeline.beforeSpringFestival(day) ? categoriesBeforeFestival : categories;
        return library.categories().get(dice.weighted(weights));
    }

    private void ordinaryPetition(int day, long dayStart) {
        District district = places.district(dice);
        Township township = dice.pick(district.townships());
        Channel channel = CHANNELS[dice.weighted(CHANNEL_WEIGHTS)];
        long at = dayStart + PetitionFactory.receiptSecondOfDay(dice, channel);
        Matter matter = entities.matter(dice, timeline, category(day), district, township, at);
        boolean collective = dice.chance(COLLECTIVE);
        boolean anonymous = !collective && (channel == Channel.LETTER || channel == Channel.ONLINE)
                && dice.chance(ANONYMOUS);
        EscalationLevel level = LEVELS[dice.weighted(LEVEL_WEIGHTS)];
        petition(matter, channel, at, collective, anonymous, level, dice.chance(DANGER_PETITION), null);
    }

    private void petition(Matter matter, Channel channel, long at, boolean collective, boolean anonymous,
                          EscalationLevel level, boolean danger, HotSpot hotSpot) {
        int headcount;
        List<Person> people = new ArrayList<>();
        if (anonymous) {
            headcount = 1;
        } else if (collective) {
            headcount = (int) Math.min(500, 5 + Math.round(dice.logNormal(25, 0.9)));
            int named = dice.between(1, 5);
            for (int i = 0; i < named; i++) {
                people.add(persons.mint(dice, matter.district(), matter.township()));
            }
        } else {
            people.add(persons.mint(dice, matter.district(), matter.township()));
            if (dice.chance(0.1)) {
                people.add(persons.mint(dice, matter.district(), matter.township()));
            }
            headcount = people.size();
        }
        Filing filing = anonymous ? Filing.ANONYMOUS : Filing.of(dice, channel, people);
        String referredBy = channel == Channel.DEPUTY_REFERRAL ? places.deputy(dice) : null;
        String id = nextId(Source.PETITION, at);
        DraftedPetition draft = petitions.draft(dice, new PetitionFactory.Spec(id, matter, channel, at, filing,
                headcount, level, danger, 0, hotSpot, false, referredBy));
        register(draft);
        placeVersions(draft);
        if (dice.chance(DUPLICATE) && spare() > 0) {
            duplicates(draft);
        }
    }

    private void ordinaryVisitNote(int day, long dayStart) {
        District district = places.district(dice);
        Township township = dice.pick(district.townships());
        long at = dayStart + VisitNoteFactory.visitSecondOfDay(dice);
        Matter matter = entities.matter(dice, timeline, category(day), district, township, at);
        VisitFunction function = FUNCTIONS[dice.weighted(FUNCTION_WEIGHTS)];
        boolean danger = function == VisitFunction.RECEIVE && dice.chance(DANGER_VISIT);
        boolean urgent = (function == VisitFunction.COLLECT || function == VisitFunction.REPORT) && dice.chance(0.08);
        visitNote(matter, function, at, danger, urgent, null);
    }

    private void visitNote(Matter matter, VisitFunction function, long at, boolean danger, boolean urgent,
                           HotSpot hotSpot) {
        String id = nextId(Source.VISIT_NOTE, at);
        VisitNoteFactory.Made made = visitNotes.make(dice, id, matter, function, at, hotSpot != null, danger, urgent);
        if (made.dangerKeyword() != null) {
            truth.danger(id, made.dangerKeyword());
        }
        if (hotSpot != null) {
            truth.hotSpot(hotSpot, Source.VISIT_NOTE, id);
        }
        place(at, Source.VISIT_NOTE, id, made.note());
    }

    private void ordinaryMedia(int day, long dayStart) {
        District district = places.district(dice);
        Township township = dice.pick(district.townships());
        long at = dayStart + MediaFactory.publishSecondOfDay(dice);
        Matter matter = entities.matter(dice, timeline, category(day), district, township, at);
        mediaReport(matter, at, dice.chance(DANGER_MEDIA), null, 0);
    }

    private void mediaReport(Matter matter, long at, boolean danger, HotSpot hotSpot, double heat) {
        String id = nextId(Source.MEDIA_REPORT, at);
        MediaFactory.Made made = media.make(dice, id, matter, at, hotSpot != null, heat, danger);
        MediaReport report = made.report();
        if (made.dangerKeyword() != null) {
            truth.danger(id, made.dangerKeyword());
        }
        if (hotSpot != null) {
            truth.hotSpot(hotSpot, Source.MEDIA_REPORT, id);
        }
        long grown = at + dice.betweenLong(Timeline.DAY, 4 * Timeline.DAY);
        if (dice.chance(REACH_UPDATE) && spare() > 1 && grown < timeline.asOf()) {
            // First seen with a fraction of its reach, seen again days later with all of it.
            long firstSeen = at + dice.betweenLong(Timeline.HOUR, 3 * Timeline.HOUR);
            MediaReport early = report.withReach(timeline.iso(firstSeen),
                    MediaFactory.fraction(report.reach(), 0.1 + 0.2 * dice.unit()));
            MediaReport late = report.withReach(timeline.iso(grown), report.reach());
            place(at, Source.MEDIA_REPORT, id, early);
            place(grown, Source.MEDIA_REPORT, id, late);
            truth.update(id, Source.MEDIA_REPORT, late.updatedAt(), null, 2, 0);
        } else {
            place(at, Source.MEDIA_REPORT, id, report);
        }
        if (dice.chance(REPOST) && spare() > 0) {
            reposts(report, at, made.dangerKeyword(), hotSpot);
        }
    }

    // ---------------------------------------------------------------- hot spots

    private void hotSpotRecord(HotSpot h, int day, long dayStart) {
        double x = h.progress(day);
        Matter matter = h.matter();
        // Every hot spot shows in all three sources: a missing one is forced once the matter is well under way.
        boolean forceVisit = x >= 0.4 && truth.hotSpotCount(h, Source.VISIT_NOTE) == 0;
        boolean forceMedia = !forceVisit && x >= 0.6 && truth.hotSpotCount(h, Source.MEDIA_REPORT) == 0;
        // Visit notes keep a steady share; media pick the matter up as it grows.
        double visitShare = 0.25;
        double mediaShare = 0.08 + 0.25 * x;
        double roll = dice.unit();
        if (forceVisit || (!forceMedia && roll < visitShare)) {
            VisitFunction function = dice.chance(0.3 + 0.4 * x) ? VisitFunction.REPORT
                    : dice.chance(0.6) ? VisitFunction.COLLECT : VisitFunction.RECEIVE;
            long at = dayStart + VisitNoteFactory.visitSecondOfDay(dice);
            visitNote(matter, function, at, function == VisitFunction.RECEIVE && dice.chance(0.03),
                    dice.chance(0.2 + 0.4 * x), h);
        } else if (forceMedia || roll < visitShare + mediaShare) {
            long at = dayStart + MediaFactory.publishSecondOfDay(dice);
            mediaReport(matter, at, dice.chance(0.01), h, x);
        } else {
            Channel channel = CHANNELS[dice.weighted(CHANNEL_WEIGHTS)];
            long at = dayStart + PetitionFactory.receiptSecondOfDay(dice, channel);
            double r = dice.unit();
            EscalationLevel level = r < 0.02 * x ? EscalationLevel.NATIONAL
                    : r < 0.09 * x ? EscalationLevel.PROVINCE
                    : r < 0.24 * x ? EscalationLevel.CITY : EscalationLevel.COUNTY;
            petition(matter, channel, at, dice.chance(0.35), false, level, dice.chance(0.01), h);
        }
    }

    // ---------------------------------------------------------------- recurring complainants

    private void recurringContact(PlannedContact due) {
        ComplainantPlan plan = due.plan();
        ComplainantPlan.Contact c = plan.contacts().get(due.index());
        Person person = plan.person();
        Filing filing = Filing.planned(dice, person, c.nameGiven(), c.carriesId(), c.carriesPhone());
        String referredBy = c.channel() == Channel.DEPUTY_REFERRAL ? places.deputy(dice) : null;
        String id = nextId(Source.PETITION, c.at());
        DraftedPetition draft = petitions.draft(dice, new PetitionFactory.Spec(id, plan.matter(), c.channel(), c.at(),
                filing, 1, c.level(), c.danger(), due.index(), null, c.unresolved(), referredBy));
        register(draft);
        placeVersions(draft);
    }

    // ---------------------------------------------------------------- petitions: truth, versions, duplicates

    private void register(DraftedPetition draft) {
        Petition p = draft.base();
        String id = p.id();
        if (p.headcount() >= 5) {
            truth.collective(id);
        }
        if (p.escalationLevel() != EscalationLevel.COUNTY) {
            truth.escalated(p.escalationLevel(), id);
        }
        boolean deputy = p.channel() == Channel.DEPUTY_REFERRAL;
        if (deputy) {
            truth.deputyReferral(id);
        }
        if (draft.dangerKeyword() != null && p.content().contains(draft.dangerKeyword())) {
            truth.danger(id, draft.dangerKeyword());
        }
        truth.deadlines(id, draft.lifecycle(), timeline, deputy);
        if (draft.hotSpot() != null) {
            truth.hotSpot(draft.hotSpot(), Source.PETITION, id);
        }
        Filing filing = draft.filing();
        for (int i = 0; i < filing.persons().size(); i++) {
            Person person = filing.persons().get(i);
            if (truth.knows(person)) {
                truth.contact(person, contact(draft, i));
            }
        }
    }

    private GroundTruth.Contact contact(DraftedPetition draft, int i) {
        Filing f = draft.filing();
        return new GroundTruth.Contact(draft.id(), i, f.namesGiven().get(i), f.carriesId().get(i),
                f.carriesPhone().get(i), draft.base().channel().name(), draft.base().receivedAt());
    }

    /**
     * Places the messages of a petition: usually one with its state at the as-of date; sometimes an earlier state
     * first and the final one when it happens, and occasionally that earlier state once more afterwards (stale).
     */
    private void placeVersions(DraftedPetition draft) {
        Lifecycle lifecycle = draft.lifecycle();
        long end = timeline.asOf() - 1;
        Petition last = draft.finalVersion();
        int steps = lifecycle.stepsBy(end);
        if (steps >= 2 && dice.chance(STATUS_UPDATE) && spare() > 1) {
            long earlierAt = lifecycle.step(dice.below(steps - 1));
            long finalAt = lifecycle.lastChangeAt(end);
            Petition earlier = draft.at(earlierAt);
            place(earlierAt, Source.PETITION, draft.id(), earlier);
            place(finalAt, Source.PETITION, draft.id(), last);
            long staleAt = finalAt + dice.betweenLong(Timeline.HOUR, 3 * Timeline.DAY);
            boolean stale = dice.chance(STALE) && spare() > 0 && staleAt < timeline.asOf();
            if (stale) {
                place(staleAt, Source.PETITION, draft.id(), earlier);
            }
            truth.update(draft.id(), Source.PETITION, last.updatedAt(), last.status().name(), stale ? 3 : 2,
                    stale ? 1 : 0);
        } else {
            place(lifecycle.received(), Source.PETITION, draft.id(), last);
        }
    }

    private void duplicates(DraftedPetition original) {
        double roll = dice.unit();
        String kind = roll < 0.25 ? "EXACT" : roll < 0.7 ? "NEAR" : "CHANNEL";
        int copies = 1 + (dice.chance(0.3) ? 1 : 0) + (dice.chance(0.1) ? 1 : 0);
        String groupId = String.format("DG-%06d", ++duplicateGroups);
        Petition p = original.base();
        long received = original.lifecycle().received();
        boolean groupStarted = false;
        for (int c = 0; c < copies && spare() > 0; c++) {
            long delay = switch (kind) {
                case "CHANNEL" -> dice.betweenLong(Timeline.HOUR, 3 * Timeline.DAY);
                case "NEAR" -> dice.betweenLong(2 * Timeline.DAY, 30 * Timeline.DAY);
                default -> dice.betweenLong(Timeline.DAY, 14 * Timeline.DAY);
            };
            long at = received + delay;
            if (at >= timeline.asOf()) {
                break;
            }
            if (!groupStarted) {
                groupStarted = true;
                truth.duplicate(groupId, kind, p.id(), List.of());
                Filing f = original.filing();
                for (int i = 0; i < f.persons().size(); i++) {
                    Person person = f.persons().get(i);
                    if (!truth.knows(person)) {
                        truth.person(person, "DUPLICATE_SENDER");
                        truth.contact(person, contact(original, i));
                    }
                }
            }
            Channel channel = switch (kind) {
                case "CHANNEL" -> otherChannel(p.channel());
                case "NEAR" -> dice.chance(0.7) ? p.channel() : otherChannel(p.channel());
                default -> p.channel();
            };
            NearDuplicateEditor.Edited edited = switch (kind) {
                case "EXACT" -> new NearDuplicateEditor.Edited(p.title(), p.content(), List.of());
                case "NEAR" -> editor.edit(dice, p.title(), p.content(), dice.between(1, 3),
                        List.of(NearDuplicateEditor.Edit.CHAR_EDIT, NearDuplicateEditor.Edit.SWAP_SENTENCES,
                                NearDuplicateEditor.Edit.PUNCTUATION, NearDuplicateEditor.Edit.GREETING,
                                NearDuplicateEditor.Edit.APPENDED_NOTE, NearDuplicateEditor.Edit.TITLE_PREFIX));
                default -> dice.chance(0.5) ? new NearDuplicateEditor.Edited(p.title(), p.content(), List.of())
                        : editor.edit(dice, p.title(), p.content(), 1, List.of(NearDuplicateEditor.Edit.GREETING,
                        NearDuplicateEditor.Edit.PUNCTUATION));
            };
            Filing filing = original.filing().persons().isEmpty() ? Filing.ANONYMOUS
                    : Filing.of(dice, channel, original.filing().persons());
            String referredBy = channel == Channel.DEPUTY_REFERRAL ? p.referredBy() : null;
            String id = nextId(Source.PETITION, at);
            DraftedPetition copy = petitions.copy(dice, original, id, channel, at, filing, edited.title(),
                    edited.content(), referredBy);
            register(copy);
            place(at, Source.PETITION, id, copy.finalVersion());
            truth.duplicate(groupId, kind, id, edited.edits());
        }
    }

    /** Another channel a citizen would use for the same complaint (a deputy's referral is not theirs to choose). */
    private Channel otherChannel(Channel channel) {
        Channel[] own = {Channel.LETTER, Channel.VISIT, Channel.ONLINE, Channel.PHONE_12309};
        Channel other = own[dice.below(own.length)];
        return other == channel ? own[(List.of(own).indexOf(other) + 1) % own.length] : other;
    }

    private void reposts(MediaReport original, long publishedAt, String dangerKeyword, HotSpot hotSpot) {
        int count = 1 + (dice.chance(0.3) ? 1 : 0);
        String groupId = String.format("DG-%06d", ++duplicateGroups);
        boolean groupStarted = false;
        for (int i = 0; i < count && spare() > 0; i++) {
            long at = publishedAt + dice.betweenLong(2 * Timeline.HOUR, 3 * Timeline.DAY);
            if (at >= timeline.asOf()) {
                break;
            }
            if (!groupStarted) {
                groupStarted = true;
                truth.duplicate(groupId, "REPOST", original.id(), List.of());
            }
            NearDuplicateEditor.Edited edited = editor.edit(dice, original.title(), original.content(),
                    dice.between(1, 2), List.of(NearDuplicateEditor.Edit.PUNCTUATION,
                            NearDuplicateEditor.Edit.CHAR_EDIT, NearDuplicateEditor.Edit.TRUNCATED));
            List<String> edits = new ArrayList<>(edited.edits());
            String title = edited.title();
            if (dice.chance(0.5)) {
                title = dice.pick(media.repostPrefixes()) + title;
                edits.add(NearDuplicateEditor.Edit.TITLE_PREFIX.name());
            }
            String id = nextId(Source.MEDIA_REPORT, at);
            MediaReport repost = media.repost(dice, original, id, at, title, edited.content());
            if (dangerKeyword != null && repost.content().contains(dangerKeyword)) {
                truth.danger(id, dangerKeyword);
            }
            if (hotSpot != null) {
                truth.hotSpot(hotSpot, Source.MEDIA_REPORT, id);
            }
            place(at, Source.MEDIA_REPORT, id, repost);
            truth.duplicate(groupId, "REPOST", id, edits);
        }
    }
}
