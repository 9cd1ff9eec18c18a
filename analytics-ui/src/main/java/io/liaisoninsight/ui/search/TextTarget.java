package io.liaisoninsight.ui.search;

import io.liaisoninsight.schema.Fields;

/** A text field a term can be limited to ({@code 标题:拆迁}); unqualified terms search title and content. */
enum TextTarget implements Qualifier {
    TITLE(Fields.TITLE, Fields.TITLE_EXACT),
    CONTENT(Fields.CONTENT, Fields.CONTENT_EXACT);

    private final String analysed;
    private final String exact;

    TextTarget(String analysed, String exact) {
        this.analysed = analysed;
        this.exact = exact;
    }

    /** The smartcn-analysed field (words, for ranking). */
    String analysed() {
        return analysed;
    }

    /** The one-character-per-token subfield, for phrases smartcn would split. */
    String exact() {
        return exact;
    }

    /** Fields a highlighter reads to mark matches of this target: words, characters, character pairs. */
    String[] highlighted() {
        return new String[]{analysed, exact, Fields.phraseShingles(exact)};
    }

    @Override
    public String labelKey() {
        return "search.field." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
