package io.liaisoninsight.demo;

import io.liaisoninsight.demo.reference.District;
import io.liaisoninsight.demo.reference.Township;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Chooses 8–15 hot-spot matters (fewer for tiny corpora), their places, lifetimes and sizes. */
final class HotSpotPlanner {

    /** Categories whose matters draw crowds and media: demolition, wages, pollution, property, fund-raising ... */
    private static final List<String> HOT_CATEGORIES = List.of("land", "wages", "environment", "property", "fund",
            "village", "education", "medical");
    /** Share of all records that belong to hot spots. */
    private static final double SHARE = 0.05;
    private static final int MIN_RECORDS = 12;

    private final TemplateLibrary library;
    private final EntityNames entities;
    private final Places places;

    HotSpotPlanner(TemplateLibrary library, EntityNames entities, Places places) {
        this.library = library;
        this.entities = entities;
        this.places = places;
    }

    List<HotSpot> plan(Dice dice, Timeline timeline, long records) {
        int count = (int) Math.min(8 + dice.below(8), Math.max(1, records / 100));
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = 0.5 + 1.5 * dice.unit();
            sum += weights[i];
        }
        List<String> categories = new ArrayList<>(HOT_CATEGORIES);
        shuffle(dice, categories);
        Set<String> keyPhrases = new HashSet<>();
        List<HotSpot> plan = new ArrayList<>();
        int days = timeline.days();
        for (int i = 0; i < count; i++) {
            IssueCategory category = library.category(categories.get(i % categories.size()));
            int length = Math.min(days, dice.between(21, 70));
            // The first two are still growing at the as-of date: emerging issues for the dashboards.
            boolean ongoing = i < 2;
            int firstDay = ongoing ? days - length
                    : Math.max(0, Math.min(days - length, 14 + dice.below(Math.max(1, days - length - 21))));
            Matter matter;
            String keyPhrase;
            do {
                District district = places.district(dice);
                Township township = dice.pick(district.townships());
                matter = entities.matter(dice, timeline, category, district, township, timeline.dayStart(firstDay));
                keyPhrase = matter.keyPhrase();
            } while (!fits(matter) || !keyPhrases.add(keyPhrase));
            int total = (int) Math.max(MIN_RECORDS, Math.round(records * SHARE * weights[i] / sum));
            String label = matter.district().name() + matter.township().name() + keyPhrase
                    + matter.theme().label();
            plan.add(new HotSpot(String.format("HS-%02d", i + 1), label, keyPhrase, matter, firstDay, length, total,
                    ongoing));
        }
        return plan;
    }

    /** 村务 hot spots belong to a village, not to a city community. */
    private static boolean fits(Matter matter) {
        return !"village".equals(matter.category().key()) || matter.place().endsWith("村");
    }

    static <T> void shuffle(Dice dice, List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = dice.below(i + 1);
            T t = items.get(i);
            items.set(i, items.get(j));
            items.set(j, t);
        }
    }
}
