package io.liaisoninsight.ui.search;

import io.liaisoninsight.ui.system.StoredFields;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.ui.search.Highlights.Segment;
import io.liaisoninsight.ui.search.SearchOutcome.FacetCount;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.ScopedHits;
import io.liaisoninsight.ui.security.ScopedSearch;
import io.liaisoninsight.ui.security.SearchIntent;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.liaisoninsight.ui.system.StoredFields.text;

/**
 * Analyst search: parses the text, builds the request ({@link SearchQuery}) and runs it through
 * {@link ScopedSearch}, which adds the user's scope, masks personal numbers and audits every search
 * that returns records. Turns hits into rows with highlighted snippets and deadline badges (judged on
 * the injected {@link Clock}), and aggregations into facet counts.
 */
@Service
class SearchService {

    private final ScopedSearch scoped;
    private final QueryParser parser;
    private final SynonymStore synonyms;
    private final SearchSettings settings;
    private final Clock clock;

    SearchService(ScopedSearch scoped, QueryParser parser, SynonymStore synonyms, SearchSettings settings, Clock clock) {
        this.scoped = scoped;
        this.parser = parser;
        this.synonyms = synonyms;
        this.settings = settings;
        this.clock = clock;
    }

    /** The request for these criteria, now, with the current synonyms. */
    SearchQuery plan(SearchCriteria criteria) {
        return new SearchQuery(criteria, parser.parse(criteria.text()), synonyms.current(), clock.instant(),
                clock.getZone(), settings);
    }

    /** First page, facets and totals; further rows through {@link SearchOutcome#results()}. */
    SearchOutcome search(CurrentUser user, SearchCriteria criteria) {
        SearchQuery query = plan(criteria);
        ScopedHits first = scoped.search(user, intent(criteria), query.query(),
                query.page(settings.pageSize(), null, true));
        Map<String, Aggregate> aggs = first.aggregations();
        ResultCursor cursor = new ResultCursor(this, user, query, criteria.foldDuplicates(), settings.pageSize(),
                settings.maxBrowse());
        cursor.seed(first.hits());
        long groups = -1;
        Aggregate result = aggs.get(SearchQuery.RESULT);
        if (criteria.foldDuplicates() && result != null) {
            Map<String, Aggregate> sub = result.filter().aggregations();
            groups = sub.get(SearchQuery.RESULT_GROUPS).cardinality().value()
                    + sub.get(SearchQuery.RESULT_UNGROUPED).missing().docCount();
            groups = Math.min(groups, first.total());
        }
        return new SearchOutcome(criteria, query.parsed(), query.expansions(), first.total(), groups, facets(aggs),
                count(aggs, SearchQuery.OVERDUE), count(aggs, SearchQuery.COLLECTIVE), cursor);
    }

    /** Counts of one facet for these criteria: an on-demand facet ({@link SearchQuery#ON_DEMAND}) opened. */
    List<FacetCount> facet(CurrentUser user, SearchCriteria criteria, SearchField field) {
        SearchQuery query = plan(criteria);
        return facets(scoped.aggregate(user, query.query(), query.facet(field))).getOrDefault(field, List.of());
    }

    /** The matching records of one near-duplicate group, in the chosen order. */
    List<ResultItem> duplicates(CurrentUser user, SearchCriteria criteria, String group) {
        SearchQuery query = plan(criteria);
        ScopedHits hits = scoped.search(user, intent(criteria), query.inGroup(group), b -> b.size(100)
                .sort(query.sort()).highlight(query.highlight())
                .source(s -> s.filter(f -> f.includes(SearchQuery.LIST_FIELDS))));
        return hits.hits().stream().map(this::item).toList();
    }

    /** The next rows after {@code after} (sort values of the last row read). */
    List<ScopedHits.Hit> nextPage(CurrentUser user, SearchQuery query, int size, List<FieldValue> after) {
        return scoped.search(user, intent(query.criteria()), query.query(), query.page(size, after, false)).hits();
    }

