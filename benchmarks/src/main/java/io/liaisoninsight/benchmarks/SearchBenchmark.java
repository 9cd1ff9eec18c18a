package io.liaisoninsight.benchmarks;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.liaisoninsight.testsupport.ElasticsearchClients;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.ui.search.SearchProbe;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar benchmarks.jar search --records 1000000 [--prefix bench1m] [--repeat N]}: search latency on a
 * large corpus. Loads (once) the generated records into their own prefix ({@link SearchCorpus}), starts the
 * analytics UI in this JVM ({@link UiRun}) and runs the fixed mix of 50 queries ({@link QueryMix}) three ways in
 * the same run:
 * <ol>
 *   <li><b>service</b>: the UI's search service call in-process, as a whole-city user ({@link SearchProbe});</li>
 *   <li><b>direct</b>: the very search requests that call sent (recorded from the UI's HTTP client), straight to
 *   Elasticsearch with the low-level client — the floor. Service and direct alternate which goes first per query
 *   and round, so neither always finds the caches warmed by the other;</li>
 *   <li><b>page</b>: the search page's server round trip in a real browser ({@link PagePath}).</li>
 * </ol>
 * Warm-up rounds first (untimed), then {@code --repeat} rounds; prints p50/p95 per path, per kind of query, and
 * whether the targets hold (service p95 at most 1.3× direct p95, and under 200 ms). A measuring tool, not a test.
 */
public final class SearchBenchmark {

    static final double TARGET_RATIO = 1.3;
    static final double TARGET_MILLIS = 200;

    private SearchBenchmark() {
    }

    static void main(List<String> args) throws Exception {
        SearchOptions options;
        try {
            options = SearchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
        Engines engines = new Engines(options.elasticsearch(), "unused:9092", "command line");
        ElasticsearchClient client = ElasticsearchClients.create(engines);
        SearchCorpus.Loaded loaded;
        try (EsHttp http = new EsHttp(options.elasticsearch(), json)) {
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("machine: %d cores, load average %s; Java %s, max heap %d MB%n",
                    runtime.availableProcessors(), loadAverage(), System.getProperty("java.version"),
                    runtime.maxMemory() >> 20);
            System.out.printf("engines: %s at %s%n", http.describe(), options.elasticsearch());
            loaded = new SearchCorpus(client, http, engines, json)
                    .ensure(options.prefix(), options.seed(), options.records(), options.batchSize());
        } finally {
            client._transport().close();
        }
        if (!options.loadOnly()) {
            new SearchBenchmark().measure(options, loaded, json);
        }
    }

    private void measure(SearchOptions options, SearchCorpus.Loaded loaded, ObjectMapper json) throws Exception {
        RequestRecorder recorder = new RequestRecorder();
        long start = System.nanoTime();
        try (UiRun ui = UiRun.start(options.elasticsearch(), loaded.names().prefix(), options.uiPort(), recorder);
             DirectPath direct = new DirectPath(options.elasticsearch())) {
            System.out.printf("analytics UI started in this JVM on port %d in %.1f s%n", ui.port(),
                    (System.nanoTime() - start) / 1e9);
            SearchProbe probe = new SearchProbe(ui.context());
            List<QueryMix.Query> mix = QueryMix.QUERIES;
            List<SearchProbe.Prepared> prepared = new ArrayList<>();
            for (QueryMix.Query query : mix) {
                SearchProbe.Prepared p = probe.prepare(query.params(), query.deepRow());
                if (!p.parsedCleanly()) {
                    System.out.println("WARNING: the search box text of '" + query.name() + "' did not parse cleanly");
                }
                prepared.add(p);
            }
            System.out.printf("query mix: %d queries (%s); %d warm-up rounds, %d timed rounds%n", mix.size(),
                    kinds(mix), options.warmup(), options.repeat());

            Map<QueryMix.Query, List<Double>> service = new LinkedHashMap<>();
            Map<QueryMix.Query, List<Double>> floor = new LinkedHashMap<>();
            Map<QueryMix.Query, List<RequestRecorder.Recorded>> bodies = new HashMap<>();
            Map<QueryMix.Query, Long> totals = new HashMap<>();
            int searches = 0;
            for (int round = -options.warmup(); round < options.repeat(); round++) {
                boolean timed = round >= 0;
                for (int i = 0; i < mix.size(); i++) {
                    QueryMix.Query query = mix.get(i);
                    SearchProbe.Prepared p = prepared.get(i);
                    boolean serviceFirst = !bodies.containsKey(query) || Math.floorMod(round + i, 2) == 0;
                    double directMillis = -1;
                    if (!serviceFirst) {
                        directMillis = timeDirect(direct, bodies.get(query));
                    }
                    long[] total = new long[1];
                    long t0 = System.nanoTime();
                    List<RequestRecorder.Recorded> recorded = recorder.record(() -> total[0] = p.run());
                    double serviceMillis = (System.nanoTime() - t0) / 1e6;
                    bodies.put(query, recorded);
                    totals.put(query, total[0]);
                    if (serviceFirst) {
                        directMillis = timeDirect(direct, recorded);
                    }
                    if (timed) {
                        service.computeIfAbsent(query, q -> new ArrayList<>()).add(serviceMillis);
                        floor.computeIfAbsent(query, q -> new ArrayList<>()).add(directMillis);
                    }
                }
                System.out.printf("  service/direct round %s done%n", timed ? String.valueOf(round + 1)
                        : "warm-up " + (round + options.warmup() + 1));
            }
            for (QueryMix.Query query : mix) {
                searches += bodies.get(query).size();
            }
            check(direct, mix, bodies, totals, json);
            if (options.dump() != null) {
                dump(java.nio.file.Path.of(options.dump()), "", mix, bodies);
            }

            Map<QueryMix.Query, List<Double>> page = new LinkedHashMap<>();
            Map<QueryMix.Query, Integer> pageSearches = new HashMap<>();
            Map<QueryMix.Query, List<RequestRecorder.Recorded>> pageRequests = new HashMap<>();
            if (options.page()) {
                List<QueryMix.Query> first = mix.stream().filter(q -> q.deepRow() == 0).toList();
                try (PagePath browser = new PagePath(ui.port())) {
                    for (int round = -options.warmup(); round < options.repeat(); round++) {
                        for (QueryMix.Query query : first) {
                            List<RequestRecorder.Recorded> made = new ArrayList<>();
                            double millis = browser.search(query, recorder, made);
                            if (round >= 0) {
                                page.computeIfAbsent(query, q -> new ArrayList<>()).add(millis);
                                pageSearches.merge(query, made.size(), Integer::sum);
                                pageRequests.put(query, made);
                            }
                        }
                        System.out.printf("  page round %s done%n", round >= 0 ? String.valueOf(round + 1)
                                : "warm-up " + (round + options.warmup() + 1));
                    }
                }
            }
            if (options.dump() != null && !pageRequests.isEmpty()) {
                dump(java.nio.file.Path.of(options.dump()), "page-", mix, pageRequests);
            }
            report(options, loaded, mix, service, floor, page, searches);
            if (!page.isEmpty()) {
                int pageTotal = pageSearches.values().stream().mapToInt(Integer::intValue).sum();
                int firstPageSearches = mix.stream().filter(q -> q.deepRow() == 0).mapToInt(q -> bodies.get(q).size())
                        .sum();
                System.out.printf("Elasticsearch searches per round: service %d (first-page queries), page %.1f "
                        + "(the page's whole interaction)%n", firstPageSearches, (double) pageTotal / options.repeat());
            }
        }
    }

    private static void dump(java.nio.file.Path dir, String prefix, List<QueryMix.Query> mix,
                             Map<QueryMix.Query, List<RequestRecorder.Recorded>> bodies) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir);
        for (int i = 0; i < mix.size(); i++) {
            List<RequestRecorder.Recorded> recorded = bodies.getOrDefault(mix.get(i), List.of());
            for (int r = 0; r < recorded.size(); r++) {
                RequestRecorder.Recorded request = recorded.get(r);
                byte[] uri = (request.method() + " " + request.uri() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                try (var out = java.nio.file.Files.newOutputStream(dir.resolve(String.format("%s%02d-%d.txt", prefix, i + 1, r + 1)))) {
                    out.write(uri);
                    out.write(request.body());
                }
            }
        }
        System.out.printf("requests written to %s (%sNN-R.txt: query NN of the mix, its R-th search)%n", dir, prefix);
    }

    private static double timeDirect(DirectPath direct, List<RequestRecorder.Recorded> requests) throws Exception {
        long t0 = System.nanoTime();
        direct.send(requests);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The replayed first request finds as many records as the service reported (the recording is faithful). */
    private static void check(DirectPath direct, List<QueryMix.Query> mix,
                              Map<QueryMix.Query, List<RequestRecorder.Recorded>> bodies,
                              Map<QueryMix.Query, Long> totals, ObjectMapper json) throws Exception {
        int mismatches = 0;
        for (QueryMix.Query query : mix) {
            List<RequestRecorder.Recorded> recorded = bodies.get(query);
            if (recorded.isEmpty()) {
                System.out.println("WARNING: no search request recorded for " + query.name());
                mismatches++;
                continue;
            }
            JsonNode response = json.readTree(direct.send(recorded.subList(0, 1)));
            long found = query.deepRow() == 0 ? response.path("hits").path("total").path("value").asLong(-1)
                    : response.path("hits").path("hits").size();
            if (found != totals.get(query)) {
                System.out.printf("WARNING: %s: service %d, direct %d%n", query.name(), totals.get(query), found);
                mismatches++;
            }
        }
        System.out.printf("check: direct requests reproduce the service's result counts for %d of %d queries%n",
                mix.size() - mismatches, mix.size());
    }

    private static void report(SearchOptions options, SearchCorpus.Loaded loaded, List<QueryMix.Query> mix,
                               Map<QueryMix.Query, List<Double>> service, Map<QueryMix.Query, List<Double>> floor,
                               Map<QueryMix.Query, List<Double>> page, int searches) {
        System.out.println();
        System.out.printf("Search latency, %s: %,d documents (%d generated records, seed %d)%s; load average now %s%n",
                loaded.names().prefix(), loaded.documents(), options.records(), options.seed(),
                loaded.reused() ? ", reused" : String.format(", loaded in %.0f s", loaded.loadSeconds()),
                loadAverage());
        System.out.printf("%d queries × %d timed rounds after %d warm-up; %d Elasticsearch searches per round of the "
                + "service path%n%n", mix.size(), options.repeat(), options.warmup(), searches);
        System.out.println("kind           queries   service p50/p95 ms   direct p50/p95 ms   page p50/p95 ms");
        Map<QueryMix.Kind, List<QueryMix.Query>> byKind = new EnumMap<>(QueryMix.Kind.class);
        mix.forEach(q -> byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(q));
        byKind.forEach((kind, queries) -> System.out.printf("%-14s %7d   %18s   %17s   %15s%n", kind.name(),
                queries.size(), pair(samples(service, queries)), pair(samples(floor, queries)),
                pair(samples(page, queries))));
        Percentiles s = Percentiles.of(samples(service, mix));
        Percentiles d = Percentiles.of(samples(floor, mix));
        List<Double> pageSamples = samples(page, mix);
        System.out.printf("%-14s %7d   %18s   %17s   %15s%n%n", "ALL", mix.size(), pair(samples(service, mix)),
                pair(samples(floor, mix)), pair(pageSamples));

        System.out.println("path                          samples      p50 ms     p95 ms     max ms");
        row("service call (in-process)", s);
        row("direct to Elasticsearch", d);
        if (!pageSamples.isEmpty()) {
            row("page round trip (UIDL XHR)*", Percentiles.of(pageSamples));
            List<QueryMix.Query> first = mix.stream().filter(q -> q.deepRow() == 0).toList();
            row("  service, same queries*", Percentiles.of(samples(service, first)));
            row("  direct, same queries*", Percentiles.of(samples(floor, first)));
        }
        System.out.printf("ratio service/direct: p50 %.2f×, p95 %.2f×%n", s.p50() / d.p50(), s.p95() / d.p95());
        boolean ratioMet = s.p95() <= TARGET_RATIO * d.p95();
        boolean absoluteMet = s.p95() < TARGET_MILLIS;
        System.out.printf("target service p95 ≤ %.1f× direct p95: %s (%.1f ms vs %.1f ms)%n", TARGET_RATIO,
                ratioMet ? "MET" : "NOT MET", s.p95(), TARGET_RATIO * d.p95());
        System.out.printf("target service p95 < %.0f ms: %s (%.1f ms)%n", TARGET_MILLIS,
                absoluteMet ? "MET" : "NOT MET", s.p95());
        if (!pageSamples.isEmpty()) {
            System.out.println("* the page runs the first-page queries only (deep pages are reached by scrolling)");
        }
        System.out.println();
        System.out.println("per query (p50 ms): service / direct / page");
        for (QueryMix.Query query : mix) {
            System.out.printf("  %-40s %8.1f %8.1f %8s%n", query.name(), Percentiles.of(service.get(query)).p50(),
                    Percentiles.of(floor.get(query)).p50(),
                    page.containsKey(query) ? String.format("%.1f", Percentiles.of(page.get(query)).p50()) : "-");
        }
    }

    private static void row(String label, Percentiles p) {
        System.out.printf("%-29s %7d %10.1f %10.1f %10.1f%n", label, p.count(), p.p50(), p.p95(), p.max());
    }

    private static List<Double> samples(Map<QueryMix.Query, List<Double>> byQuery, List<QueryMix.Query> queries) {
        List<Double> all = new ArrayList<>();
        queries.forEach(q -> all.addAll(byQuery.getOrDefault(q, List.of())));
        return all;
    }

    private static String pair(List<Double> samples) {
        if (samples.isEmpty()) {
            return "-";
        }
        Percentiles p = Percentiles.of(samples);
        return String.format("%.1f / %.1f", p.p50(), p.p95());
    }

    private static String kinds(List<QueryMix.Query> mix) {
        Map<QueryMix.Kind, Integer> counts = new EnumMap<>(QueryMix.Kind.class);
        mix.forEach(q -> counts.merge(q.kind(), 1, Integer::sum));
        return counts.toString().replace("{", "").replace("}", "");
    }

    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
