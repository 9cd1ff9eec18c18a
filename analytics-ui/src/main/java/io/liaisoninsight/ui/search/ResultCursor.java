package io.liaisoninsight.ui.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.ScopedHits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result rows of one search, read forward with {@code search_after} (so deep pages cost the same as
 * the first) and, when folding, one row per near-duplicate group: the first in the chosen order, with
 * the number of others. Elasticsearch's {@code collapse} cannot do this here because it folds all
 * records without a group into one, and its {@code inner_hits} (for the counts) is refused by the scope
 * guard; so rows are folded as they are read and counted with one aggregation per page.
 * <p>
 * Rows already read are kept, so the grid can scroll back; at most {@code maxBrowse} rows (then
 * {@link #capped()}). One instance per search in the user's session.
 */
final class ResultCursor {

    private final SearchService service;
    private final CurrentUser user;
    private final SearchQuery query;
    private final boolean fold;
    private final int batch;
    private final int maxRows;
    private final List<ResultItem> rows = new ArrayList<>();
    private final Set<String> groupsShown = new HashSet<>();
    private List<FieldValue> after;
    private boolean exhausted;

    ResultCursor(SearchService service, CurrentUser user, SearchQuery query, boolean fold, int batch, int maxRows) {
        this.service = service;
        this.user = user;
        this.query = query;
        this.fold = fold;
        this.batch = batch;
        this.maxRows = maxRows;
    }

    /** Starts with the first page the facet request already returned. */
    synchronized void seed(List<ScopedHits.Hit> hits) {
        accept(hits);
    }

    /** Rows {@code offset .. offset+limit}, reading further pages as needed; fewer at the end. */
    synchronized List<ResultItem> fetch(int offset, int limit) {
        while (rows.size() < offset + limit && !exhausted && rows.size() < maxRows) {
            accept(service.nextPage(user, query, batch, after));
        }
        int from = Math.min(offset, Math.min(rows.size(), maxRows));
        int to = Math.min(offset + limit, Math.min(rows.size(), maxRows));
        return List.copyOf(rows.subList(from, to));
    }

    /** The list stopped at {@code maxBrowse} rows although more match. */
    synchronized boolean capped() {
        return rows.size() >= maxRows && !exhausted;
    }

    private void accept(List<ScopedHits.Hit> hits) {
        if (hits.size() < batch) {
            exhausted = true;
        }
        if (hits.isEmpty()) {
            return;
        }
        after = hits.get(hits.size() - 1).sort();
        Map<String, ResultItem> added = new LinkedHashMap<>();
        int start = rows.size();
        for (ScopedHits.Hit hit : hits) {
            ResultItem item = service.item(hit);
            String group = item.duplicateGroup();
            if (!fold || group == null) {
                rows.add(item);
                continue;
            }
            if (groupsShown.add(group)) {
                added.put(group, item);
                rows.add(item);
            }
        }
        if (!added.isEmpty()) {
            Map<String, Long> counts = service.groupCounts(user, query, List.copyOf(added.keySet()));
            for (int i = start; i < rows.size(); i++) {
                ResultItem row = rows.get(i);
                if (row.duplicateGroup() != null && added.get(row.duplicateGroup()) == row) {
                    rows.set(i, row.withDuplicates(Math.max(0, counts.getOrDefault(row.duplicateGroup(), 1L) - 1)));
                }
            }
        }
    }
}
