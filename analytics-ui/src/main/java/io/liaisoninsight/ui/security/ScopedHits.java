package io.liaisoninsight.ui.security;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * Result of {@link ScopedSearch#search}: only records inside the user's scope, their personal numbers
 * masked.
 *
 * @param total        matching records in scope (exact up to Elasticsearch's track-total-hits limit)
 * @param hits         this page
 * @param aggregations aggregations over the scoped matches
 */
public record ScopedHits(long total, List<Hit> hits, Map<String, Aggregate> aggregations) {

    /**
     * @param source    the masked record
     * @param highlight masked highlight fragments by field
     * @param sort      sort values, for {@code search_after} paging
     */
    public record Hit(String id, String index, Double score, ObjectNode source, Map<String, List<String>> highlight,
                      List<FieldValue> sort) {
    }
}
