package io.liaisoninsight.ui.search;

import io.liaisoninsight.ui.search.ParsedQuery.And;
import io.liaisoninsight.ui.search.ParsedQuery.Filter;
import io.liaisoninsight.ui.search.ParsedQuery.Node;
import io.liaisoninsight.ui.search.ParsedQuery.Not;
import io.liaisoninsight.ui.search.ParsedQuery.Note.Kind;
import io.liaisoninsight.ui.search.ParsedQuery.Or;
import io.liaisoninsight.ui.search.ParsedQuery.Phrase;
import io.liaisoninsight.ui.search.ParsedQuery.Plain;
import io.liaisoninsight.ui.search.ParsedQuery.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class QueryParserTest {

    private final QueryParser parser = new QueryParser(QueryLanguage.load(), 256, 16);

    private Node root(String text) {
        return parser.parse(text).root();
    }

    private List<Kind> notes(String text) {
        return parser.parse(text).notes().stream().map(ParsedQuery.Note::kind).toList();
    }

    private static Term t(String text) {
        return new Term(text, null);
    }

    @Test
    void plainChineseTextIsOneTerm() {
        assertThat(root("拆迁补偿款")).isEqualTo(t("拆迁补偿款"));
        assertThat(parser.parse("拆迁补偿款").notes()).isEmpty();
    }

    @Test
    void wordsSeparatedBySpacesMustAllOccur() {
        assertThat(root("拆迁  补偿\u3000西固区")).isEqualTo(new And(List.of(t("拆迁"), t("补偿"), t("西固区"))));
    }

    @Test
    void quotedPhrasesInAsciiAndChineseQuotes() {
        assertThat(root("\"禹晓琳\"")).isEqualTo(new Phrase("禹晓琳", null));
        assertThat(root("“村干部挪用”")).isEqualTo(new Phrase("村干部挪用", null));
        assertThat(root("「补偿款」 拆迁")).isEqualTo(new And(List.of(new Phrase("补偿款", null), t("拆迁"))));
    }

    @Test
    void latinAndChineseOperators() {
        Or either = new Or(List.of(t("拆迁"), t("征收")));
        assertThat(root("拆迁 OR 征收")).isEqualTo(either);
        assertThat(root("拆迁 或者 征收")).isEqualTo(either);
        assertThat(root("拆迁 或 征收")).isEqualTo(either);
        assertThat(root("拆迁 AND 补偿")).isEqualTo(new And(List.of(t("拆迁"), t("补偿"))));
        assertThat(root("拆迁 并且 补偿")).isEqualTo(new And(List.of(t("拆迁"), t("补偿"))));
        And without = new And(List.of(t("拆迁"), new Not(t("补偿"))));
        assertThat(root("拆迁 NOT 补偿")).isEqualTo(without);
        assertThat(root("拆迁 不含 补偿")).isEqualTo(without);
        assertThat(root("拆迁 -补偿")).isEqualTo(without);
    }

    @Test
    void operatorsInsideChineseTextAreText() {
        // 或 and 且 are operators only as separate words: 或者说 and 而且 inside a sentence stay text.
        assertThat(root("村民或者说群众")).isEqualTo(t("村民或者说群众"));
        assertThat(root("拆迁 and 补偿")).isEqualTo(new And(List.of(t("拆迁"), t("and"), t("补偿"))));
    }

    @Test
    void andBindsTighterThanOrAndParenthesesGroup() {
        assertThat(root("拆迁 补偿 OR 欠薪")).isEqualTo(new Or(List.of(new And(List.of(t("拆迁"), t("补偿"))), t("欠薪"))));
        assertThat(root("(拆迁 OR 征收) 补偿")).isEqualTo(
                new And(List.of(new Or(List.of(t("拆迁"), t("征收"))), t("补偿"))));
        assertThat(root("（拆迁 或者 征收）补偿")).isEqualTo(
                new And(List.of(new Or(List.of(t("拆迁"), t("征收"))), t("补偿"))));
    }

    @Test
    void fieldQualifiersByChineseAndEnglishLabel() {
        assertThat(root("区县:西固区")).isEqualTo(new Filter(SearchField.DISTRICT, "西固区"));
        assertThat(root("区县：西固")).as("full-width colon, district completed").isEqualTo(
                new Filter(SearchField.DISTRICT, "西固区"));
        assertThat(root("渠道:12309")).isEqualTo(new Filter(SearchField.CHANNEL, "PHONE_12309"));
        assertThat(root("状态:办理中")).isEqualTo(new Filter(SearchField.STATUS, "IN_PROGRESS"));
        assertThat(root("status:in_progress")).isEqualTo(new Filter(SearchField.STATUS, "IN_PROGRESS"));
        assertThat(root("类别:征地拆迁")).isEqualTo(new Filter(SearchField.CATEGORY, "征地拆迁"));
        assertThat(root("来源:舆情")).isEqualTo(new Filter(SearchField.SOURCE, "MEDIA_REPORT"));
        assertThat(root("风险:红色")).isEqualTo(new Filter(SearchField.RISK_LEVEL, "RED"));
        assertThat(root("乡镇:榆中县/城关镇")).isEqualTo(new Filter(SearchField.TOWNSHIP, "榆中县/城关镇"));
        assertThat(root("标题:补偿")).isEqualTo(new Term("补偿", TextTarget.TITLE));
        assertThat(root("标题:\"补偿款\"")).isEqualTo(new Phrase("补偿款", TextTarget.TITLE));
        assertThat(root("拆迁 区县:西固区 -状态:已办结")).isEqualTo(new And(List.of(t("拆迁"),
                new Filter(SearchField.DISTRICT, "西固区"), new Not(new Filter(SearchField.STATUS, "CLOSED")))));
    }

    @Test
    void unknownLabelsAndValues() {
        assertThat(root("时间:10:30")).as("not a label: plain words").isEqualTo(
                new And(List.of(t("时间"), t("10"), t("30"))));
        assertThat(parser.parse("状态:随便").root()).isEqualTo(new Filter(SearchField.STATUS, "随便"));
        assertThat(notes("状态:随便")).containsExactly(Kind.UNKNOWN_VALUE);
        assertThat(notes("区县: 拆迁")).contains(Kind.EMPTY_VALUE);
    }

    @Test
    void unparsableTextFallsBackToPlainWordsWithANote() {
        ParsedQuery quotes = parser.parse("拆迁 \"补偿款 被挪用");
        assertThat(quotes.fallback()).isTrue();
        assertThat(quotes.root()).isEqualTo(new Plain("拆迁 补偿款 被挪用"));
        assertThat(quotes.notes()).extracting(ParsedQuery.Note::kind).containsExactly(Kind.UNBALANCED_QUOTES);

        assertThat(parser.parse("(拆迁 OR 征收").root()).isEqualTo(new Plain("拆迁 OR 征收"));
        assertThat(notes("(拆迁 OR 征收")).containsExactly(Kind.UNBALANCED_PARENTHESES);
        assertThat(notes("拆迁) 征收")).containsExactly(Kind.UNBALANCED_PARENTHESES);
        assertThat(notes("((((((((((拆迁))))))))))")).containsExactly(Kind.TOO_DEEP);
    }

    @Test
    void danglingOperatorsAreIgnored() {
        assertThat(root("拆迁 AND")).isEqualTo(t("拆迁"));
        assertThat(root("OR 拆迁")).isEqualTo(t("拆迁"));
        assertThat(root("拆迁 NOT")).isEqualTo(t("拆迁"));
        assertThat(notes("拆迁 或者")).containsExactly(Kind.DANGLING_OPERATOR);
        assertThat(root("NOT 拆迁")).isEqualTo(new Not(t("拆迁")));
    }

    @Test
    void queryDslAndLuceneSyntaxAreOnlyText() {
        // Nothing typed can become query syntax: symbols are dropped, what remains is searched as words.
        assertThat(root("{\"match_all\":{}}")).isEqualTo(new Phrase("match_all", null));
        assertThat(root("*:*")).isNull();
        assertThat(notes("*:*")).contains(Kind.IGNORED_SYMBOLS, Kind.NOTHING_SEARCHABLE);
        assertThat(root("title:* OR 1=1")).isEqualTo(new And(List.of(t("1"), t("1"))));
        assertThat(notes("title:* OR 1=1")).containsExactly(Kind.IGNORED_SYMBOLS, Kind.IGNORED_SYMBOLS, Kind.DANGLING_OPERATOR);
        assertThat(root("content:拆迁~2^10")).isEqualTo(new And(List.of(new Term("拆迁", TextTarget.CONTENT),
                new Term("2", TextTarget.CONTENT), new Term("10", TextTarget.CONTENT))));
        assertThat(root("<script>alert(1)</script>")).isNotNull();
    }

    @Test
    void emojiControlCharactersAndInvisibleCharacters() {
        assertThat(root("拆迁😡补偿")).isEqualTo(new And(List.of(t("拆迁"), t("补偿"))));
        assertThat(root("拆\u0000迁\u200B\u202E")).isEqualTo(t("拆迁"));
        assertThat(notes("拆\u0000迁")).containsExactly(Kind.CONTROL_CHARACTERS);
        assertThat(root("\uD800拆迁")).as("lone surrogate").isEqualTo(t("拆迁"));
    }

    @Test
    void namesWithMiddleDotsAndNumbersStayWhole() {
        assertThat(root("买买提·艾力")).isEqualTo(t("买买提·艾力"));
        assertThat(root("2024-05")).isEqualTo(t("2024-05"));
        assertThat(root("ＡＢＣ１２３")).as("full-width letters and digits").isEqualTo(t("ABC123"));
    }

    @Test
    void longTextIsTruncatedAndTermsAreCapped() {
        ParsedQuery longText = parser.parse("拆".repeat(10_000));
        assertThat(longText.notes()).extracting(ParsedQuery.Note::kind).containsExactly(Kind.TRUNCATED);
        assertThat(((Term) longText.root()).text()).hasSize(256);

        ParsedQuery many = parser.parse("一 二 三 四 五 六 七 八 九 十 甲 乙 丙 丁 戊 己 庚 辛");
        assertThat(((And) many.root()).children()).hasSize(16);
        assertThat(many.notes()).extracting(ParsedQuery.Note::kind).containsExactly(Kind.TOO_MANY_TERMS);
    }

    @Test
    void emptyInput() {
        assertThat(parser.parse(null)).isEqualTo(ParsedQuery.empty());
        assertThat(parser.parse("   ")).isEqualTo(ParsedQuery.empty());
        assertThat(notes("\"\"")).contains(Kind.NOTHING_SEARCHABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "(", ")", "-", "--", "NOT NOT", "OR OR OR", "\"\"\"", "区县:", ":", "::::",
            "((\"a\" OR)", "a) OR (b", "标题:(拆迁)", "-\"\"", "\\", "\\\"", "'", "拆迁'", "&&||", "!拆迁"})
    void oddInputNeverThrows(String input) {
        assertThatCode(() -> parser.parse(input)).doesNotThrowAnyException();
    }

    @Test
    void randomInputNeverThrows() {
        Random random = new Random(42);
        String alphabet = "拆迁征收补偿\"“”「」()（）:：-+ ANDORNOT或者不含区县西固区*?~^{}[]=\\/\u0000\u200B😀";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String input = text.toString();
            assertThatCode(() -> parser.parse(input)).as(input).doesNotThrowAnyException();
        }
    }
}
