package io.liaisoninsight.ui.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymDictionaryTest {

    @Test
    void parsesGroupsWithChineseAndAsciiSeparatorsSkippingCommentsAndSingletons() {
        SynonymDictionary d = SynonymDictionary.parse("# comment\n拆迁, 征收\n欠薪，拖欠工资、讨薪\n\n孤单\n信访;上访\n");
        assertThat(d.groups()).containsExactly(List.of("拆迁", "征收"), List.of("欠薪", "拖欠工资", "讨薪"),
                List.of("信访", "上访"));
        assertThat(SynonymDictionary.parse(d.format())).isEqualTo(d);
    }

    @Test
    void alternativesOfWholeTermsThenOfWordsInside() {
        SynonymDictionary d = SynonymDictionary.parse("拆迁, 征收\n补偿款, 补偿金\n");
        assertThat(d.alternatives("拆迁", 6)).containsExactly("征收");
        assertThat(d.alternatives("征收", 6)).containsExactly("拆迁");
        assertThat(d.alternatives("拆迁补偿款", 6)).containsExactly("征收补偿款", "拆迁补偿金");
        assertThat(d.alternatives("拆迁补偿款", 1)).containsExactly("征收补偿款");
        assertThat(d.alternatives("排污", 6)).isEmpty();
    }

    @Test
    void theShippedDictionaryParses() {
        SynonymDictionary shipped = SynonymDictionary.parse(SynonymDictionary.defaultText());
        assertThat(shipped.size()).isGreaterThanOrEqualTo(10);
        assertThat(shipped.alternatives("欠薪", 6)).contains("拖欠工资");
        assertThat(shipped.alternatives("信访", 6)).contains("上访");
        assertThat(shipped.alternatives("拆迁", 6)).contains("征收");
    }
}
