package io.liaisoninsight.smartcn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.cluster.metadata.IndexMetadata;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.IndexVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the Lucene objects exactly as the node does, through the providers the plugin registers,
 * so a wrong name or a broken factory fails here rather than at index creation.
 */
class SmartcnPluginTest {

    private static final String PETITION = "群众反映拆迁补偿款被村干部挪用";
    private static final List<String> WORDS = List.of("群众", "反映", "拆迁", "补偿", "款", "被", "村干部", "挪用");

    private final SmartcnPlugin plugin = new SmartcnPlugin();
    private IndexSettings indexSettings;
    private Environment env;

    @BeforeAll
    static void esLogging() {
        // Outside a node nobody installs Elasticsearch's logging provider, and IndexMetadata needs it.
        LogConfigurator.configureESLogging();
    }

    @BeforeEach
    void setUp(@TempDir Path home) {
        env = new Environment(Settings.builder().put(Environment.PATH_HOME_SETTING.getKey(), home.toString()).build(), null);
        IndexMetadata metadata = IndexMetadata.builder("petitions")
            .settings(Settings.builder()
                .put(IndexMetadata.SETTING_VERSION_CREATED, IndexVersion.current())
                .put(IndexMetadata.SETTING_NUMBER_OF_SHARDS, 1)
                .put(IndexMetadata.SETTING_NUMBER_OF_REPLICAS, 0))
            .build();
        indexSettings = new IndexSettings(metadata, Settings.EMPTY);
    }

    @Test
    void registersTheOfficialNamesOnly() {
        assertEquals(List.of("smartcn"), List.copyOf(plugin.getAnalyzers().keySet()));
        assertEquals(List.of("smartcn_tokenizer"), List.copyOf(plugin.getTokenizers().keySet()));
        assertEquals(List.of("smartcn_stop"), List.copyOf(plugin.getTokenFilters().keySet()));
    }

    @Test
    void analyzerSegmentsAPetitionSentence() throws IOException {
        Analyzer analyzer = plugin.getAnalyzers().get("smartcn").get(indexSettings, env, "smartcn", Settings.EMPTY).get();
        // Punctuation is dropped by the analyzer's built-in stop set.
        assertEquals(WORDS, terms(analyzer.tokenStream("f", PETITION + "。")));
    }

    @Test
    void tokenizerKeepsPunctuationAndStopFilterDropsIt() throws IOException {
        String text = "群众反映：拆迁补偿款被村干部挪用。";
        assertEquals(List.of("群众", "反映", ",", "拆迁", "补偿", "款", "被", "村干部", "挪用", ","), terms(tokenizer(text)));

        TokenStream filtered = plugin.getTokenFilters().get("smartcn_stop")
            .get(indexSettings, env, "smartcn_stop", Settings.EMPTY)
            .create(tokenizer(text));
        assertEquals(WORDS, terms(filtered));
    }

    private Tokenizer tokenizer(String text) throws IOException {
        Tokenizer tokenizer = plugin.getTokenizers().get("smartcn_tokenizer")
            .get(indexSettings, env, "smartcn_tokenizer", Settings.EMPTY)
            .create();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }

    private static List<String> terms(TokenStream stream) throws IOException {
        List<String> terms = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
