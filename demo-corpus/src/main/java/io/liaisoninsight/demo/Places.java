package io.liaisoninsight.demo;

import io.liaisoninsight.demo.reference.District;
import io.liaisoninsight.demo.reference.LanzhouDistricts;
import io.liaisoninsight.demo.reference.Township;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where records come from: districts drawn by their number of liaison offices (城关区 has 18 of 56), the
 * officers of each office (2–4, as seed 002 reports) and the deputies and members who refer matters.
 */
final class Places {

    private final LanzhouDistricts lanzhou;
    private final double[] districtWeights;
    private final Map<String, List<String>> officersByOffice = new HashMap<>();
    private final List<String> deputies = new ArrayList<>();

    Places(LanzhouDistricts lanzhou, ChineseNames names, Dice dice) {
        this.lanzhou = lanzhou;
        this.districtWeights = Dice.cumulative(lanzhou.districts().stream()
                .mapToDouble(d -> d.townships().size()).toArray());
        for (District d : lanzhou.districts()) {
            for (Township t : d.townships()) {
                List<String> officers = new ArrayList<>();
                int n = dice.between(2, 4);
                for (int i = 0; i < n; i++) {
                    officers.add(names.fullName(dice, dice.chance(0.6)));
                }
                officersByOffice.put(t.office(), List.copyOf(officers));
            }
        }
        String[] bodies = {"兰州市人大代表", "兰州市政协委员", "甘肃省人大代表", "%s人大代表", "%s政协委员"};
        for (int i = 0; i < 30; i++) {
            District d = district(dice);
            String body = bodies[dice.below(bodies.length)].formatted(d.name());
            deputies.add(body + names.fullName(dice, dice.chance(0.6)));
        }
    }

    List<District> districts() {
        return lanzhou.districts();
    }

    District district(Dice dice) {
        return lanzhou.districts().get(dice.weighted(districtWeights));
    }

    String officer(Dice dice, Township township) {
        return dice.pick(officersByOffice.get(township.office()));
    }

    String deputy(Dice dice) {
        return dice.pick(deputies);
    }
}
