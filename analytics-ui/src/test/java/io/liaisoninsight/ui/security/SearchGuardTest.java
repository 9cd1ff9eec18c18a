package io.liaisoninsight.ui.security;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchGuardTest {

    private static final String RECORDS = "liaison-records";

    @Test
    void ordinarySearchesPass() {
        assertThatCode(() -> check(r -> r.size(20).from(40)
                .highlight(h -> h.fields("content", f -> f))
                .aggregations("district", a -> a.terms(t -> t.field("district")))
                .aggregations("terms", a -> a.significantTerms(t -> t.field("keyTerms")
                        .backgroundFilter(ScopeFilter.toQuery(Scope.all()))))))
                .doesNotThrowAnyException();
    }

    @Test
    void anotherIndexIsRefused() {
        assertThatThrownBy(() -> check(r -> r.index("liaison-audit"))).hasMessageContaining("liaison-audit");
    }

    @Test
    void optionsThatEscapeScopeOrMaskingAreRefused() {
        assertThatThrownBy(() -> check(r -> r.aggregations("all", a -> a.global(g -> g)
                .aggregations("d", s -> s.terms(t -> t.field("district")))))).hasMessageContaining("global");
        assertThatThrownBy(() -> check(r -> r.aggregations("d", a -> a.terms(t -> t.field("district"))
                .aggregations("top", s -> s.topHits(t -> t.size(3)))))).hasMessageContaining("top_hits");
        assertThatThrownBy(() -> check(r -> r.fields(f -> f.field("complainants.idNumber"))))
                .hasMessageContaining("fields");
        assertThatThrownBy(() -> check(r -> r.runtimeMappings("raw", m -> m.type(
                co.elastic.clients.elasticsearch._types.mapping.RuntimeFieldType.Keyword)
                .script(s -> s.source("emit(params._source.complainants.idNumber)")))))
                .hasMessageContaining("runtime_mappings");
        assertThatThrownBy(() -> check(r -> r.aggregations("t", a -> a.significantTerms(t -> t.field("keyTerms")))))
                .hasMessageContaining("background_filter");
        assertThatThrownBy(() -> check(r -> r.scroll(t -> t.time("1m")))).hasMessageContaining("scroll");
    }

    @Test
    void aCallersPointInTimeIsRefused() {
        assertThatThrownBy(() -> check(r -> r.pit(p -> p.id("theirs")))).hasMessageContaining("pit");
    }

    @Test
    void aSnapshotPageRunsOnItsOwnPointInTimeOnly() {
        JacksonJsonpMapper mapper = new JacksonJsonpMapper();
        assertThatCode(() -> SearchGuard.checkSnapshot(SearchRequest.of(r -> r.pit(p -> p.id("ours")).size(10)
                .query(q -> q.matchAll(m -> m))), "ours", mapper)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SearchGuard.checkSnapshot(SearchRequest.of(r -> r.pit(p -> p.id("theirs"))),
                "ours", mapper)).hasMessageContaining("point in time");
        assertThatThrownBy(() -> SearchGuard.checkSnapshot(SearchRequest.of(r -> r.index(RECORDS)
                .pit(p -> p.id("ours"))), "ours", mapper)).hasMessageContaining("no index");
        assertThatThrownBy(() -> SearchGuard.checkSnapshot(SearchRequest.of(r -> r.pit(p -> p.id("ours"))
                .aggregations("all", a -> a.global(g -> g))), "ours", mapper)).hasMessageContaining("global");
    }

    private static void check(Consumer<SearchRequest.Builder> options) {
        SearchRequest.Builder builder = new SearchRequest.Builder();
        options.accept(builder);
        builder.index(RECORDS).query(q -> q.matchAll(m -> m));
        SearchGuard.check(builder.build(), RECORDS, new JacksonJsonpMapper());
    }
}
