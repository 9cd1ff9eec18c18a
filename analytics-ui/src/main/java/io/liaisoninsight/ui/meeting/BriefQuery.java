package io.liaisoninsight.ui.meeting;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import io.liaisoninsight.schema.EscalationLevel;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.PetitionStatus;
import io.liaisoninsight.schema.RiskLevel;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.ui.security.ScopeFilter;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every Elasticsearch query and aggregation of a brief, in one place and pure (no client): the period on
 * {@code occurredAt} and the meeting's scope as filters. {@code ScopedSearch} adds the user's own scope on
 * top, so the figures are always of the intersection.
 *
 * @param period              the days reviewed (local dates in {@code zone})
 * @param scope               the meeting's scope (already inside the user's)
 * @param now                 the moment overdue is judged at
 * @param zone                time zone of the period and the weekly buckets
 * @param collectiveHeadcount headcount from which a petition is collective
 * @param topTerms            key terms listed
 */
record BriefQuery(Period period, MeetingScope scope, Instant now, ZoneId zone, int collectiveHeadcount, int topTerms) {

    static final String BY_SOURCE = "bySource";
    static final String BY_DISTRICT = "byDistrict";
    static final String WEEKLY = "weekly";
    static final String KEY_TERMS = "keyTerms";
    static final String BY_RISK = "byRisk";
    static final String PETITIONS = "petitions";
    static final String OVERDUE = "overdue";
    static final String COLLECTIVE = "collective";
    static final String ESCALATED = "escalated";
    static final String LEVELS = "levels";
    /** Districts of the reader's scope (at most this many), for the page's district picker. */
    static final int MAX_DISTRICTS = 100;

    /** Fields an urgent item is built from (masked by {@code ScopedSearch} unless unmasked). */
    static final List<String> URGENT_FIELDS = List.of(Fields.ID, Fields.OCCURRED_AT, Fields.Petition.RECEIVED_AT,
            Fields.DISTRICT, Fields.TOWNSHIP, Fields.TITLE, Fields.Petition.STATUS, Fields.RISK_LEVEL,
            Fields.Petition.PROCEDURAL_REPLY_DUE_AT, Fields.Petition.PROCEDURAL_REPLY_AT,
            Fields.Petition.SUBSTANTIVE_REPLY_DUE_AT, Fields.Petition.SUBSTANTIVE_REPLY_AT,
            Fields.Petition.COMPLAINANT_NAME, Fields.Petition.COMPLAINANT_PHONE, Fields.Petition.COMPLAINANT_ID_NUMBER);

    /** Records of the period inside the meeting's scope. */
    Query base() {
        Query inPeriod = QueryBuilders.range(r -> r.date(d -> d.field(Fields.OCCURRED_AT)
                .gte(period.start(zone).toString()).lt(period.end(zone).toString())));
        return QueryBuilders.bool(b -> b.filter(inPeriod).filter(ScopeFilter.toQuery(scope.scope())));
    }

    /** Every figure of the brief but the urgent items, in one request. */
    Map<String, Aggregation> aggregations() {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put(BY_SOURCE, terms(Fields.SOURCE, Source.values().length));
        aggs.put(BY_DISTRICT, terms(Fields.DISTRICT, MAX_DISTRICTS));
        aggs.put(WEEKLY, Aggregation.of(a -> a.dateHistogram(h -> h.field(Fields.OCCURRED_AT)
                .calendarInterval(CalendarInterval.Week).timeZone(zone.getId()).minDocCount(1))));
        aggs.put(KEY_TERMS, terms(Fields.KEY_TERMS, topTerms));
        aggs.put(BY_RISK, terms(Fields.RISK_LEVEL, RiskLevel.values().length));
        aggs.put(PETITIONS, Aggregation.of(a -> a.filter(petitions())));
        aggs.put(OVERDUE, Aggregation.of(a -> a.filter(and(petitions(), overdue()))));
        aggs.put(COLLECTIVE, Aggregation.of(a -> a.filter(and(petitions(), collective()))));
        aggs.put(ESCALATED, Aggregation.of(a -> a.filter(and(petitions(), escalated()))
                .aggregations(LEVELS, terms(Fields.Petition.ESCALATION_LEVEL, EscalationLevel.values().length))));
        return aggs;
    }

