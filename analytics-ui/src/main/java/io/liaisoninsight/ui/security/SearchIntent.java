package io.liaisoninsight.ui.security;

import java.util.Map;

/**
 * What the user asked for, in their terms, for the audit entry of a search: the text typed and the
 * filters chosen (not the Elasticsearch query, which auditors cannot read; that is added as detail).
 *
 * @param text    the search box text; may be null
 * @param filters chosen filters by name, e.g. {@code district → 城关区}; may be empty
 */
public record SearchIntent(String text, Map<String, ?> filters) {

    public SearchIntent {
        filters = filters == null ? Map.of() : filters;
    }

    public static SearchIntent of(String text) {
        return new SearchIntent(text, Map.of());
    }
}
