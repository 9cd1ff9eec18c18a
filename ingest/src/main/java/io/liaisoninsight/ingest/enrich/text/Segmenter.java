package io.liaisoninsight.ingest.enrich.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dictionary segmentation of Chinese text: every word of HanLP's core and custom dictionaries is a
 * candidate, and the most probable sequence of words under a unigram model wins (each word costs
 * {@code -log} of its corpus frequency) — the approach of jieba. The project's own lexicon (issue
 * terms, Lanzhou place names, hint words) is forced on top, leftmost-longest, so 补偿款 or 和平镇 is
 * always one token whatever the dictionaries say.
 *
 * <p>Why not smartcn or HanLP's statistical segmenters: measured on petition-like text (one thread,
 * CPU time), smartcn ran at ~1–2 MB/s, HanLP's bigram Viterbi at ~2.5–3.5 MB/s and with person,
 * place and organisation recognition at ~1–2 MB/s, while this runs at ~35 MB/s. Elasticsearch
 * already spends its CPU on smartcn; ingest must stay cheap. The unigram model avoids the worst
 * longest-match errors (调查处/理 → 调查/处理) at little cost.
 *
 * <p>Speed: HanLP's two dictionaries and the lexicon are merged at construction into one
 * double-array trie (~114k words; about a second to build), so each text is searched once instead
 * of three times (that alone took segmentation from ~20 to ~35 MB/s).
 *
 * <p>Immutable and thread-safe: built once, then only read; every call works on its own arrays.
 * HanLP's global configuration is never changed.
 */
public final class Segmenter {

    /** The custom dictionary's counts are ~14× the core's for the same words (e.g. 问题 23965 vs 1712). */
    private static final int CORE_TO_CUSTOM_SCALE = 14;
    /** Corpus size of the unigram model, in custom-dictionary counts; only cost differences matter. */
    private static final double LOG_CORPUS = Math.log(5e7);
    /** A char no dictionary knows costs as much as a word seen once, and a little more. */
    private static final double UNKNOWN_CHAR_COST = LOG_CORPUS + 2;
    private static final String DIRECTIONS = "里上下内外前后中左右旁边间东西南北";
    private static final String NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十百千万两几半";
    private static final String UNITS = "天年月个次";
    private static final String AFTER_UNIT = "才就都还也后前内里来多";

    private final DoubleArrayTrie<Integer> trie;
    /** By the trie's word index: unigram cost, coarse kind, corpus frequency, kind when a lexicon word. */
    private final double[] cost;
    private final WordKind[] kind;
    private final int[] frequency;
    private final WordKind[] domainKind;

    /** @param domainWords words that must stay whole, with their kind (e.g. 补偿款 NOUN, 和平镇 PLACE) */
    public Segmenter(Map<String, WordKind> domainWords) {
        Map<String, Entry> entries = new HashMap<>(150_000);
        addDictionary(CoreDictionary.trie, CORE_TO_CUSTOM_SCALE, entries);
        addDictionary(CustomDictionary.DEFAULT.dat, 1, entries);
        domainWords.forEach((word, wordKind) -> {
            if (!word.isEmpty()) {
                entries.computeIfAbsent(word, w -> new Entry(0, WordKind.OTHER)).domainKind = wordKind;
            }
        });
        TreeMap<String, Integer> sorted = new TreeMap<>();
        entries.keySet().forEach(word -> sorted.put(word, 0));
        int size = sorted.size();
        cost = new double[size];
        kind = new WordKind[size];
        frequency = new int[size];
        domainKind = new WordKind[size];
        int index = 0;
        for (Map.Entry<String, Integer> word : sorted.entrySet()) {
            Entry entry = entries.get(word.getKey());
            word.setValue(index);
            cost[index] = LOG_CORPUS - Math.log(entry.frequency + 1.0);
            kind[index] = entry.kind;
            frequency[index] = (int) Math.min(Integer.MAX_VALUE, entry.frequency);
            domainKind[index] = entry.domainKind;
            index++;
        }
        trie = new DoubleArrayTrie<>();
        trie.build(sorted);
    }

    private static void addDictionary(DoubleArrayTrie<CoreDictionary.Attribute> dictionary, int scale,
                                      Map<String, Entry> entries) {
        DictionaryWords.forEach(dictionary, (word, valueIndex) -> {
            CoreDictionary.Attribute value = dictionary.get(valueIndex);
            if (value == null || value.nature == null || value.nature.length == 0) {
                return;
            }
            long wordFrequency = (long) value.totalFrequency * scale;
            Entry known = entries.get(word);
            if (known == null || wordFrequency > known.frequency) {
                entries.put(word, new Entry(wordFrequency, kindOf(value.nature[0])));
            }
        });
    }

    public AnalysedText analyse(String title, String content) {
        String text = AnalysedText.join(title, content);
        int titleLength = title == null || title.isEmpty() ? 0 : Math.min(title.length(), text.length());
        List<Token> domainHits = new ArrayList<>();
        List<Token> tokens = segment(text.toCharArray(), domainHits);
        return new AnalysedText(text, titleLength, tokens, domainHits);
    }

    public List<Token> segment(String text) {
        return segment(text.toCharArray(), new ArrayList<>());
    }

    /**
     * Corpus frequency of a word (custom-dictionary counts; core counts scaled), 0 when unknown.
     * Common words have large values, so this serves as a document-frequency proxy for ranking.
     */
    public int frequency(String word) {
        int index = trie.exactMatchSearch(word);
        return index < 0 ? 0 : frequency[index];
    }

