package io.liaisoninsight.ingest.enrich.text;

import java.util.List;

/**
 * A record's title and content joined as {@code title + "\n" + content}, segmented once and shared
 * by the extractors that need words, so the text is never segmented twice.
 *
 * @param text        title, a line break, content
 * @param titleLength chars of text that belong to the title (words there rank higher)
 * @param tokens      the words in text order, punctuation included
 * @param domainHits  every occurrence of a lexicon word, overlapping ones included, in text order
 */
public record AnalysedText(String text, int titleLength, List<Token> tokens, List<Token> domainHits) {

    public AnalysedText {
        tokens = List.copyOf(tokens);
        domainHits = List.copyOf(domainHits);
    }

    public boolean inTitle(Token token) {
        return token.start() < titleLength;
    }

    /** Joins title and content the way every extractor sees them; either may be null. */
    public static String join(String title, String content) {
        String t = title == null ? "" : title;
        String c = content == null ? "" : content;
        return t.isEmpty() ? c : c.isEmpty() ? t : t + "\n" + c;
    }
}
