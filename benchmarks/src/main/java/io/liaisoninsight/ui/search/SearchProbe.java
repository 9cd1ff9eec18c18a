package io.liaisoninsight.ui.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.security.Scope;
import io.liaisoninsight.ui.security.ScopedHits;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search benchmark's handle on the analytics UI's (package-private) search service, in its running Spring
 * context: lives in the benchmarks module under the service's package. A search is what the page's server runs
 * for it: {@link SearchService#search} (first page with facets, totals, duplicate counts, highlighted rows,
 * audited); a deep page is the service's {@code search_after} call for the page at that row
 * ({@link SearchService#nextPage}) with its rows built, the sort values of the row before found once, untimed.
 */
public final class SearchProbe {

    /** A whole-city user, as the demo's {@code leader}. */
    public static final CurrentUser CITY = new CurrentUser("benchmark-city", "基准测试（全市）", Set.of(Role.LEADER),
            Scope.all(), false, null);

    private final SearchService service;
    private final QueryParser parser;

    public SearchProbe(ApplicationContext context) {
        this.service = context.getBean(SearchService.class);
        this.parser = context.getBean(QueryParser.class);
    }

    /** One query of the mix, ready to run repeatedly. */
    public final class Prepared {
        private final SearchCriteria criteria;
        private final SearchQuery deepQuery;
        private final List<FieldValue> after;

        private Prepared(SearchCriteria criteria, SearchQuery deepQuery, List<FieldValue> after) {
            this.criteria = criteria;
            this.deepQuery = deepQuery;
            this.after = after;
        }

        /** Runs it as the service does; returns the number of matching records (first page) or rows read. */
        public long run() {
            if (deepQuery == null) {
                SearchOutcome outcome = service.search(CITY, criteria);
                return outcome.total();
            }
            List<ScopedHits.Hit> hits = service.nextPage(CITY, deepQuery, service.settings().pageSize(), after);
            hits.forEach(service::item);
            return hits.size();
        }

        /** Whether the search box text parsed without falling back to plain words or notes. */
        public boolean parsedCleanly() {
            ParsedQuery parsed = parser.parse(criteria.text());
            return !parsed.fallback() && parsed.notes().isEmpty();
        }
    }

    /** @param deepRow 0 for the first page, else the row the timed page starts at */
    public Prepared prepare(Map<String, List<String>> parameters, int deepRow) {
        SearchCriteria criteria = SearchCriteria.fromParameters(parameters);
        if (deepRow <= 0) {
            return new Prepared(criteria, null, null);
        }
        SearchQuery query = service.plan(criteria);
        int size = service.settings().pageSize();
        List<FieldValue> after = null;
        for (int read = 0; read < deepRow; read += size) {
            List<ScopedHits.Hit> hits = service.nextPage(CITY, query, size, after);
            if (hits.size() < size) {
                throw new IllegalStateException("only " + (read + hits.size()) + " rows match " + parameters
                        + "; a deep page at row " + deepRow + " needs more");
            }
            after = hits.get(hits.size() - 1).sort();
        }
        return new Prepared(criteria, query, after);
    }

    /** Whether the search page reads these URL parameters back unchanged (nothing unknown or malformed). */
    public static boolean parametersUnderstood(Map<String, List<String>> parameters) {
        return SearchCriteria.fromParameters(parameters).toParameters().equals(parameters);
    }

    /** Parses search box text with the query language alone (no Spring), for the mix's unit test. */
    public static boolean parsesCleanly(String text) {
        ParsedQuery parsed = new QueryParser(QueryLanguage.load(), 256, 16).parse(text);
        return !parsed.fallback() && parsed.notes().isEmpty();
    }
}
