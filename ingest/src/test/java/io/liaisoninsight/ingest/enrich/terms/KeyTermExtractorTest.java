package io.liaisoninsight.ingest.enrich.terms;

import io.liaisoninsight.ingest.enrich.StandardEnrichment;
import io.liaisoninsight.ingest.enrich.SyntheticPetitions;
import io.liaisoninsight.ingest.enrich.text.AnalysedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyTermExtractorTest {

    private final KeyTermExtractor extractor = StandardEnrichment.KEY_TERMS;

    private List<String> terms(String title, String content, String... entityNames) {
        AnalysedText text = StandardEnrichment.SEGMENTER.analyse(title, content);
        return extractor.extract(text, List.of(entityNames));
    }

    @Test
    void findsTheIssueOfTheCanonicalSentence() {
        assertThat(terms(null, "群众反映拆迁补偿款被村干部挪用"))
                .contains("拆迁", "补偿款", "村干部", "挪用")
                .doesNotContain("群众", "反映", "被");
    }

    @Test
    void ranksIssueTermsAndTitleWordsFirstAndLeavesOutBoilerplate() {
        List<String> result = terms("反映小区供暖不达标问题",
                "尊敬的领导：我们小区今年冬天供暖温度只有十二度，多次给供热公司打电话没有结果。"
                        + "暖气片冰凉，老人孩子冻得感冒。请求有关部门依法处理，维护我们的合法权益。");
        assertThat(result.subList(0, 3)).contains("供暖");
        assertThat(result).contains("暖气", "供热")
                .doesNotContain("尊敬", "领导", "请求", "有关部门", "依法", "处理", "合法权益", "问题");
    }

    @Test
    void leavesOutNamesOfPeopleAndPlacesSoPersonalDataStaysOutOfAggregations() {
        List<String> result = terms("反映张建国的低保问题", "榆中县和平镇袁家营村村民张建国家里困难，申请低保被拒。",
                "张建国", "袁家营村");
        assertThat(result).contains("低保").doesNotContain("建国", "张建国", "榆中县", "和平镇", "袁家营村");
    }

    @Test
    void isBoundedDeduplicatedAndDeterministic() {
        SyntheticPetitions generator = new SyntheticPetitions(9);
        for (int i = 0; i < 50; i++) {
            SyntheticPetitions.Text text = generator.next();
            String longText = text.content().repeat(3);
            List<String> result = terms(text.title(), longText);
            assertThat(result).hasSizeLessThanOrEqualTo(KeyTermExtractor.MAX_TERMS).doesNotHaveDuplicates().isNotEmpty();
            assertThat(terms(text.title(), longText)).isEqualTo(result);
        }
    }

    @Test
    void respectsAConfiguredBound() {
        KeyTermExtractor five = new KeyTermExtractor(StandardEnrichment.SEGMENTER, StandardEnrichment.LEXICON, 5);
        AnalysedText text = StandardEnrichment.SEGMENTER.analyse("非法集资", new SyntheticPetitions(1).next("非法集资").content());
        assertThat(five.extract(text)).hasSize(5).startsWith("非法集资");
    }

    @Test
    void returnsNothingForTextWithoutContent() {
        assertThat(terms("", "。。。")).isEmpty();
        assertThat(terms(null, null)).isEmpty();
    }

    @Test
    void printsTermsOfSyntheticPetitions() {
        SyntheticPetitions generator = new SyntheticPetitions(2024);
        for (String category : SyntheticPetitions.categories()) {
            SyntheticPetitions.Text text = generator.next(category);
            System.out.println(category + ": " + terms(text.title(), text.content()));
        }
    }
}
