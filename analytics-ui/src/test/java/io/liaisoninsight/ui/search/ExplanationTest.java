package io.liaisoninsight.ui.search;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The "understood as" line in both bundles. */
class ExplanationTest {

    private final QueryParser parser = new QueryParser(QueryLanguage.load(), 256, 16);
    private final SynonymDictionary synonyms = SynonymDictionary.parse("拆迁, 征收\n");

    private String explain(String bundle, String text) {
        Properties messages = load(bundle);
        Explanation explanation = new Explanation((key, args) -> {
            String pattern = messages.getProperty(key);
            if (pattern == null) {
                return "!" + key + "!";
            }
            return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
        });
        SearchQuery query = new SearchQuery(SearchCriteria.ofText(text), parser.parse(text), synonyms,
                SearchQueryTest.NOW, SearchQueryTest.ZONE, SearchSettings.defaults());
        return explanation.describe(query.parsed(), query.expansions());
    }

    @Test
    void chinese() {
        assertThat(explain("messages.properties", "(拆迁 或者 欠薪) 区县:西固 -状态:已办结 \"禹晓琳\""))
                .isEqualTo("（“拆迁”（含同义词：征收） 或者 “欠薪”） 并且 区县为西固区 并且 不含办理状态为已办结 并且 精确短语“禹晓琳”");
        assertThat(explain("messages.properties", "拆迁 \"补偿"))
                .isEqualTo("普通文本“拆迁 补偿”（按其中多数词语检索）。引号不成对，已按普通文本检索");
        assertThat(explain("messages.properties", "*:*")).isEqualTo("全部记录（您的权限范围内）。已忽略无检索意义的符号（*:*）；没有可检索的内容，显示全部记录");
        assertThat(explain("messages.properties", "状态:随便")).contains("办理状态为随便", "无法识别的取值“随便”");
    }

    @Test
    void english() {
        assertThat(explain("messages_en.properties", "拆迁 OR 渠道:12309"))
                .isEqualTo("\"拆迁\" (with synonyms: 征收) OR Channel is 12309 hotline");
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = ExplanationTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}
