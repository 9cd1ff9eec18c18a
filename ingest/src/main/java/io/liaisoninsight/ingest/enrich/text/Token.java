package io.liaisoninsight.ingest.enrich.text;

/**
 * One word of a segmented text.
 *
 * @param text       the word as it appears
 * @param start      offset of its first char in the analysed text
 * @param kind       coarse part of speech
 * @param domainTerm true when the word came from the project's own lexicon (issue terms, places)
 *                   rather than the general dictionary
 */
public record Token(String text, int start, WordKind kind, boolean domainTerm) {

    public int end() {
        return start + text.length();
    }

    public int length() {
        return text.length();
    }
}
