package io.liaisoninsight.ui.security;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.Source;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The one place a {@link Scope} becomes an Elasticsearch filter on {@link Fields#DISTRICT} and
 * {@link Fields#TOWNSHIP} (and, for a liaison officer, {@link Fields#SOURCE} and
 * {@link Fields.VisitNote#OFFICE}). {@link ScopedSearch} applies it to every search, count and aggregation;
 * {@link Scope#permits} is the same rule for a single document (keep the two in step: the randomised
 * {@code ScopedSearchRandomIT} compares them).
 */
public final class ScopeFilter {

    private ScopeFilter() {
    }

    /**
     * The place rule ({@link #places}), and for a liaison officer's scope also: no visit note of another
     * office ({@link #ownOfficeNotes}).
     */
    public static Query toQuery(Scope scope) {
        Query places = places(scope);
        if (!scope.ownOfficeNotesOnly() || places.isMatchNone()) {
            return places;
        }
        Query notes = ownOfficeNotes(scope.office());
        if (places.isMatchAll()) {
            return notes;
        }
        return QueryBuilders.bool(b -> b.filter(places).filter(notes));
    }

    /**
     * Visit notes of this office only, other sources untouched: {@code must_not} a visit note whose office
     * is not {@code office}; with no office, {@code must_not} any visit note. A record without an office
     * field counts as another office's.
     */
    static Query ownOfficeNotes(String office) {
        Query visitNote = QueryBuilders.term(t -> t.field(Fields.SOURCE).value(Source.VISIT_NOTE.name()));
        if (office == null) {
            return QueryBuilders.bool(b -> b.mustNot(visitNote));
        }
        Query otherOffice = QueryBuilders.bool(b -> b.filter(visitNote)
                .mustNot(QueryBuilders.term(t -> t.field(Fields.VisitNote.OFFICE).value(office))));
        return QueryBuilders.bool(b -> b.mustNot(otherOffice));
    }

    /**
     * All districts: match everything (including records without a district). Empty scope: match
     * nothing. Otherwise: district in the whole districts, or (district, township) one of the townships.
     */
    static Query places(Scope scope) {
        if (scope.allDistricts()) {
            return QueryBuilders.matchAll(m -> m);
        }
        if (scope.isEmpty()) {
            return QueryBuilders.matchNone(m -> m);
        }
        BoolQuery.Builder anyOf = new BoolQuery.Builder().minimumShouldMatch("1");
        if (!scope.districts().isEmpty()) {
            anyOf.should(terms(Fields.DISTRICT, scope.districts().stream().sorted().toList()));
        }
        // Sorted so the same scope always gives the same query (readable in tests and logs).
        Map<String, List<String>> townshipsByDistrict = scope.townships().stream().collect(Collectors.groupingBy(
                Scope.Township::district, TreeMap::new,
                Collectors.mapping(Scope.Township::name, Collectors.collectingAndThen(Collectors.toList(),
                        names -> names.stream().sorted().toList()))));
        townshipsByDistrict.forEach((district, names) -> anyOf.should(s -> s.bool(b -> b
                .filter(QueryBuilders.term(t -> t.field(Fields.DISTRICT).value(district)))
                .filter(terms(Fields.TOWNSHIP, names)))));
        return anyOf.build()._toQuery();
    }

    private static Query terms(String field, List<String> values) {
        return QueryBuilders.terms(t -> t.field(field)
                .terms(v -> v.value(values.stream().map(FieldValue::of).toList())));
    }
}
