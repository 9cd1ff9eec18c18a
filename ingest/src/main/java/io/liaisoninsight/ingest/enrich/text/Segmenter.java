package io.liaisoninsight.ingest.enrich.text;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dictionary segmentation of Chinese text: every word HanLP's core and custom dictionaries know is a
 * candidate, and the most probable sequence of words under a unigram model (each word costs
 * {@code -log} of its corpus frequency) wins — the approach of jieba. The project's own lexicon
 * (issue terms, Lanzhou place names, a few hint words) is forced on top, so 补偿款 or 和平镇 is always
 * one token whatever the dictionaries say.
 *
 * <p>Why not smartcn or HanLP's own statistical segmenters: on petition-like text smartcn runs at
 * ~1–2 MB/s, HanLP's bigram Viterbi at ~3 MB/s and with name/place/organisation recognition at
 * ~1 MB/s per thread, while this runs at tens of MB/s. Elasticsearch already spends its CPU on
 * smartcn; ingest must stay cheap. Unigram costs fix the worst longest-match errors (调查处/理 →
 * 调查/处理) at a fraction of the bigram model's cost.
 *
 * <p>Immutable and thread-safe: HanLP's dictionaries are loaded once into read-only tries (its global
 * configuration is never changed here), and every call works on its own arrays.
 */
public final class Segmenter {

    /** The custom dictionary's counts are ~14× the core's for the same words (e.g. 问题 23965 vs 1712). */
    private static final int CORE_TO_CUSTOM_SCALE = 14;
    /** Corpus size of the unigram model, in custom-dictionary counts; only cost differences matter. */
    private static final double LOG_CORPUS = Math.log(5e7);
    /** A char no dictionary knows costs as much as a word seen once, and a little more. */
    private static final double UNKNOWN_CHAR_COST = LOG_CORPUS + 2;

    private final DoubleArrayTrie<CoreDictionary.Attribute> core;
    private final DoubleArrayTrie<CoreDictionary.Attribute> custom;
    /** Unigram cost and coarse kind of every dictionary entry, by the trie's value index: computed once. */
    private final double[] coreCost;
    private final double[] customCost;
    private final WordKind[] coreKind;
    private final WordKind[] customKind;
    private final AhoCorasickDoubleArrayTrie<WordKind> domain;

    /** @param domainWords words that must stay whole, with their kind (e.g. 补偿款 NOUN, 和平镇 PLACE) */
    public Segmenter(Map<String, WordKind> domainWords) {
        this.core = CoreDictionary.trie;
        this.custom = CustomDictionary.DEFAULT.dat;
        this.coreCost = costs(core, CORE_TO_CUSTOM_SCALE);
        this.customCost = costs(custom, 1);
        this.coreKind = kinds(core);
        this.customKind = kinds(custom);
        this.domain = new AhoCorasickDoubleArrayTrie<>();
        TreeMap<String, WordKind> sorted = new TreeMap<>();
        domainWords.forEach((word, kind) -> {
            if (!word.isEmpty()) {
                sorted.put(word, kind);
            }
        });
        domain.build(sorted);
    }

    public AnalysedText analyse(String title, String content) {
        String text = AnalysedText.join(title, content);
        int titleLength = title == null || title.isEmpty() ? 0 : Math.min(title.length(), text.length());
        char[] chars = text.toCharArray();
        List<Token> domainHits = new ArrayList<>();
        List<Token> tokens = segment(chars, domainHits);
        return new AnalysedText(text, titleLength, tokens, domainHits);
    }

    public List<Token> segment(String text) {
        return segment(text.toCharArray(), new ArrayList<>());
    }

