package io.liaisoninsight.ui.meeting;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.SortOptions;
import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.ScopedHits;
import io.liaisoninsight.ui.security.ScopedSearch;
import io.liaisoninsight.ui.security.SearchIntent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a brief's figures, only through {@link ScopedSearch} (the user's scope is added to every request;
 * the meeting's scope, already checked to lie inside it, is a filter of {@link BriefQuery}). One aggregation
 * request for the counts, two searches for the urgent items (audited as searches; masked unless unmasked).
 * Callers check roles and scope first ({@link MeetingService}).
 */
@Service
class BriefService {

    private final ScopedSearch scoped;
    private final MeetingSettings settings;
    private final Clock clock;
    private final int collectiveHeadcount;

    BriefService(ScopedSearch scoped, MeetingSettings settings, Clock clock,
                 @Value("${liaison.search.collective-headcount:5}") int collectiveHeadcount) {
        this.scoped = scoped;
        this.settings = settings;
        this.clock = clock;
        this.collectiveHeadcount = collectiveHeadcount;
    }

    Brief compute(CurrentUser user, Period period, MeetingScope scope, boolean unmask) {
        Instant now = clock.instant();
        BriefQuery plan = new BriefQuery(period, scope, now, clock.getZone(), collectiveHeadcount, settings.topTerms());
        Map<String, Aggregate> aggs = scoped.aggregate(user, plan.base(), plan.aggregations());

        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("period", period.toString());
        filters.put("scope", scope.labels());
        SearchIntent intent = new SearchIntent(null, filters);
        List<JsonNode> candidates = new ArrayList<>();
        candidates.addAll(urgent(user, intent, plan.highRisk(), plan.highRiskSort(), unmask));
        candidates.addAll(urgent(user, intent, plan.overduePetitions(), plan.overdueSort(), unmask));

        Map<LocalDate, Long> weeks = new LinkedHashMap<>();
        aggs.get(BriefQuery.WEEKLY).dateHistogram().buckets().array().forEach(b -> weeks.merge(
                Instant.ofEpochMilli(b.key()).atZone(clock.getZone()).toLocalDate(), b.docCount(), Long::sum));
        Aggregate escalated = aggs.get(BriefQuery.ESCALATED);
        List<Brief.Count> bySource = counts(aggs.get(BriefQuery.BY_SOURCE));
        return new Brief(null, period, scope.labels(), now, user.username(), !unmask,
                bySource.stream().mapToLong(Brief.Count::count).sum(),
                aggs.get(BriefQuery.PETITIONS).filter().docCount(), bySource,
                counts(aggs.get(BriefQuery.BY_DISTRICT)), WeeklyTrend.of(period, weeks),
                counts(aggs.get(BriefQuery.KEY_TERMS)), aggs.get(BriefQuery.OVERDUE).filter().docCount(),
                aggs.get(BriefQuery.COLLECTIVE).filter().docCount(), collectiveHeadcount,
                counts(aggs.get(BriefQuery.BY_RISK)), escalated.filter().docCount(),
                counts(escalated.filter().aggregations().get(BriefQuery.LEVELS)),
                UrgentItems.rank(candidates, now, clock.getZone(), settings.urgentItems()), List.of());
    }

    /** Districts of the user's scope that have records, for the district picker of an all-districts user. */
    List<String> districtsWithRecords(CurrentUser user) {
        return counts(scoped.aggregate(user, null, BriefQuery.districtChoices()).get(BriefQuery.BY_DISTRICT)).stream()
                .map(Brief.Count::key).sorted().toList();
    }

    private List<JsonNode> urgent(CurrentUser user, SearchIntent intent, Query query, List<SortOptions> sort,
                                  boolean unmask) {
        ScopedHits hits = scoped.search(user, intent, query, b -> b.size(settings.urgentItems()).sort(sort)
                .trackTotalHits(t -> t.enabled(false)).source(s -> s.filter(f -> f.includes(BriefQuery.URGENT_FIELDS))),
                unmask);
        return hits.hits().stream().filter(h -> h.source() != null).map(h -> (JsonNode) h.source()).toList();
    }

    private static List<Brief.Count> counts(Aggregate terms) {
        if (terms == null) {
            return List.of();
        }
        List<StringTermsBucket> buckets = terms.sterms().buckets().array();
        return buckets.stream().map(b -> new Brief.Count(b.key().stringValue(), b.docCount())).toList();
    }
}
