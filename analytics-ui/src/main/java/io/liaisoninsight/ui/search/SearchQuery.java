package io.liaisoninsight.ui.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.BoundaryScanner;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.PetitionStatus;
import io.liaisoninsight.ui.search.ParsedQuery.And;
import io.liaisoninsight.ui.search.ParsedQuery.Filter;
import io.liaisoninsight.ui.search.ParsedQuery.Node;
import io.liaisoninsight.ui.search.ParsedQuery.Not;
import io.liaisoninsight.ui.search.ParsedQuery.Or;
import io.liaisoninsight.ui.search.ParsedQuery.Phrase;
import io.liaisoninsight.ui.search.ParsedQuery.Plain;
import io.liaisoninsight.ui.search.ParsedQuery.Term;
import io.liaisoninsight.ui.security.Scope;
import io.liaisoninsight.ui.security.ScopedSearch;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one place a search becomes Elasticsearch: pure (criteria, parsed text, synonyms, the moment and the
 * settings in; queries, aggregations and request options out), so every request is checked as JSON in
 * {@code SearchQueryTest} without a server. The scope is not added here: {@link ScopedSearch} wraps the
 * query; {@link #request} shows the whole request it sends, for tests.
 * <p>
 * Text ranking: each term must occur either character for character ({@code .exact} phrase: names and
 * places that smartcn splits, 禹晓琳 → 禹/晓/琳), or as smartcn words close together (phrase with slop), or
 * — for long terms — as words anywhere; exact title matches rank first, then exact content, then words.
 * Synonyms are alternatives of a term, ranked a little lower than what was typed.
 * <p>
 * Facets follow the query with multi-select semantics: the text, the date range and the overdue and
 * collective flags restrict everything (they are in the query, evaluated once); the chosen facet values go
 * into {@code post_filter} (they narrow the results) and each facet's counts are taken under every other
 * facet's choices, so choosing 西固区 still shows how many records the other districts have.
 * <p>
 * Highlighting has its own query per field: every positive term of the text (with its synonyms) on that
 * field and its {@code .exact} subfield, as alternatives. Highlighting with the whole query made the
 * highlighter weigh every clause of every field for every shown row, which cost as much as the search.
 */
final class SearchQuery {

    /** Aggregation over the shown results: near-duplicate groups and records without a group. */
    static final String RESULT = "result";
    static final String RESULT_GROUPS = "groups";
    static final String RESULT_UNGROUPED = "ungrouped";
    static final String VALUES = "values";
    static final String TOWNSHIPS = "townships";
    static final String OVERDUE = "overdue";
    static final String COLLECTIVE = "collective";
    static final String GROUP_COUNTS = "groupCounts";

    /** Fields the result list shows; the long content comes as highlighted snippets instead. */
    static final List<String> LIST_FIELDS = List.of(Fields.ID, Fields.SOURCE, Fields.OCCURRED_AT, Fields.DISTRICT,
            Fields.TOWNSHIP, Fields.TITLE, Fields.DUPLICATE_GROUP, Fields.RISK_LEVEL, Fields.Petition.CHANNEL,
            Fields.Petition.CATEGORY, Fields.Petition.STATUS, Fields.Petition.HEADCOUNT,
            Fields.Petition.PROCEDURAL_REPLY_DUE_AT, Fields.Petition.PROCEDURAL_REPLY_AT,
            Fields.Petition.SUBSTANTIVE_REPLY_DUE_AT, Fields.Petition.SUBSTANTIVE_REPLY_AT,
            Fields.MediaReport.OUTLET, Fields.VisitNote.OFFICE);

    // Boosts: an exact title hit is the strongest evidence, then an exact hit in the text or a complainant's
    // name; smartcn words near each other next; long terms as loose words last. Synonyms rank below the
    // word typed.
    private static final float EXACT_TITLE = 4f;
    private static final float EXACT_CONTENT = 2f;
    private static final float COMPLAINANT_NAME = 3f;
    private static final float LOOSE = 0.5f;
    private static final float SYNONYM = 0.75f;
    private static final int PHRASE_SLOP = 2;
    /** Terms longer than this (in characters) may also match as words anywhere in the text. */
    private static final int LOOSE_FROM = 5;

    /**
     * Facets counted when their panel is opened ({@link #facet}), not with every first page: people, places
     * and organisations have several values per record and were a third of a broad search's time; key terms
     * are up to 30 per record.
     */
    static final Set<SearchField> ON_DEMAND = EnumSet.of(SearchField.PEOPLE, SearchField.PLACES,
            SearchField.ORGANIZATIONS, SearchField.KEY_TERMS);

    private final SearchCriteria criteria;
    private final ParsedQuery parsed;
    private final SynonymDictionary synonyms;
    private final Instant now;
    private final ZoneId zone;
    private final SearchSettings settings;
    private final Map<String, List<String>> expansions = new LinkedHashMap<>();
    private final Query query;

    SearchQuery(SearchCriteria criteria, ParsedQuery parsed, SynonymDictionary synonyms, Instant now, ZoneId zone,
                SearchSettings settings) {
        this.criteria = criteria;
        this.parsed = parsed;
        this.synonyms = synonyms;
        this.now = now;
        this.zone = zone;
        this.settings = settings;
        this.query = buildQuery();
    }

    ParsedQuery parsed() {
        return parsed;
    }

    SearchCriteria criteria() {
        return criteria;
    }

    /** Synonyms each term was expanded with (for the "understood as" line). */
    Map<String, List<String>> expansions() {
        return Map.copyOf(expansions);
    }

    /** Text, date range and the two flags: what the facet counts follow. */
    Query query() {
        return query;
    }

    /** The chosen facet values; null if none. */
    Query postFilter() {
        return choices(null);
    }

    /** Everything the result list shows: {@link #query()} narrowed by {@link #postFilter()}. */
    Query matching() {
        Query chosen = postFilter();
        return chosen == null ? query : narrow(query, List.of(chosen));
    }

    /** The results of one near-duplicate group. */
    Query inGroup(String group) {
        return narrow(matching(), List.of(QueryBuilders.term(t -> t.field(Fields.DUPLICATE_GROUP).value(group))));
    }

    /** The results in any of these groups, for {@link #groupCounts}. */
    Query inGroups(List<String> groups) {
        return narrow(matching(), List.of(QueryBuilders.terms(t -> t.field(Fields.DUPLICATE_GROUP)
                .terms(v -> v.value(groups.stream().map(FieldValue::of).toList())))));
    }

    /** Results per group ({@value #GROUP_COUNTS}), to show "N 条重复" next to the one shown. */
    static Map<String, Aggregation> groupCounts(int groups) {
        return Map.of(GROUP_COUNTS, Aggregation.of(a -> a.terms(t -> t.field(Fields.DUPLICATE_GROUP)
                .size(Math.max(1, groups)))));
    }

    /** The results that arrived (were indexed) in {@code (from, to]}: what a saved-search alert reports. */
    Query arrivedBetween(Instant from, Instant to) {
        return narrow(matching(), List.of(QueryBuilders.range(r -> r.date(d -> d.field(Fields.INGESTED_AT)
                .gt(from.toString()).lte(to.toString())))));
    }

    /**
     * Options of one page of results for {@link ScopedSearch#search}.
     *
     * @param after      sort values of the previous page's last hit, null for the first page
     * @param withFacets add the facet aggregations and an exact total (first page only)
     */
    Consumer<SearchRequest.Builder> page(int size, List<FieldValue> after, boolean withFacets) {
        Query chosen = postFilter();
        return b -> {
            b.size(size).sort(sort()).highlight(highlight())
                    .source(s -> s.filter(f -> f.includes(LIST_FIELDS)));
            if (chosen != null) {
                b.postFilter(chosen);
            }
            if (after != null && !after.isEmpty()) {
                b.searchAfter(after);
            }
            if (withFacets) {
                b.trackTotalHits(t -> t.enabled(true)).aggregations(facets());
            } else {
                b.trackTotalHits(t -> t.enabled(false));
            }
        };
    }

    /** The whole request {@link ScopedSearch} sends for {@link #page} (index aside), for tests and logs. */
    SearchRequest request(Scope scope, int size, List<FieldValue> after, boolean withFacets) {
        SearchRequest.Builder builder = new SearchRequest.Builder();
        page(size, after, withFacets).accept(builder);
        return builder.index("records").query(ScopedSearch.withinScope(scope, query)).build();
    }

    /** Relevance, then newest; or by time. The id breaks ties so {@code search_after} never skips or repeats. */
    List<SortOptions> sort() {
        List<SortOptions> sort = new ArrayList<>();
        if (criteria.sort() == SearchCriteria.Sort.RELEVANCE) {
            sort.add(SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc))));
        }
        SortOrder time = criteria.sort() == SearchCriteria.Sort.OLDEST ? SortOrder.Asc : SortOrder.Desc;
        sort.add(SortOptions.of(s -> s.field(f -> f.field(Fields.OCCURRED_AT).order(time).missing("_last"))));
        sort.add(SortOptions.of(s -> s.field(f -> f.field(Fields.ID).order(SortOrder.Asc))));
        return sort;
    }

    /**
     * Titles whole, content as a few sentence-bounded snippets (or its beginning when only the title
     * matched). The {@code html} encoder escapes the record's own text, so the only markup in a fragment
     * is our {@code <em>}; offsets come from the index, so they are exact for Chinese. {@code .exact}
     * matches are merged into the same fragments ({@code matched_fields}), including its character-pair
     * shingles, which is where Elasticsearch runs a phrase of several characters.
     */
    Highlight highlight() {
        Query title = highlightQuery(TextTarget.TITLE);
        Query content = highlightQuery(TextTarget.CONTENT);
        return Highlight.of(h -> h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>")
                .fields(Fields.TITLE, f -> {
                    f.type(HighlighterType.Unified).numberOfFragments(0)
                            .matchedFields(List.of(TextTarget.TITLE.highlighted()));
                    return title == null ? f : f.highlightQuery(title);
                })
                .fields(Fields.CONTENT, f -> {
                    f.type(HighlighterType.Unified).fragmentSize(settings.fragmentSize())
                            .numberOfFragments(settings.fragments()).noMatchSize(settings.fragmentSize())
                            .boundaryScanner(BoundaryScanner.Sentence).boundaryScannerLocale("zh-CN")
                            .matchedFields(List.of(TextTarget.CONTENT.highlighted()));
                    return content == null ? f : f.highlightQuery(content);
                }));
    }

    /** What to mark in one text field: any positive term or phrase of the text meant for it; null if none. */
    private Query highlightQuery(TextTarget target) {
        List<Query> marks = new ArrayList<>();
        if (parsed.root() != null) {
            collectMarks(parsed.root(), target, marks);
        }
        return marks.isEmpty() ? null : QueryBuilders.bool(b -> b.should(marks));
    }

    /** The query's own rules for terms and phrases ({@link #word}, {@link #phrase}), on this field only. */
    private void collectMarks(Node node, TextTarget target, List<Query> marks) {
        if (node instanceof Term term && (term.field() == null || term.field() == target)) {
            marks.add(word(term.text(), target, 1f));
            synonyms.alternatives(term.text(), settings.maxSynonyms()).forEach(a -> marks.add(word(a, target, 1f)));
        } else if (node instanceof Phrase phrase && (phrase.field() == null || phrase.field() == target)) {
            marks.add(phrase(phrase.text(), target, 1f));
        } else if (node instanceof Plain plain) {
            marks.add(QueryBuilders.match(m -> m.field(target.analysed()).query(plain.text())));
            marks.add(QueryBuilders.matchPhrase(p -> p.field(target.exact()).query(plain.text())));
        } else if (node instanceof And and) {
            and.children().forEach(child -> collectMarks(child, target, marks));
        } else if (node instanceof Or or) {
            or.children().forEach(child -> collectMarks(child, target, marks));
        }
        // Negated terms and field filters mark nothing.
    }

    /**
     * Facet counts of the first page (multi-select; every facet but the {@link #ON_DEMAND} ones, unless one of
     * their values is chosen), the overdue and collective counts, and the result's group count.
     */
    Map<String, Aggregation> facets() {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        for (SearchField field : SearchField.values()) {
            if (!ON_DEMAND.contains(field) || !criteria.values(field).isEmpty()) {
                aggs.putAll(facet(field));
            }
        }
        // A chosen flag is already in the query: its count is then simply the number of results.
        aggs.put(OVERDUE, Aggregation.of(a -> a.filter(criteria.overdue() ? orAll(postFilter())
                : and(List.of(orAll(postFilter()), overdue())))));
        aggs.put(COLLECTIVE, Aggregation.of(a -> a.filter(criteria.collective() ? orAll(postFilter())
                : and(List.of(orAll(postFilter()), collective())))));
        aggs.put(RESULT, Aggregation.of(a -> a.filter(orAll(postFilter()))
                .aggregations(RESULT_GROUPS, g -> g.cardinality(c -> c.field(Fields.DUPLICATE_GROUP)))
                .aggregations(RESULT_UNGROUPED, g -> g.missing(m -> m.field(Fields.DUPLICATE_GROUP)))));
        return aggs;
    }

    /** One facet's counts, under every other facet's choices (for {@link #query()}). */
    Map<String, Aggregation> facet(SearchField field) {
        Query others = orAll(choices(field));
        Aggregation values = field == SearchField.TOWNSHIP
                // Township names repeat across districts: count them per district.
                ? Aggregation.of(a -> a.terms(t -> t.field(Fields.DISTRICT).size(20))
                .aggregations(TOWNSHIPS, s -> s.terms(t -> t.field(Fields.TOWNSHIP).size(settings.facetSize()))))
                : Aggregation.of(a -> a.terms(t -> t.field(field.field()).size(settings.facetSize())));
        return Map.of(field.parameter(), Aggregation.of(a -> a.filter(others).aggregations(VALUES, values)));
    }

    /**
     * Petitions whose procedural or substantive reply is due before now and has not been given (and the
     * matter is not replied to or closed). Computed now, not stored, so it is right whenever asked; "now"
     * is the current minute, so the filter is the same for a minute and Elasticsearch can cache it.
     */
    Query overdue() {
        String at = now.truncatedTo(ChronoUnit.MINUTES).toString();
        List<FieldValue> done = List.of(FieldValue.of(PetitionStatus.REPLIED.name()),
                FieldValue.of(PetitionStatus.CLOSED.name()));
        Query procedural = QueryBuilders.bool(b -> b
                .filter(QueryBuilders.range(r -> r.date(d -> d.field(Fields.Petition.PROCEDURAL_REPLY_DUE_AT).lt(at))))
                .mustNot(QueryBuilders.exists(e -> e.field(Fields.Petition.PROCEDURAL_REPLY_AT)))
                .mustNot(QueryBuilders.terms(t -> t.field(Fields.Petition.STATUS).terms(v -> v.value(done)))));
        Query substantive = QueryBuilders.bool(b -> b
                .filter(QueryBuilders.range(r -> r.date(d -> d.field(Fields.Petition.SUBSTANTIVE_REPLY_DUE_AT).lt(at))))
                .mustNot(QueryBuilders.exists(e -> e.field(Fields.Petition.SUBSTANTIVE_REPLY_AT)))
                .mustNot(QueryBuilders.terms(t -> t.field(Fields.Petition.STATUS).terms(v -> v.value(done)))));
        return QueryBuilders.bool(b -> b.should(procedural, substantive).minimumShouldMatch("1"));
    }

    Query collective() {
        return QueryBuilders.range(r -> r.number(n -> n.field(Fields.Petition.HEADCOUNT)
                .gte((double) settings.collectiveHeadcount())));
    }

    // --- building -------------------------------------------------------------------------------------

    private Query buildQuery() {
        List<Query> must = new ArrayList<>();
        if (parsed.root() != null) {
            must.add(node(parsed.root()));
        }
        Instant[] window = criteria.dates().resolve(now, zone);
        List<Query> filter = new ArrayList<>();
        if (criteria.overdue()) {
            filter.add(overdue());
        }
        if (criteria.collective()) {
            filter.add(collective());
        }
        if (window != null && (window[0] != null || window[1] != null)) {
            filter.add(QueryBuilders.range(r -> r.date(d -> {
                d.field(Fields.OCCURRED_AT);
                if (window[0] != null) {
                    d.gte(window[0].toString());
                }
                if (window[1] != null) {
                    d.lt(window[1].toString());
                }
                return d;
            })));
        }
        if (must.isEmpty() && filter.isEmpty()) {
            return QueryBuilders.matchAll(m -> m);
        }
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (!must.isEmpty()) {
            bool.must(must);
        }
        if (!filter.isEmpty()) {
            bool.filter(filter);
        }
        return bool.build()._toQuery();
    }

    private Query node(Node node) {
        if (node instanceof Term term) {
            return term(term.text(), term.field());
        }
        if (node instanceof Phrase phrase) {
            return phrase(phrase.text(), phrase.field(), 1f);
        }
        if (node instanceof Filter filter) {
            return filter(filter.field(), filter.value());
        }
        if (node instanceof Plain plain) {
            return plain(plain.text());
        }
        if (node instanceof Or or) {
            return QueryBuilders.bool(b -> b.should(or.children().stream().map(this::node).toList())
                    .minimumShouldMatch("1"));
        }
        if (node instanceof Not not) {
            return QueryBuilders.bool(b -> b.mustNot(node(not.child())));
        }
        And and = (And) node;
        BoolQuery.Builder bool = new BoolQuery.Builder();
        for (Node child : and.children()) {
            if (child instanceof Filter) {
                bool.filter(node(child));
            } else if (child instanceof Not not) {
                bool.mustNot(node(not.child()));
            } else {
                bool.must(node(child));
            }
        }
        return bool.build()._toQuery();
    }

    /** A typed word and its synonyms: any of them. */
    private Query term(String text, TextTarget field) {
        List<String> alternatives = synonyms.alternatives(text, settings.maxSynonyms());
        if (!alternatives.isEmpty()) {
            expansions.put(text, alternatives);
        }
        if (alternatives.isEmpty()) {
            return word(text, field, 1f);
        }
        List<Query> any = new ArrayList<>();
        any.add(word(text, field, 1f));
        alternatives.forEach(a -> any.add(word(a, field, SYNONYM)));
        return QueryBuilders.bool(b -> b.should(any).minimumShouldMatch("1"));
    }

    /** One word: exactly (characters in order), as nearby smartcn words, or (if long) as words anywhere. */
    private Query word(String text, TextTarget field, float boost) {
        List<Query> should = new ArrayList<>(exact(text, field));
        List<String> analysed = analysed(field);
        should.add(QueryBuilders.multiMatch(m -> m.query(text).type(TextQueryType.Phrase).slop(PHRASE_SLOP)
                .fields(analysed)));
        if (text.codePointCount(0, text.length()) >= LOOSE_FROM) {
            should.add(QueryBuilders.multiMatch(m -> m.query(text).operator(Operator.And).fields(analysed)
                    .boost(LOOSE)));
        }
        return QueryBuilders.bool(b -> b.should(should).minimumShouldMatch("1").boost(boost == 1f ? null : boost));
    }

    /** A quoted phrase: these characters in this order, nothing looser. */
    private Query phrase(String text, TextTarget field, float boost) {
        List<Query> should = exact(text, field);
        if (should.size() == 1) {
            return should.get(0);
        }
        return QueryBuilders.bool(b -> b.should(should).minimumShouldMatch("1").boost(boost == 1f ? null : boost));
    }

    /** Unparsable text: most of its words, with exact matches ranked up. */
    private Query plain(String text) {
        return QueryBuilders.bool(b -> b
                .should(QueryBuilders.multiMatch(m -> m.query(text).fields(analysed(null)).minimumShouldMatch("2<75%")))
                .should(exact(text, null))
                .minimumShouldMatch("1"));
    }

    private List<Query> exact(String text, TextTarget field) {
        List<Query> clauses = new ArrayList<>();
        for (TextTarget target : field == null ? TextTarget.values() : new TextTarget[]{field}) {
            float boost = target == TextTarget.TITLE ? EXACT_TITLE : EXACT_CONTENT;
            clauses.add(QueryBuilders.matchPhrase(p -> p.field(target.exact()).query(text).boost(boost)));
        }
        if (field == null) {
            // A name typed in the box also finds the petitions that person signed.
            clauses.add(QueryBuilders.matchPhrase(p -> p.field(Fields.Petition.COMPLAINANT_NAME_EXACT).query(text)
                    .boost(COMPLAINANT_NAME)));
        }
        return clauses;
    }

    private static List<String> analysed(TextTarget field) {
        if (field != null) {
            return List.of(field.analysed());
        }
        return List.of(Fields.TITLE + "^3", Fields.CONTENT);
    }

    /** {@code field = value}; a township value {@code district/township} needs both. */
    static Query filter(SearchField field, String value) {
        int slash = value.indexOf('/');
        if (field == SearchField.TOWNSHIP && slash > 0 && slash < value.length() - 1) {
            String district = value.substring(0, slash);
            String township = value.substring(slash + 1);
            return QueryBuilders.bool(b -> b
                    .filter(QueryBuilders.term(t -> t.field(Fields.DISTRICT).value(district)))
                    .filter(QueryBuilders.term(t -> t.field(Fields.TOWNSHIP).value(township))));
        }
        return QueryBuilders.term(t -> t.field(field.field()).value(value));
    }

    /** The chosen values of every facet field except {@code except} (null = all), ANDed; null if none. */
    private Query choices(SearchField except) {
        List<Query> all = new ArrayList<>();
        criteria.filters().forEach((field, values) -> {
            if (field == except) {
                return;
            }
            List<Query> any = values.stream().map(v -> filter(field, v)).toList();
            all.add(any.size() == 1 ? any.get(0)
                    : QueryBuilders.bool(b -> b.should(any).minimumShouldMatch("1")));
        });
        if (all.isEmpty()) {
            return null;
        }
        return all.size() == 1 ? all.get(0) : QueryBuilders.bool(b -> b.filter(all));
    }

    private static Query orAll(Query query) {
        return query == null ? QueryBuilders.matchAll(m -> m) : query;
    }

    private static Query and(List<Query> queries) {
        return QueryBuilders.bool(b -> b.filter(queries));
    }

    /** {@code scored} keeps ranking and highlighting; {@code filters} only narrow. */
    private static Query narrow(Query scored, List<Query> filters) {
        return QueryBuilders.bool(b -> b.must(scored).filter(filters));
    }
}