    /**
     * @param domainHits receives every occurrence of a domain word, overlapping ones included
     *                   (拆迁补偿款 holds 拆迁, 拆迁补偿 and 补偿款), for extractors that count terms
     */
    private List<Token> segment(char[] chars, List<Token> domainHits) {
        int n = chars.length;
        int[] forcedLength = forcedDomainWords(chars, domainHits);
        WordKind[] forcedKind = new WordKind[n];
        for (Token hit : domainHits) {
            if (forcedLength[hit.start()] == hit.length()) {
                forcedKind[hit.start()] = hit.kind();
            }
        }
        // free[i]: how many chars from i on belong to no forced word; a dictionary word must fit there.
        boolean[] covered = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (forcedLength[i] > 0) {
                Arrays.fill(covered, i, i + forcedLength[i], true);
            }
        }
        int[] free = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            free[i] = covered[i] ? 0 : free[i + 1] + 1;
        }

        Candidates candidates = new Candidates(n);
        collect(core, coreCost, coreKind, chars, free, candidates);
        collect(custom, customCost, customKind, chars, free, candidates);

        // Cheapest path from the end backwards: cost[i] is the cost of segmenting chars[i..n).
        double[] cost = new double[n + 1];
        int[] chosen = new int[n + 1];
        WordKind[] chosenKind = new WordKind[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            if (forcedLength[i] > 0) {
                cost[i] = cost[i + forcedLength[i]];
                chosen[i] = forcedLength[i];
                continue;
            }
            if (free[i] == 0) {
                continue; // inside a forced word: never a starting point
            }
            int runLength = asciiRun(chars, i, free[i]);
            if (runLength > 0) {
                cost[i] = LOG_CORPUS + cost[i + runLength];
                chosen[i] = runLength;
                continue;
            }
            cost[i] = UNKNOWN_CHAR_COST + cost[i + 1];
            chosen[i] = 1;
            chosenKind[i] = null;
            for (int e = candidates.head[i]; e >= 0; e = candidates.next[e]) {
                int length = candidates.length[e];
                double c = candidates.cost[e] + cost[i + length];
                if (c < cost[i]) {
                    cost[i] = c;
                    chosen[i] = length;
                    chosenKind[i] = candidates.kind[e];
                }
            }
        }

        List<Token> tokens = new ArrayList<>(n / 2 + 1);
        for (int i = 0; i < n; i += chosen[i]) {
            String word = new String(chars, i, chosen[i]);
            if (forcedLength[i] > 0) {
                tokens.add(new Token(word, i, forcedKind[i], true));
            } else {
                tokens.add(new Token(word, i, kindOf(word, chosenKind[i]), false));
            }
        }
        return tokens;
    }

    /** Leftmost-longest, non-overlapping domain words; every hit (overlaps too) goes to hits. */
    private int[] forcedDomainWords(char[] chars, List<Token> hits) {
        int n = chars.length;
        int[] longest = new int[n];
        WordKind[] kinds = new WordKind[n];
        domain.parseText(chars, (begin, end, kind) -> {
            hits.add(new Token(new String(chars, begin, end - begin), begin, kind, true));
            if (end - begin > longest[begin]) {
                longest[begin] = end - begin;
                kinds[begin] = kind;
            }
        });
        hits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.length(), a.length()));
        int[] forced = new int[n];
        for (int i = 0; i < n; ) {
            if (longest[i] > 0) {
                forced[i] = longest[i];
                i += longest[i];
            } else {
                i++;
            }
        }
        return forced;
    }

    private static void collect(DoubleArrayTrie<CoreDictionary.Attribute> trie, double[] costs, WordKind[] kinds,
                                char[] chars, int[] free, Candidates candidates) {
        DoubleArrayTrie<CoreDictionary.Attribute>.Searcher searcher = trie.getSearcher(chars, 0);
        while (searcher.next()) {
            if (searcher.length <= free[searcher.begin] && searcher.index < costs.length) {
                candidates.add(searcher.begin, searcher.length, costs[searcher.index], kinds[searcher.index]);
            }
        }
    }

    private static double[] costs(DoubleArrayTrie<CoreDictionary.Attribute> trie, int scale) {
        double[] costs = new double[trie.size()];
        for (int i = 0; i < costs.length; i++) {
            CoreDictionary.Attribute value = trie.get(i);
            long frequency = value == null ? 0 : (long) value.totalFrequency * scale;
            costs[i] = LOG_CORPUS - Math.log(frequency + 1.0);
        }
        return costs;
    }

    private static WordKind[] kinds(DoubleArrayTrie<CoreDictionary.Attribute> trie) {
        WordKind[] kinds = new WordKind[trie.size()];
        for (int i = 0; i < kinds.length; i++) {
            CoreDictionary.Attribute value = trie.get(i);
            kinds[i] = value == null || value.nature == null || value.nature.length == 0 ? WordKind.OTHER
                    : directionWord(value) ? WordKind.OTHER : kindOf(value.nature[0]);
        }
        return kinds;
    }

    /** 西部, 东侧 (tag f, more than one char in every dictionary entry but 里/上/下…): they name things. */
    private static boolean directionWord(CoreDictionary.Attribute value) {
        return value.nature[0] == Nature.f;
    }

    private static int asciiRun(char[] chars, int i, int max) {
        int end = i;
        while (end < i + max && chars[end] < 128 && Character.isLetterOrDigit(chars[end])) {
            end++;
        }
        return end - i;
    }

    /**
     * Frequency of a word in HanLP's custom dictionary (the larger corpus), else its core-dictionary
     * frequency scaled to the same corpus size; 0 when unknown. Common words have large values, so
     * this serves as a document-frequency proxy for ranking key terms.
     */
    public int frequency(String word) {
        CoreDictionary.Attribute value = custom.get(word);
        if (value != null) {
            return value.totalFrequency;
        }
        value = core.get(word);
        return value == null ? 0 : value.totalFrequency * CORE_TO_CUSTOM_SCALE;
    }

    /**
     * The kind of a chosen word: the dictionary's, except that a one-char direction word (里, 上) is a
     * function word; no dictionary kind means punctuation, ASCII, or a char the dictionaries lack.
     */
    private static WordKind kindOf(String word, WordKind dictionaryKind) {
        char first = word.charAt(0);
        if (dictionaryKind == null) {
            if (!Character.isLetterOrDigit(first)) {
                return WordKind.PUNCTUATION;
            }
            if (first < 128) {
                return Character.isDigit(first) ? WordKind.NUMBER : WordKind.NOUN;
            }
            return WordKind.OTHER;
        }
        if (dictionaryKind == WordKind.OTHER && word.length() == 1 && isDirection(first)) {
            return WordKind.FUNCTION;
        }
        return dictionaryKind;
    }

    private static boolean isDirection(char c) {
        return "里上下内外前后中左右旁边间东西南北".indexOf(c) >= 0;
    }

    /** Maps HanLP's PKU-style tags (n, nr, ns, nt, v, vn, m, w, p, u …) onto the coarse kinds. */
    static WordKind kindOf(Nature nature) {
        String tag = nature.toString();
        if (tag.startsWith("nr")) {
            return WordKind.PERSON_NAME;
        }
        if (tag.startsWith("ns")) {
            return WordKind.PLACE;
        }
        if (tag.startsWith("nt")) {
            return WordKind.ORGANIZATION;
        }
        // vn (名动词: 补偿, 污染, 管理) is used as a noun: a topic, not an action.
        if (tag.startsWith("n") || tag.startsWith("g") || tag.equals("j") || tag.equals("vn")) {
            return WordKind.NOUN;
        }
        if (tag.equals("vshi") || tag.equals("vyou")) {
            return WordKind.FUNCTION;
        }
        if (tag.startsWith("v")) {
            return WordKind.VERB;
        }
        if (tag.startsWith("m")) {
            return WordKind.NUMBER;
        }
        if (tag.startsWith("w")) {
            return WordKind.PUNCTUATION;
        }
        return switch (tag.charAt(0)) {
            case 'p', 'c', 'u', 'd', 'r', 'y', 'e', 'o', 'q', 'f' -> WordKind.FUNCTION;
            default -> WordKind.OTHER;
        };
    }

    /** Candidate words by start position, as linked lists in flat arrays (no object per word). */
    private static final class Candidates {
        final int[] head;
        int[] next;
        int[] length;
        double[] cost;
        WordKind[] kind;
        int size;

        Candidates(int n) {
            head = new int[n];
            Arrays.fill(head, -1);
            int capacity = Math.max(16, n * 3);
            next = new int[capacity];
            length = new int[capacity];
            cost = new double[capacity];
            kind = new WordKind[capacity];
        }

        void add(int begin, int wordLength, double wordCost, WordKind wordKind) {
            if (size == next.length) {
                int capacity = size * 2;
                next = Arrays.copyOf(next, capacity);
                length = Arrays.copyOf(length, capacity);
                cost = Arrays.copyOf(cost, capacity);
                kind = Arrays.copyOf(kind, capacity);
            }
            next[size] = head[begin];
            length[size] = wordLength;
            cost[size] = wordCost;
            kind[size] = wordKind;
            head[begin] = size++;
        }
    }
}
