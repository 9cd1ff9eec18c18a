package io.liaisoninsight.smartcn;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Smart Chinese analysis for the local Elasticsearch built from Maven Central, where the official
 * {@code analysis-smartcn} zip cannot be downloaded.
 *
 * <p>The names are the official plugin's, so index templates written against them work unchanged on
 * the official distribution with the official plugin. The official plugin's legacy aliases
 * ({@code smartcn_word}, {@code smartcn_sentence}) are left out on purpose: templates must not use them.
 */
public class SmartcnPlugin extends Plugin implements AnalysisPlugin {

    public static final String ANALYZER = "smartcn";
    public static final String TOKENIZER = "smartcn_tokenizer";
    public static final String STOP_FILTER = "smartcn_stop";

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(ANALYZER, SmartcnAnalyzerProvider::new);
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(TOKENIZER, SmartcnTokenizerFactory::new);
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(STOP_FILTER, SmartcnStopTokenFilterFactory::new);
    }

    /** The analyzer is thread-safe and settings-free (like the official one), so one instance per index. */
    static final class SmartcnAnalyzerProvider extends AbstractIndexAnalyzerProvider<SmartChineseAnalyzer> {
        private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer(SmartChineseAnalyzer.getDefaultStopSet());

        SmartcnAnalyzerProvider(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
        }

        @Override
        public SmartChineseAnalyzer get() {
            return analyzer;
        }
    }

    /** Sentence splitting plus HMM word segmentation; no filtering, so custom analyzers choose their own. */
    static final class SmartcnTokenizerFactory extends AbstractTokenizerFactory {
        SmartcnTokenizerFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(indexSettings, settings, name);
        }

        @Override
        public Tokenizer create() {
            return new HMMChineseTokenizer();
        }
    }
}
