package io.liaisoninsight.ui.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Domain synonyms expanded at query time (the local engine has no synonym filter, and query-time
 * expansion lets administrators edit the list without reindexing): groups of interchangeable words,
 * e.g. 拆迁 / 征收. Written one group per line, words separated by commas ({@code ，、} too); {@code #}
 * starts a comment line.
 *
 * @param groups each with at least two distinct words
 */
record SynonymDictionary(List<List<String>> groups) {

    static final String DEFAULT_RESOURCE = "search/synonyms.txt";
    private static final Pattern SEPARATORS = Pattern.compile("[,\\uFF0C\\u3001;\\uFF1B\\t]+");
    /** Longest word kept; longer entries are almost certainly pasted text, not a word. */
    static final int MAX_WORD = 40;

    SynonymDictionary {
        groups = groups.stream().map(List::copyOf).toList();
    }

    static SynonymDictionary empty() {
        return new SynonymDictionary(List.of());
    }

    /** Parses the text form; blank lines, comments and one-word groups are skipped. */
    static SynonymDictionary parse(String text) {
        List<List<String>> groups = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            for (String word : SEPARATORS.split(stripped)) {
                String w = word.strip();
                if (!w.isEmpty() && w.length() <= MAX_WORD) {
                    words.add(w);
                }
            }
            if (words.size() >= 2) {
                groups.add(List.copyOf(words));
            }
        }
        return new SynonymDictionary(groups);
    }

    /** The dictionary shipped with the application. */
    static String defaultText() {
        try (InputStream in = SynonymDictionary.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text form: one line per group, which parses back to the same dictionary. */
    String format() {
        StringBuilder out = new StringBuilder();
        groups.forEach(g -> out.append(String.join(", ", g)).append('\n'));
        return out.toString();
    }

    /**
     * Other ways to write {@code term}, best first, at most {@code max}, without the term itself: the
     * whole term's synonyms (征收 for 拆迁), then the term with a dictionary word inside it replaced
     * (征收补偿 for 拆迁补偿), so compounds are expanded too.
     */
    List<String> alternatives(String term, int max) {
        Set<String> found = new LinkedHashSet<>();
        for (List<String> group : groups) {
            if (group.contains(term)) {
                group.stream().filter(w -> !w.equals(term)).forEach(found::add);
            }
        }
        for (List<String> group : groups) {
            for (String word : group) {
                // Single characters inside a word are not the word (不 in 不含): replacing them would mislead.
                if (word.length() < 2 || word.equals(term) || !term.contains(word)) {
                    continue;
                }
                for (String other : group) {
                    if (!other.equals(word)) {
                        found.add(term.replace(word, other));
                    }
                }
            }
        }
        found.remove(term);
        return found.stream().limit(max).toList();
    }

    int size() {
        return groups.size();
    }
}
