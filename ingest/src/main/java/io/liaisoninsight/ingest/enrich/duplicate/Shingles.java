package io.liaisoninsight.ingest.enrich.duplicate;

import java.util.Arrays;

/**
 * Character shingles of a text as 64-bit hashes. Only letters and digits count: punctuation, white
 * space and line breaks vary between copies of one complaint (re-typed, re-formatted, pasted into
 * a web form) without changing what it says. Full-width ASCII is folded to half-width and letters
 * to lower case for the same reason.
 */
final class Shingles {

    private Shingles() {
    }

    /** Letters and digits of title and content, folded, in order. */
    static char[] normalisedChars(String title, String content) {
        String t = title == null ? "" : title;
        String c = content == null ? "" : content;
        char[] out = new char[t.length() + c.length()];
        int n = append(t, out, 0);
        n = append(c, out, n);
        return Arrays.copyOf(out, n);
    }

    private static int append(String text, char[] out, int n) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (Character.isLetterOrDigit(c)) {
                out[n++] = Character.toLowerCase(c);
            }
        }
        return n;
    }

    /**
     * Hashes of every run of {@code k} consecutive chars (the whole text when shorter); with k ≤ 4
     * the chars pack exactly into 64 bits before mixing, so distinct shingles never collide there.
     */
    static long[] hashes(char[] chars, int k) {
        if (chars.length == 0) {
            return new long[0];
        }
        if (chars.length < k) {
            return new long[]{Mixing.mix(pack(chars, 0, chars.length) ^ ((long) chars.length << 60))};
        }
        long[] hashes = new long[chars.length - k + 1];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = Mixing.mix(pack(chars, i, k));
        }
        return hashes;
    }

    private static long pack(char[] chars, int from, int length) {
        long packed = 0;
        for (int i = from; i < from + length; i++) {
            packed = (packed << 16) | chars[i];
        }
        return packed;
    }
}
