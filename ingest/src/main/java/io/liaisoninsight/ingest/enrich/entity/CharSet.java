package io.liaisoninsight.ingest.enrich.entity;

import java.util.BitSet;
import java.util.List;

/** Membership of chars in a fixed set, without scanning a string per lookup. Immutable after construction. */
final class CharSet {

    private final BitSet bits = new BitSet(0x10000);

    CharSet(String chars) {
        chars.chars().forEach(bits::set);
    }

    /** The last chars of the words: a cheap first test before comparing suffixes. */
    static CharSet lastCharsOf(List<String> words) {
        StringBuilder last = new StringBuilder();
        words.forEach(word -> last.append(word.charAt(word.length() - 1)));
        return new CharSet(last.toString());
    }

    boolean contains(char c) {
        return bits.get(c);
    }

    static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF';
    }
}
