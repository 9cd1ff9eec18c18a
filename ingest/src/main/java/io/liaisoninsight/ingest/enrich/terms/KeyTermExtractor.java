package io.liaisoninsight.ingest.enrich.terms;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import io.liaisoninsight.ingest.enrich.text.AnalysedText;
import io.liaisoninsight.ingest.enrich.text.Segmenter;
import io.liaisoninsight.ingest.enrich.text.Token;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Key terms of one record, stored once in a keyword field so hot-spot and emerging-term
 * aggregations ({@code terms}, {@code significant_terms}) never re-analyse text at query time.
 *
 * <p>Candidates are every issue term, and the segmenter's nouns and organisation words of 2–8 chars
 * that are neither stop words nor common in general text; person names are left out (personal
 * data, and no topic), places too (they have their own field, entities.places). Each candidate is
 * scored by a damped count (title words count twice) times an inverse-frequency weight taken from
 * the dictionary's corpus counts, so 挪用 ranks above 进行; issue terms get a fixed bonus. The list
 * is deduplicated, most informative first, and bounded so one long text cannot dominate a field.
 */
public final class KeyTermExtractor {

    public static final int MAX_TERMS = 30;

    /** Larger than any corpus count of a candidate word, so the logarithm stays positive. */
    private static final double CORPUS_SCALE = 2_000_000;
    /**
     * Words at least this common in general text (身体, 朋友, 行为, 标准: counts ≥ 3000 in HanLP's
     * corpus) are too unspecific to be key terms unless they are issue terms.
     */
    private static final int MAX_GENERAL_FREQUENCY = 3_000;
    /** Issue terms are treated as this rare, whatever their general frequency (拆迁 is common in news). */
    private static final int ISSUE_TERM_FREQUENCY = 100;
    private static final double ISSUE_TERM_BONUS = 1.5;

    private final Segmenter segmenter;
    private final IssueLexicon lexicon;
    private final int maxTerms;

    public KeyTermExtractor(Segmenter segmenter, IssueLexicon lexicon) {
        this(segmenter, lexicon, MAX_TERMS);
    }

    public KeyTermExtractor(Segmenter segmenter, IssueLexicon lexicon, int maxTerms) {
        this.segmenter = segmenter;
        this.lexicon = lexicon;
        this.maxTerms = maxTerms;
    }

    public List<String> extract(AnalysedText text) {
        return extract(text, List.of());
    }

    /**
     * @param entityNames people, places and organisations found in the record; words inside them
     *                    (建国 of 张建国, 化工 of 祥和化工有限公司) are no key terms: names have their own
     *                    fields, and a person's name must not reach hot-spot aggregations
     */
    public List<String> extract(AnalysedText text, Collection<String> entityNames) {
        Map<String, Candidate> candidates = new HashMap<>();
        // Issue terms: every occurrence, nested ones too (拆迁补偿款 counts 拆迁, 拆迁补偿, 补偿款).
        for (Token hit : text.domainHits()) {
            if (lexicon.isIssueTerm(hit.text()) && !lexicon.isStopWord(hit.text())) {
                count(candidates, hit, text);
            }
        }
        for (Token token : text.tokens()) {
            if (!token.domainTerm() && isCandidate(token) && !partOfName(token.text(), entityNames)) {
                count(candidates, token, text);
            }
        }
        List<Candidate> ranked = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates.values()) {
            candidate.score = score(candidate);
            if (candidate.score > 0) {
                ranked.add(candidate);
            }
        }
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingInt(c -> c.firstStart));
        List<String> terms = new ArrayList<>(Math.min(maxTerms, ranked.size()));
        for (int i = 0; i < ranked.size() && i < maxTerms; i++) {
            terms.add(ranked.get(i).word);
        }
        return List.copyOf(terms);
    }

    private static void count(Map<String, Candidate> candidates, Token token, AnalysedText text) {
        Candidate candidate = candidates.computeIfAbsent(token.text(), word -> new Candidate(word, token));
        candidate.count += text.inTitle(token) ? 2 : 1;
    }

    private static boolean partOfName(String word, Collection<String> names) {
        for (String name : names) {
            if (name != null && name.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean isCandidate(Token token) {
        String word = token.text();
        if (word.length() < 2 || word.length() > 8) {
            return false;
        }
        // Places are left to the entity field (entities.places): key terms say what, not where.
        // Plain verbs (拿到, 去找, 拖着) say what someone did, rarely what the matter is; the verbs
        // that do (挪用, 截留, 拖欠) are issue terms, and nominal verbs (补偿, 污染) count as nouns.
        return switch (token.kind()) {
            case NOUN, ORGANIZATION -> !lexicon.isStopWord(word) && !CoreStopWordDictionary.contains(word)
                    && !anonymised(word);
            default -> false;
        };
    }

    /** 王某, 某公司: anonymised references name nobody and no topic. */
    private static boolean anonymised(String word) {
        return word.indexOf('某') >= 0;
    }

    private double score(Candidate candidate) {
        boolean issueTerm = candidate.domainTerm || lexicon.isIssueTerm(candidate.word);
        int frequency = issueTerm ? ISSUE_TERM_FREQUENCY : segmenter.frequency(candidate.word);
        if (!issueTerm && frequency >= MAX_GENERAL_FREQUENCY) {
            return 0;
        }
        double inverseFrequency = Math.log(CORPUS_SCALE / (frequency + 1.0));
        double bonus = issueTerm ? ISSUE_TERM_BONUS : 1.0;
        return (1 + Math.log(candidate.count)) * inverseFrequency * bonus;
    }

    private static final class Candidate {
        final String word;
        final boolean domainTerm;
        final int firstStart;
        int count;
        double score;

        Candidate(String word, Token first) {
            this.word = word;
            this.domainTerm = first.domainTerm();
            this.firstStart = first.start();
        }
    }
}
