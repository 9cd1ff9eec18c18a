package io.liaisoninsight.ui.search;

import java.util.List;
import java.util.Map;

/**
 * A search as the page shows it.
 *
 * @param criteria        what was asked
 * @param parsed          how the text was understood
 * @param expansions      synonyms each term was expanded with
 * @param total           matching records (exact)
 * @param groups          about how many distinct matters: near-duplicate groups plus records without a
 *                        group (approximate for large results: a cardinality count)
 * @param facets          value counts per field, under the other facets' choices
 * @param overdueCount    matching records with an overdue reply
 * @param collectiveCount matching collective petitions
 * @param results         the rows, fetched page by page
 */
record SearchOutcome(SearchCriteria criteria, ParsedQuery parsed, Map<String, List<String>> expansions, long total,
                     long groups, Map<SearchField, List<FacetCount>> facets, long overdueCount, long collectiveCount,
                     ResultCursor results) {

    /** One facet value and how many records have it. */
    record FacetCount(SearchField field, String value, long count) {
    }
}
