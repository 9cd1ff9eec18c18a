package io.liaisoninsight.ingest.enrich.terms;

import io.liaisoninsight.ingest.enrich.text.WordKind;
import io.liaisoninsight.ingest.enrich.text.WordLists;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project's issue terms (问题词表, {@code issue-terms.txt}) and the words never to report as key
 * terms ({@code stop-words.txt}). Issue terms stay whole in segmentation (补偿款, not 补偿/款) and
 * rank first, because they are what hot-spot analysis groups by.
 */
public final class IssueLexicon {

    private final Set<String> terms;
    private final Set<String> stopWords;

    public IssueLexicon(List<String> terms, List<String> stopWords) {
        this.terms = Set.copyOf(new LinkedHashSet<>(terms));
        this.stopWords = Set.copyOf(new LinkedHashSet<>(stopWords));
    }

    /** The lists shipped with the application. */
    public static IssueLexicon standard() {
        return new IssueLexicon(WordLists.load(IssueLexicon.class, "issue-terms.txt"),
                WordLists.load(IssueLexicon.class, "stop-words.txt"));
    }

    public boolean isIssueTerm(String word) {
        return terms.contains(word);
    }

    public boolean isStopWord(String word) {
        return stopWords.contains(word);
    }

    /** Issue terms for the segmenter, as nouns (their kind only matters for ranking, and they rank as terms). */
    public Map<String, WordKind> segmentationWords() {
        Map<String, WordKind> words = new LinkedHashMap<>();
        terms.forEach(term -> words.put(term, WordKind.NOUN));
        return words;
    }
}