    /** Matching records per near-duplicate group, for these groups. */
    Map<String, Long> groupCounts(CurrentUser user, SearchQuery query, List<String> groups) {
        Map<String, Aggregate> aggs = scoped.aggregate(user, query.inGroups(groups),
                SearchQuery.groupCounts(groups.size()));
        Map<String, Long> counts = new LinkedHashMap<>();
        Aggregate agg = aggs.get(SearchQuery.GROUP_COUNTS);
        if (agg != null && agg.isSterms()) {
            for (StringTermsBucket bucket : agg.sterms().buckets().array()) {
                counts.put(bucket.key().stringValue(), bucket.docCount());
            }
        }
        return counts;
    }

    /** A hit as a row: highlighted, badges judged now. */
    ResultItem item(ScopedHits.Hit hit) {
        ObjectNode record = hit.source();
        List<Segment> title = hit.highlight().containsKey(Fields.TITLE)
                ? Highlights.segments(String.join("", hit.highlight().get(Fields.TITLE)))
                : Highlights.plain(text(record, Fields.TITLE));
        List<List<Segment>> snippets = hit.highlight().getOrDefault(Fields.CONTENT, List.of()).stream()
                .map(Highlights::segments).toList();
        Instant occurred = StoredFields.instant(record, Fields.OCCURRED_AT);
        LocalDate date = occurred == null ? null : occurred.atZone(clock.getZone()).toLocalDate();
        return new ResultItem(hit.id(), source(text(record, Fields.SOURCE)), title, snippets, date,
                text(record, Fields.DISTRICT), text(record, Fields.TOWNSHIP), text(record, Fields.Petition.STATUS),
                text(record, Fields.Petition.CHANNEL), text(record, Fields.Petition.CATEGORY),
                text(record, Fields.RISK_LEVEL),
                record == null ? List.of() : Deadlines.badges(record, clock.instant(), clock.getZone(),
                        settings.dueSoon(), settings.collectiveHeadcount()),
                text(record, Fields.DUPLICATE_GROUP), 0);
    }

    SearchSettings settings() {
        return settings;
    }

    static SearchIntent intent(SearchCriteria criteria) {
        return new SearchIntent(criteria.text(), criteria.describe());
    }

    private Map<SearchField, List<FacetCount>> facets(Map<String, Aggregate> aggs) {
        Map<SearchField, List<FacetCount>> facets = new EnumMap<>(SearchField.class);
        for (SearchField field : SearchField.values()) {
            Aggregate facet = aggs.get(field.parameter());
            if (facet == null || !facet.isFilter()) {
                continue;
            }
            Aggregate values = facet.filter().aggregations().get(SearchQuery.VALUES);
            List<FacetCount> counts = new ArrayList<>();
            for (StringTermsBucket bucket : buckets(values)) {
                if (field == SearchField.TOWNSHIP) {
                    String district = bucket.key().stringValue();
                    for (StringTermsBucket township : buckets(bucket.aggregations().get(SearchQuery.TOWNSHIPS))) {
                        counts.add(new FacetCount(field, district + "/" + township.key().stringValue(),
                                township.docCount()));
                    }
                } else {
                    counts.add(new FacetCount(field, bucket.key().stringValue(), bucket.docCount()));
                }
            }
            if (field == SearchField.TOWNSHIP) {
                counts.sort((a, b) -> Long.compare(b.count(), a.count()));
                counts = counts.subList(0, Math.min(counts.size(), settings.facetSize()));
            }
            facets.put(field, List.copyOf(counts));
        }
        return facets;
    }

    private static List<StringTermsBucket> buckets(Aggregate terms) {
        return terms != null && terms.isSterms() ? terms.sterms().buckets().array() : List.of();
    }

    private static long count(Map<String, Aggregate> aggs, String name) {
        Aggregate agg = aggs.get(name);
        return agg != null && agg.isFilter() ? agg.filter().docCount() : 0;
    }


    static Source source(String name) {
        for (Source s : Source.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
