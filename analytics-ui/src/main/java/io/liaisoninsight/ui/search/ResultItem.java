package io.liaisoninsight.ui.search;

import io.liaisoninsight.schema.Source;
import io.liaisoninsight.ui.search.Highlights.Segment;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the result list, as shown: masked, highlighted, with badges judged at the time of the search.
 *
 * @param title          highlighted title
 * @param snippets       highlighted passages of the content (or its beginning)
 * @param date           local date of {@code occurredAt}
 * @param status         petition status code, else null
 * @param duplicateGroup near-duplicate group, null if none
 * @param duplicates     other records of the same group in this result (0 = none or not folded)
 */
record ResultItem(String id, Source source, List<Segment> title, List<List<Segment>> snippets, LocalDate date,
                  String district, String township, String status, String channel, String category,
                  String riskLevel, List<Deadlines.Badge> badges, String duplicateGroup, long duplicates) {

    ResultItem withDuplicates(long count) {
        return new ResultItem(id, source, title, snippets, date, district, township, status, channel, category,
                riskLevel, badges, duplicateGroup, count);
    }

    /** Title without highlighting. */
    String titleText() {
        StringBuilder out = new StringBuilder();
        title.forEach(s -> out.append(s.text()));
        return out.toString();
    }
}
