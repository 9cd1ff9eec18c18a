package io.liaisoninsight.demo;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNamesTest {

    private final ChineseNames names = ChineseNames.load();

    @Test
    void commonSurnamesDominateAndMostNamesHaveThreeCharacters() {
        Dice dice = new Dice(11);
        Map<String, Integer> surnames = new HashMap<>();
        int threeCharacters = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            String name = names.fullName(dice, i % 2 == 0);
            surnames.merge(names.surnameOf(name), 1, Integer::sum);
            threeCharacters += name.length() == 3 ? 1 : 0;
        }
        assertThat(surnames.get("王") + surnames.get("李") + surnames.get("张")).isGreaterThan(n / 6);
        assertThat(surnames.get("王")).isGreaterThan(surnames.getOrDefault("禹", 0) * 20);
        assertThat(threeCharacters).isBetween(n / 2, n * 9 / 10);
    }

    @Test
    void variantsDifferFromTheName() {
        Dice dice = new Dice(5);
        assertThat(names.variant(dice, "王建军", ChineseNames.Variant.HOMOPHONE)).startsWith("王").isNotEqualTo("王建军");
        assertThat(names.variant(dice, "刘国华", ChineseNames.Variant.TRADITIONAL)).isEqualTo("劉國華");
        assertThat(names.variant(dice, "欧阳娜", ChineseNames.Variant.SPACED)).matches("欧阳[ \u3000]娜");
        assertThat(names.variant(dice, "禹晓琳", ChineseNames.Variant.TRADITIONAL)).isNotEqualTo("禹晓琳");
    }
}
