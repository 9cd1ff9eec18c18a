package io.liaisoninsight.demo;

import java.util.HashSet;
import java.util.Set;

/** Character-bigram Jaccard similarity over letters and digits only, as a simple near-duplicate measure. */
final class Similarity {
    private Similarity() {
    }

    static double bigramJaccard(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return union.isEmpty() ? 1 : x.size() / (double) union.size();
    }

    private static Set<String> bigrams(String text) {
        StringBuilder letters = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= letters.length(); i++) {
            grams.add(letters.substring(i, i + 2));
        }
        return grams;
    }
}
