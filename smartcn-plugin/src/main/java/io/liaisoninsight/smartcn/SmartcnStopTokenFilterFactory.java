package io.liaisoninsight.smartcn;

import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.search.suggest.analyzing.SuggestStopFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;

/**
 * {@code smartcn_stop}: a stop filter whose default list is SmartChineseAnalyzer's (mostly punctuation,
 * which {@code smartcn_tokenizer} emits as tokens). It accepts the same settings as the official filter
 * ({@code stopwords} incl. {@code _smartcn_}, {@code stopwords_path}, {@code ignore_case},
 * {@code remove_trailing}) so a template behaves the same on both engines.
 */
final class SmartcnStopTokenFilterFactory extends AbstractTokenFilterFactory {

    private static final Map<String, Set<?>> NAMED_STOP_WORDS = Map.of("_smartcn_", SmartChineseAnalyzer.getDefaultStopSet());

    private final CharArraySet stopWords;
    private final boolean removeTrailing;

    SmartcnStopTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name, settings);
        boolean ignoreCase = settings.getAsBoolean("ignore_case", false);
        this.removeTrailing = settings.getAsBoolean("remove_trailing", true);
        this.stopWords = Analysis.parseWords(
            env, settings, "stopwords", SmartChineseAnalyzer.getDefaultStopSet(), NAMED_STOP_WORDS, ignoreCase);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        // remove_trailing=false keeps a trailing stop word, which search-as-you-type suggesters need.
        return removeTrailing ? new StopFilter(tokenStream, stopWords) : new SuggestStopFilter(tokenStream, stopWords);
    }
}