    /** Districts with records in the reader's scope (any time): the choices of the page's picker. */
    static Map<String, Aggregation> districtChoices() {
        return Map.of(BY_DISTRICT, Aggregation.of(a -> a.terms(t -> t.field(Fields.DISTRICT).size(MAX_DISTRICTS))));
    }

    /** Petitions of the period at red or orange risk, most severe first, then oldest. */
    Query highRisk() {
        return and(base(), petitions(), QueryBuilders.terms(t -> t.field(Fields.RISK_LEVEL).terms(v -> v.value(
                List.of(FieldValue.of(RiskLevel.RED.name()), FieldValue.of(RiskLevel.ORANGE.name()))))));
    }

    /** RED sorts after ORANGE alphabetically, so descending puts red first. */
    List<SortOptions> highRiskSort() {
        return List.of(SortOptions.of(s -> s.field(f -> f.field(Fields.RISK_LEVEL).order(SortOrder.Desc))),
                oldestFirst(), byId());
    }

    /** Overdue petitions of the period, oldest first (the longest overdue). */
    Query overduePetitions() {
        return and(base(), petitions(), overdue());
    }

    List<SortOptions> overdueSort() {
        return List.of(oldestFirst(), byId());
    }

    Query petitions() {
        return QueryBuilders.term(t -> t.field(Fields.SOURCE).value(Source.PETITION.name()));
    }

    /**
     * Petitions whose procedural or substantive reply is due before now and has not been given (and the
     * matter is not replied to or closed): the same rule as the search page's overdue facet.
     */
    Query overdue() {
        String at = now.toString();
        List<FieldValue> settled = List.of(FieldValue.of(PetitionStatus.REPLIED.name()),
                FieldValue.of(PetitionStatus.CLOSED.name()));
        Query procedural = missed(Fields.Petition.PROCEDURAL_REPLY_DUE_AT, Fields.Petition.PROCEDURAL_REPLY_AT, at);
        Query substantive = missed(Fields.Petition.SUBSTANTIVE_REPLY_DUE_AT, Fields.Petition.SUBSTANTIVE_REPLY_AT, at);
        return QueryBuilders.bool(b -> b.should(procedural, substantive).minimumShouldMatch("1")
                .mustNot(QueryBuilders.terms(t -> t.field(Fields.Petition.STATUS).terms(v -> v.value(settled)))));
    }

    Query collective() {
        return QueryBuilders.range(r -> r.number(n -> n.field(Fields.Petition.HEADCOUNT)
                .gte((double) collectiveHeadcount)));
    }

    /** Taken above county level. */
    Query escalated() {
        List<FieldValue> above = Arrays.stream(EscalationLevel.values()).filter(l -> l != EscalationLevel.COUNTY)
                .map(l -> FieldValue.of(l.name())).toList();
        return QueryBuilders.terms(t -> t.field(Fields.Petition.ESCALATION_LEVEL).terms(v -> v.value(above)));
    }

    private static Query missed(String dueField, String doneField, String at) {
        return QueryBuilders.bool(b -> b
                .filter(QueryBuilders.range(r -> r.date(d -> d.field(dueField).lt(at))))
                .mustNot(QueryBuilders.exists(e -> e.field(doneField))));
    }

    private static Aggregation terms(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }

    private static Query and(Query... all) {
        return QueryBuilders.bool(b -> b.filter(List.of(all)));
    }

    private static SortOptions oldestFirst() {
        return SortOptions.of(s -> s.field(f -> f.field(Fields.OCCURRED_AT).order(SortOrder.Asc)));
    }

    private static SortOptions byId() {
        return SortOptions.of(s -> s.field(f -> f.field(Fields.ID).order(SortOrder.Asc)));
    }
}
