package io.liaisoninsight.ingest.enrich.entity;

import io.liaisoninsight.ingest.enrich.text.Token;

import java.util.List;

/** What the finders share: function chars that end a name, and the suffix test. */
final class NameWords {

    /** Function chars (prepositions, particles, pronouns …): never inside a place or organisation name. */
    static final CharSet STOP = new CharSet("在到的了是和与及从向对由将把被给为于我他她其等该本全各邻每这那个此原住位至经往去"
            + "来回系属同也都又就才已未仍还并且而或但说称叫找让请要会能可着过地得之以有没");

    private NameWords() {
    }

    /** The suffix the token ends with, the longest listed first; null when none. */
    static String suffixOf(Token token, List<String> suffixes, CharSet lastChars) {
        if (!lastChars.contains(token.text().charAt(token.length() - 1))) {
            return null;
        }
        for (String suffix : suffixes) {
            if (token.text().endsWith(suffix)) {
                return suffix;
            }
        }
        return null;
    }
}
