package io.liaisoninsight.ingest.enrich.text;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import io.liaisoninsight.ingest.enrich.StandardEnrichment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class SegmenterTest {

    private final Segmenter segmenter = StandardEnrichment.SEGMENTER;

    private static List<String> words(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    @Test
    void segmentsWithTheDictionariesAndKeepsLexiconWordsWhole() {
        Segmenter plain = new Segmenter(Map.of("补偿款", WordKind.NOUN));
        assertThat(words(plain.segment("群众反映拆迁补偿款被村干部挪用")))
                .containsExactly("群众", "反映", "拆迁", "补偿款", "被", "村干部", "挪用");
    }

    @Test
    void prefersTheMostProbableWordsOverTheLongestFirstWord() {
        // Longest match would read 调查处 / 理 ("investigation office").
        assertThat(words(segmenter.segment("希望尽快调查处理"))).containsSubsequence("调查", "处理");
    }

    @Test
    void aUnitAfterANumeralIsNotReadAsTheStartOfAWord() {
        assertThat(words(segmenter.segment("医院拖了好几天才封存"))).doesNotContain("天才").contains("封存");
        assertThat(words(segmenter.segment("等了两天才回复，三天后又说不管"))).doesNotContain("天才", "天后");
        assertThat(words(segmenter.segment("他是个天才"))).contains("天才");
    }

    @Test
    void reportsEveryLexiconOccurrenceIncludingOverlappingOnes() {
        AnalysedText text = segmenter.analyse("反映拆迁补偿款", "拆迁补偿款至今未发放");
        assertThat(text.domainHits()).extracting(Token::text)
                .contains("拆迁", "拆迁补偿", "补偿款");
        assertThat(text.tokens()).filteredOn(Token::domainTerm).extracting(Token::text).contains("拆迁补偿");
        assertThat(text.titleLength()).isEqualTo(7);
        assertThat(text.text()).isEqualTo("反映拆迁补偿款\n拆迁补偿款至今未发放");
    }

    @Test
    void tokensCoverTheTextInOrderWithTheirOffsets() {
        String text = "2023年3月，P2P平台暴雷，兰州天宇公司的12名员工向和平镇反映。";
        List<Token> tokens = segmenter.segment(text);
        StringBuilder joined = new StringBuilder();
        for (Token token : tokens) {
            assertThat(token.start()).isEqualTo(joined.length());
            joined.append(token.text());
        }
        assertThat(joined.toString()).isEqualTo(text);
        assertThat(tokens).filteredOn(t -> t.text().equals("P2P")).singleElement()
                .satisfies(t -> assertThat(t.domainTerm()).isTrue());
        assertThat(tokens).filteredOn(t -> t.text().equals("和平镇")).singleElement()
                .satisfies(t -> assertThat(t.kind()).isEqualTo(WordKind.PLACE));
        assertThat(tokens).filteredOn(t -> t.text().equals("，")).allSatisfy(t -> assertThat(t.kind()).isEqualTo(WordKind.PUNCTUATION));
    }

    @Test
    void givesCoarseKindsFromTheDictionaryTags() {
        List<Token> tokens = segmenter.segment("他在兰州挪用了公款");
        assertThat(tokens).extracting(Token::text, Token::kind).contains(
                tuple("他", WordKind.FUNCTION),
                tuple("兰州", WordKind.PLACE),
                tuple("公款", WordKind.NOUN));
    }

    @Test
    void knowsHowCommonAWordIs() {
        assertThat(segmenter.frequency("问题")).isGreaterThan(segmenter.frequency("挪用"));
        assertThat(segmenter.frequency("挪用")).isPositive();
        assertThat(segmenter.frequency("袁家营村")).isZero();
    }

    @Test
    void listsEveryWordOfHanLpsCompiledDictionaries() {
        for (var dictionary : List.of(CoreDictionary.trie, CustomDictionary.DEFAULT.dat)) {
            AtomicInteger words = new AtomicInteger();
            List<String> notFound = new ArrayList<>();
            DictionaryWords.forEach(dictionary, (word, index) -> {
                words.incrementAndGet();
                if (dictionary.exactMatchSearch(word) != index) {
                    notFound.add(word);
                }
            });
            assertThat(notFound).isEmpty();
            assertThat(words.get()).isEqualTo(dictionary.size());
        }
    }

    @Test
    void givesTheSameResultOnEveryThread() {
        String text = "城关区雁北街道锦绣家园小区业主反映物业公司乱收停车费，供暖不达标。";
        List<Token> expected = segmenter.segment(text);
        assertThat(IntStream.range(0, 500).parallel().mapToObj(i -> segmenter.segment(text)).distinct().toList())
                .containsExactly(expected);
    }

    @Test
    void handlesEmptyAndPunctuationOnlyText() {
        assertThat(segmenter.segment("")).isEmpty();
        assertThat(segmenter.analyse(null, null).tokens()).isEmpty();
        assertThat(segmenter.segment("。！")).extracting(Token::kind).containsOnly(WordKind.PUNCTUATION);
    }
}