    /**
     * @param domainHits receives every occurrence of a lexicon word, overlapping ones included
     *                   (拆迁补偿款 holds 拆迁, 拆迁补偿 and 补偿款), for extractors that count terms
     */
    private List<Token> segment(char[] chars, List<Token> domainHits) {
        int n = chars.length;
        Candidates candidates = new Candidates(n);
        int[] longestDomain = new int[n];
        DoubleArrayTrie<Integer>.Searcher searcher = trie.getSearcher(chars, 0);
        while (searcher.next()) {
            int begin = searcher.begin;
            int length = searcher.length;
            int index = searcher.index;
            if (domainKind[index] != null) {
                domainHits.add(new Token(new String(chars, begin, length), begin, domainKind[index], true));
                longestDomain[begin] = Math.max(longestDomain[begin], length);
            }
            if (kind[index] != null && frequency[index] > 0) {
                candidates.add(begin, length, index);
            }
        }
        // Lexicon words win, leftmost-longest and without overlap; the dictionaries fill the gaps.
        int[] forced = new int[n];
        int[] free = new int[n + 1];
        boolean[] covered = new boolean[n];
        for (int i = 0; i < n; ) {
            if (longestDomain[i] > 0) {
                forced[i] = longestDomain[i];
                Arrays.fill(covered, i, i + forced[i], true);
                i += forced[i];
            } else {
                i++;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            free[i] = covered[i] ? 0 : free[i + 1] + 1;
        }
        WordKind[] forcedKind = new WordKind[n];
        for (Token hit : domainHits) {
            if (forced[hit.start()] == hit.length()) {
                forcedKind[hit.start()] = hit.kind();
            }
        }

        // Cheapest segmentation from the end backwards: best[i] is the cost of chars[i..n).
        double[] best = new double[n + 1];
        int[] chosen = new int[n + 1];
        WordKind[] chosenKind = new WordKind[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            if (forced[i] > 0) {
                best[i] = best[i + forced[i]];
                chosen[i] = forced[i];
                continue;
            }
            if (free[i] == 0) {
                continue; // inside a lexicon word: never a starting point
            }
            int run = asciiRun(chars, i, free[i]);
            if (run > 0) {
                best[i] = LOG_CORPUS + best[i + run];
                chosen[i] = run;
                continue;
            }
            best[i] = UNKNOWN_CHAR_COST + best[i + 1];
            chosen[i] = 1;
            for (int e = candidates.head[i]; e >= 0; e = candidates.next[e]) {
                int length = candidates.length[e];
                if (length <= free[i] && !splitsAQuantity(chars, i, length)) {
                    double c = cost[candidates.word[e]] + best[i + length];
                    if (c < best[i]) {
                        best[i] = c;
                        chosen[i] = length;
                        chosenKind[i] = kind[candidates.word[e]];
                    }
                }
            }
        }

        List<Token> tokens = new ArrayList<>(n / 2 + 1);
        for (int i = 0; i < n; i += chosen[i]) {
            String word = new String(chars, i, chosen[i]);
            tokens.add(forced[i] > 0 ? new Token(word, i, forcedKind[i], true)
                    : new Token(word, i, kindOf(word, chosenKind[i]), false));
        }
        return tokens;
    }

    /**
     * 好几天才, 三天后, 两年内: after a numeral, 天/年/月/个/次 is the quantity's unit, so a word that
     * starts with it and ends with an adverb or a direction (天才, 天后, 年内) is a misreading.
     */
    private static boolean splitsAQuantity(char[] chars, int start, int length) {
        return length == 2 && start > 0 && NUMERALS.indexOf(chars[start - 1]) >= 0
                && UNITS.indexOf(chars[start]) >= 0 && AFTER_UNIT.indexOf(chars[start + 1]) >= 0;
    }

    private static int asciiRun(char[] chars, int i, int max) {
        int end = i;
        while (end < i + max && chars[end] < 128 && Character.isLetterOrDigit(chars[end])) {
            end++;
        }
        return end - i;
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
        if (dictionaryKind == WordKind.OTHER && word.length() == 1 && DIRECTIONS.indexOf(first) >= 0) {
            return WordKind.FUNCTION;
        }
        return dictionaryKind;
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
        // 西部, 东侧 (f) name things (兰州西部置业); the one-char ones (里, 上) are caught in kindOf(word, …).
        return switch (tag.charAt(0)) {
            case 'p', 'c', 'u', 'd', 'r', 'y', 'e', 'o', 'q' -> WordKind.FUNCTION;
            default -> WordKind.OTHER;
        };
    }

    private static final class Entry {
        final long frequency;
        final WordKind kind;
        WordKind domainKind;

        Entry(long frequency, WordKind kind) {
            this.frequency = frequency;
            this.kind = kind;
        }
    }

    /**
     * Candidate words by start position, as linked lists in flat arrays (no object per word); a word is
     * its trie index (cost and kind are looked up there), which keeps the arrays small: they were a
     * third of ingest's allocation.
     */
    private static final class Candidates {
        final int[] head;
        int[] next;
        int[] length;
        int[] word;
        int size;

        Candidates(int n) {
            head = new int[n];
            Arrays.fill(head, -1);
            int capacity = Math.max(16, n * 2);
            next = new int[capacity];
            length = new int[capacity];
            word = new int[capacity];
        }

        void add(int begin, int wordLength, int wordIndex) {
            if (size == next.length) {
                int capacity = size * 2;
                next = Arrays.copyOf(next, capacity);
                length = Arrays.copyOf(length, capacity);
                word = Arrays.copyOf(word, capacity);
            }
            next[size] = head[begin];
            length[size] = wordLength;
            word[size] = wordIndex;
            head[begin] = size++;
        }
    }
}
