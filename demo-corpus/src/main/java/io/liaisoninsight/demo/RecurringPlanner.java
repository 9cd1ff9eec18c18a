package io.liaisoninsight.demo;

import io.liaisoninsight.schema.EscalationLevel;
import io.liaisoninsight.schema.Channel;
import io.liaisoninsight.demo.reference.District;
import io.liaisoninsight.demo.reference.Township;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plans recurring complainants (3–15 contacts over months, through changing channels, with changing identifiers
 * and name variants, some escalating, some still unresolved) and namesakes of some of them.
 */
final class RecurringPlanner {

    private enum IdentifierStyle { BOTH, PHONE_ONLY, ID_ONLY, MIXED }

    private static final Channel[] CHANNELS = {Channel.VISIT, Channel.LETTER, Channel.PHONE_12309, Channel.ONLINE};
    private static final double[] PREFERRED = Dice.cumulative(new double[] {0.4, 0.25, 0.2, 0.15});
    private static final double[] STYLES = Dice.cumulative(new double[] {0.3, 0.25, 0.15, 0.3});
    private static final List<String> CATEGORIES = List.of("land", "wages", "litigation", "litigation", "village",
            "welfare", "welfare", "medical", "traffic", "fund", "property", "environment");

    private final PersonFactory persons;
    private final ChineseNames names;
    private final EntityNames entities;
    private final TemplateLibrary library;
    private final Places places;

    RecurringPlanner(PersonFactory persons, ChineseNames names, EntityNames entities, TemplateLibrary library,
                     Places places) {
        this.persons = persons;
        this.names = names;
        this.entities = entities;
        this.library = library;
        this.places = places;
    }

    /** About one recurring complainant per 500 records (at least 12 from 1,800 records up). */
    static int recurringCount(long records) {
        return (int) (records < 1800 ? records / 150 : Math.max(12, records / 500));
    }

    List<ComplainantPlan> plan(Dice dice, Timeline timeline, long records) {
        int count = recurringCount(records);
        List<ComplainantPlan> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ComplainantPlan recurring = recurring(dice, timeline);
            plans.add(recurring);
            if (dice.chance(0.2)) {
                plans.add(namesake(dice, timeline, recurring.person()));
            }
        }
        return plans;
    }

    private ComplainantPlan recurring(Dice dice, Timeline timeline) {
        District district = places.district(dice);
        Township township = dice.pick(district.townships());
        Person person = persons.mint(dice, district, township);
        int contacts = 3 + (int) Math.floor(12.999 * Math.pow(dice.unit(), 2.2));
        int span = Math.min(timeline.days() - 2, dice.between(45, 330));
        int firstDay = dice.below(Math.max(1, timeline.days() - span - 1));
        Matter matter = matter(dice, timeline, person, district, township, firstDay);
        boolean open = dice.chance(0.55);
        boolean escalates = dice.chance(0.4);
        boolean toBeijing = escalates && dice.chance(0.2);
        boolean dangerous = dice.chance(0.1);
        Channel preferred = CHANNELS[dice.weighted(PREFERRED)];
        IdentifierStyle style = IdentifierStyle.values()[dice.weighted(STYLES)];
        String variant = dice.chance(0.25)
                ? names.variant(dice, person.name(), ChineseNames.Variant.values()[dice.below(3)]) : null;
        double variantShare = 0.3 + 0.2 * dice.unit();

        long[] times = contactTimes(dice, timeline, firstDay, span, contacts);
        List<ComplainantPlan.Contact> planned = new ArrayList<>();
        for (int j = 0; j < contacts; j++) {
            double progress = contacts == 1 ? 1 : j / (double) (contacts - 1);
            Channel channel = dice.chance(0.6) ? preferred : CHANNELS[dice.below(CHANNELS.length)];
            if (j > 0 && dice.chance(0.04)) {
                channel = Channel.DEPUTY_REFERRAL;
            }
            boolean id;
            boolean phone;
            switch (style) {
                case BOTH -> {
                    id = true;
                    phone = true;
                }
                case PHONE_ONLY -> {
                    id = dice.chance(0.1);
                    phone = true;
                }
                case ID_ONLY -> {
                    id = true;
                    phone = dice.chance(0.1);
                }
                default -> {
                    id = dice.chance(0.5);
                    phone = !id || dice.chance(0.5);
                }
            }
            String nameGiven = variant != null && j > 0 && dice.chance(variantShare) ? variant : person.name();
            EscalationLevel level = !escalates || progress < 0.34 ? EscalationLevel.COUNTY
                    : progress < 0.67 ? EscalationLevel.CITY
                    : toBeijing && j == contacts - 1 ? EscalationLevel.NATIONAL : EscalationLevel.PROVINCE;
            boolean danger = dangerous && j >= contacts - 2;
            boolean unresolved = open && progress >= 0.5;
            planned.add(new ComplainantPlan.Contact(times[j], channel, id, phone, nameGiven, level, danger,
                    unresolved));
        }
        return new ComplainantPlan(person, "RECURRING", matter, List.copyOf(planned), open);
    }

    /** Another person with the same name: elsewhere, or in the same district but another township. */
    private ComplainantPlan namesake(Dice dice, Timeline timeline, Person of) {
        District district = dice.chance(0.6) ? places.district(dice) : places.districts().stream()
                .filter(d -> d.name().equals(of.district())).findFirst().orElseThrow();
        Township township = dice.pick(district.townships());
        if (township.name().equals(of.township()) && district.townships().size() > 1) {
            int next = (district.townships().indexOf(township) + 1) % district.townships().size();
            township = district.townships().get(next);
        }
        Person person = persons.mint(dice, of.name(), of.male(), district, township);
        int contacts = dice.between(1, 3);
        int span = Math.min(timeline.days() - 2, dice.between(10, 120));
        int firstDay = dice.below(Math.max(1, timeline.days() - span - 1));
        Matter matter = matter(dice, timeline, person, district, township, firstDay);
        long[] times = contactTimes(dice, timeline, firstDay, span, contacts);
        List<ComplainantPlan.Contact> planned = new ArrayList<>();
        for (int j = 0; j < contacts; j++) {
            Channel channel = CHANNELS[dice.below(CHANNELS.length)];
            boolean id = dice.chance(0.6);
            boolean phone = !id || dice.chance(0.6);
            planned.add(new ComplainantPlan.Contact(times[j], channel, id, phone, person.name(),
                    EscalationLevel.COUNTY, false, false));
        }
        return new ComplainantPlan(person, "NAMESAKE", matter, List.copyOf(planned), false);
    }

    private Matter matter(Dice dice, Timeline timeline, Person person, District district, Township township,
                          int firstDay) {
        IssueCategory category = library.category(dice.pick(CATEGORIES));
        Matter m = entities.matter(dice, timeline, category, district, township, timeline.dayStart(firstDay));
        // The matter is at the person's own village or community.
        return new Matter(m.category(), m.theme(), m.district(), m.township(), person.place(), m.entity(),
                m.project(), m.company(), m.propertyCompany(), m.boss(), m.cadre(), m.opponent(), m.amount(), 1,
                m.startedAt());
    }

    private static long[] contactTimes(Dice dice, Timeline timeline, int firstDay, int span, int contacts) {
        long[] times = new long[contacts];
        for (int j = 0; j < contacts; j++) {
            int day = j == 0 ? firstDay : firstDay + 1 + dice.below(Math.max(1, span));
            day = Math.min(day, timeline.days() - 1);
            times[j] = timeline.dayStart(day) + PetitionFactory.receiptSecondOfDay(dice, Channel.VISIT);
        }
        Arrays.sort(times);
        return times;
    }
}
