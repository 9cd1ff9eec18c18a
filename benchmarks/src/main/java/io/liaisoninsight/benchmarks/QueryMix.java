package io.liaisoninsight.benchmarks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The search benchmark's fixed mix of 50 queries, each as the search page's URL parameters ({@code q} is the
 * search box; {@code district}, {@code category}, {@code status}, {@code source}, {@code overdue},
 * {@code collective} are facet choices; {@code sort}, {@code date}, {@code duplicates} the page's options), so
 * the service, the page and Elasticsearch all run the very same search. Words come from the demo corpus
 * (seed 2): wage arrears, demolition and compensation, pollution, illegal fund-raising, enforcement cases…
 * A deep-page query reads the page of 50 rows starting at {@link Query#deepRow} with {@code search_after}.
 */
final class QueryMix {

    enum Kind { TERM, TERMS, PHRASE, BOOLEAN, FIELD_FILTER, FACET, SORT, DEEP_PAGE }

    /**
     * @param name    short label for the report
     * @param params  search page URL parameters
     * @param deepRow 0 for the first page (with facets and totals), else the first row of a later page
     */
    record Query(String name, Kind kind, Map<String, List<String>> params, int deepRow) {

        Query {
            params = Map.copyOf(params);
        }

        String text() {
            return params.getOrDefault("q", List.of("")).get(0);
        }

        /** The parameters other than the search box, as a URL query string ("" if none). */
        String pageParameters() {
            return params.entrySet().stream().filter(e -> !e.getKey().equals("q")).sorted(Map.Entry.comparingByKey())
                    .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                    .collect(Collectors.joining("&"));
        }
    }

    static final List<Query> QUERIES = build();

    private QueryMix() {
    }

    private static List<Query> build() {
        List<Query> q = new ArrayList<>();
        // Single Chinese terms (smartcn words, and names of things smartcn splits).
        for (String term : List.of("拆迁", "工资", "补偿款", "农民工", "安置房", "低保", "物业", "污染", "执行", "集资")) {
            q.add(query("term " + term, Kind.TERM, "q", term));
        }
        // Several terms (all must match), ranked by relevance.
        for (String terms : List.of("拖欠 工资 农民工", "拆迁 补偿 不到位", "幼儿园 食品安全", "集体土地 出租",
                "医疗 纠纷 赔偿", "工程款 包工头 讨薪")) {
            q.add(query("terms " + terms, Kind.TERMS, "q", terms));
        }
        // Quoted phrases.
        for (String phrase : List.of("拖欠农民工工资", "征地拆迁", "执行不到位", "非法吸收公众存款", "逾期未交付", "法治宣传")) {
            q.add(query("phrase " + phrase, Kind.PHRASE, "q", "\"" + phrase + "\""));
        }
        // AND / OR / NOT, in symbols and in Chinese.
        for (String bool : List.of("拆迁 OR 征收", "(拆迁 OR 征收) 补偿", "工资 -包工头", "污染 或者 排污",
                "集资 不含 宣传", "物业 AND (停车 OR 收费)")) {
            q.add(query("bool " + bool, Kind.BOOLEAN, "q", bool));
        }
        // Field-qualified filters typed in the search box.
        for (String filter : List.of("区县:城关区 拆迁", "区县:西固区", "状态:办理中 工资", "渠道:来访 补偿",
                "类别:征地拆迁", "风险:红", "来源:舆情 拖欠", "标题:拆迁")) {
            q.add(query("filter " + filter, Kind.FIELD_FILTER, "q", filter));
        }
        // Facet choices (post_filter, multi-select counts), with and without text.
        q.add(query("facet district=榆中县 q=补偿", Kind.FACET, "q", "补偿", "district", "榆中县"));
        q.add(query("facet category+status", Kind.FACET, "category", "劳动社保", "status", "CLOSED"));
        q.add(query("facet source=MEDIA_REPORT q=拖欠", Kind.FACET, "q", "拖欠", "source", "MEDIA_REPORT"));
        q.add(query("facet overdue", Kind.FACET, "overdue", "1"));
        q.add(query("facet collective q=工资", Kind.FACET, "q", "工资", "collective", "1"));
        // Time order, date windows, the whole corpus.
        q.add(query("sort newest (all records)", Kind.SORT, "sort", "newest"));
        q.add(query("sort newest q=拆迁", Kind.SORT, "q", "拆迁", "sort", "newest"));
        q.add(query("sort oldest q=污染", Kind.SORT, "q", "污染", "sort", "oldest"));
        q.add(query("date 30d q=工资", Kind.SORT, "q", "工资", "date", "30d"));
        q.add(query("date year district=城关区 newest", Kind.SORT, "date", "year", "district", "城关区", "sort",
                "newest"));
        // Deep pages with search_after.
        q.add(deep("deep row 1000 q=工资 newest", 1000, "q", "工资", "sort", "newest"));
        q.add(deep("deep row 500 q=拆迁", 500, "q", "拆迁"));
        q.add(deep("deep row 2000 all newest", 2000, "sort", "newest"));
        q.add(deep("deep row 1000 district=城关区 oldest", 1000, "district", "城关区", "sort", "oldest"));
        return List.copyOf(q);
    }

    private static Query query(String name, Kind kind, String... pairs) {
        return new Query(name, kind, params(pairs), 0);
    }

    private static Query deep(String name, int row, String... pairs) {
        return new Query(name, Kind.DEEP_PAGE, params(pairs), row);
    }

    private static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return params;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
