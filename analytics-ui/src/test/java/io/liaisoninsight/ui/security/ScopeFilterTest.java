package io.liaisoninsight.ui.security;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter's JSON, compared with what a reviewer would write by hand. */
class ScopeFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void allDistrictsMatchesEverything() throws Exception {
        assertThat(json(ScopeFilter.toQuery(Scope.all()))).isEqualTo(JSON.readTree("{\"match_all\":{}}"));
    }

    @Test
    void emptyScopeMatchesNothing() throws Exception {
        assertThat(json(ScopeFilter.toQuery(Scope.none()))).isEqualTo(JSON.readTree("{\"match_none\":{}}"));
    }

    @Test
    void districtsAndTownships() throws Exception {
        Scope scope = Scope.of(List.of("西固区", "城关区"),
                List.of(Scope.Township.parse("榆中县/城关镇"), Scope.Township.parse("榆中县/和平镇"),
                        Scope.Township.parse("永登县/红城镇")));
        assertThat(json(ScopeFilter.toQuery(scope))).isEqualTo(JSON.readTree("""
                {"bool": {"minimum_should_match": "1", "should": [
                  {"terms": {"district": ["城关区", "西固区"]}},
                  {"bool": {"filter": [{"term": {"district": {"value": "榆中县"}}},
                                       {"terms": {"township": ["和平镇", "城关镇"]}}]}},
                  {"bool": {"filter": [{"term": {"district": {"value": "永登县"}}},
                                       {"terms": {"township": ["红城镇"]}}]}}
                ]}}"""));
    }

    @Test
    void callersQueryIsWrappedNeverReplaced() throws Exception {
        Query callers = Query.of(q -> q.term(t -> t.field("source").value("PETITION")));
        Query scoped = ScopedSearch.withinScope(Scope.of(List.of("城关区"), List.of()), callers);
        assertThat(json(scoped)).isEqualTo(JSON.readTree("""
                {"bool": {"must": [{"term": {"source": {"value": "PETITION"}}}],
                          "filter": [{"bool": {"minimum_should_match": "1",
                                               "should": [{"terms": {"district": ["城关区"]}}]}}]}}"""));
    }

    @Test
    void officerSeesOnlyTheirOfficesVisitNotesWithinTheirTownships() throws Exception {
        Scope officer = Scope.of(List.of(), List.of(Scope.Township.parse("榆中县/城关镇"))).onlyOwnOfficeNotes("城关镇检察室");
        assertThat(json(ScopeFilter.toQuery(officer))).isEqualTo(JSON.readTree("""
                {"bool": {"filter": [
                  {"bool": {"minimum_should_match": "1", "should": [
                    {"bool": {"filter": [{"term": {"district": {"value": "榆中县"}}},
                                         {"terms": {"township": ["城关镇"]}}]}}]}},
                  {"bool": {"must_not": [{"bool": {
                    "filter": [{"term": {"source": {"value": "VISIT_NOTE"}}}],
                    "must_not": [{"term": {"office": {"value": "城关镇检察室"}}}]}}]}}
                ]}}"""));
    }

    @Test
    void officerWithoutAnOfficeSeesNoVisitNotes() throws Exception {
        assertThat(json(ScopeFilter.toQuery(Scope.all().onlyOwnOfficeNotes(" ")))).isEqualTo(JSON.readTree("""
                {"bool": {"must_not": [{"term": {"source": {"value": "VISIT_NOTE"}}}]}}"""));
        // An empty place scope stays "nothing", whatever the office.
        assertThat(json(ScopeFilter.toQuery(Scope.none().onlyOwnOfficeNotes("城关镇检察室"))))
                .isEqualTo(JSON.readTree("{\"match_none\":{}}"));
    }

    private static JsonNode json(Query query) throws Exception {
        return JSON.readTree(JsonpUtils.toJsonString(query, new JacksonJsonpMapper()));
    }
}
