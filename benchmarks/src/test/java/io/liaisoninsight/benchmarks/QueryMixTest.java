package io.liaisoninsight.benchmarks;

import io.liaisoninsight.ui.search.SearchProbe;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class QueryMixTest {

    @Test
    void fiftyQueriesOfEveryKind() {
        assertThat(QueryMix.QUERIES).hasSize(50);
        assertThat(QueryMix.QUERIES.stream().map(QueryMix.Query::name).distinct()).hasSize(50);
        Map<QueryMix.Kind, Long> kinds = QueryMix.QUERIES.stream()
                .collect(Collectors.groupingBy(QueryMix.Query::kind, Collectors.counting()));
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(QueryMix.Kind.values());
    }

    @Test
    void everySearchBoxTextParsesWithoutFallingBack() {
        for (QueryMix.Query query : QueryMix.QUERIES) {
            if (!query.text().isEmpty()) {
                assertThat(SearchProbe.parsesCleanly(query.text())).as(query.name()).isTrue();
            }
        }
    }

    @Test
    void theSearchPageReadsEveryParameter() {
        for (QueryMix.Query query : QueryMix.QUERIES) {
            assertThat(SearchProbe.parametersUnderstood(query.params())).as(query.name()).isTrue();
        }
    }

    @Test
    void deepPagesStartOnAPageBoundary() {
        assertThat(QueryMix.QUERIES.stream().filter(q -> q.kind() == QueryMix.Kind.DEEP_PAGE))
                .allSatisfy(q -> assertThat(q.deepRow()).isPositive().isEqualTo(q.deepRow() / 50 * 50));
    }

    @Test
    void pageParametersLeaveTheSearchBoxOutAndAreEncoded() {
        QueryMix.Query query = QueryMix.QUERIES.stream().filter(q -> q.name().equals("date year district=城关区 newest"))
                .findFirst().orElseThrow();
        assertThat(query.pageParameters()).isEqualTo("date=year&district=%E5%9F%8E%E5%85%B3%E5%8C%BA&sort=newest");
        assertThat(QueryMix.QUERIES.get(0).pageParameters()).isEmpty();
    }

    @Test
    void directRequestsKeepPathParametersAndBody() {
        var recorded = new RequestRecorder.Recorded("POST",
                "/bench1m-records/_search?typed_keys=true&ignore_unavailable=true&q=%E6%8B%86", new byte[]{'{', '}'});
        var request = DirectPath.request(recorded);
        assertThat(request.getEndpoint()).isEqualTo("/bench1m-records/_search");
        assertThat(request.getParameters()).containsExactlyInAnyOrderEntriesOf(
                Map.of("typed_keys", "true", "ignore_unavailable", "true", "q", "拆"));
        assertThat(request.getEntity().getContentLength()).isEqualTo(2);
        assertThat(List.of(request.getMethod())).containsExactly("POST");
    }
}
