package io.liaisoninsight.benchmarks;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.testsupport.ElasticsearchClients;
import io.liaisoninsight.testsupport.Engines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar benchmarks.jar ingest --records 200000 [--seed 2] [--es URL] [--kafka HOST:PORT] [--repeat 1]
 * [--steps-cost]}: the ingest pipeline end to end (publish → consume → indexed and visible) next to two baselines
 * measured in the same run on the same corpus: plain bulk indexing of the same documents (no pipeline) and smartcn
 * tokenisation of the same text (the analysis limit). Prints docs/s, MB/s of record JSON and the pipeline's
 * share of plain bulk; with {@code --repeat N} the median of N rounds; with {@code --steps-cost} also the
 * pipeline without its batch steps. A measuring tool, not a test.
 */
public final class IngestBenchmark {

    private static final int SETTLE_MILLIS = 5_000;

    private final BenchmarkOptions options;
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    private IngestBenchmark(BenchmarkOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("search")) {
            SearchBenchmark.main(Arrays.asList(args).subList(1, args.length));
            System.exit(0);
        }
        if (args.length == 0 || !args[0].equals("ingest")) {
            System.err.println(BenchmarkOptions.USAGE);
            System.err.println(SearchOptions.USAGE);
            System.exit(2);
        }
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(Arrays.asList(args).subList(1, args.length));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new IngestBenchmark(options).run();
        System.exit(0); // the in-process service's client threads are not all daemons
    }

    private void run() throws Exception {
        Engines engines = new Engines(options.elasticsearch(), options.kafka(), "command line");
        ElasticsearchClient client = ElasticsearchClients.create(engines);
        try (EsHttp http = new EsHttp(options.elasticsearch(), json)) {
            CpuMeter cpu = new CpuMeter(http);
            printFacts(http);

            long start = System.nanoTime();
            Corpus corpus = Corpus.generate(options.seed(), options.records(), json);
            System.out.printf("corpus: %d messages, %.1f MB record JSON (%.0f bytes each), %.1f MB title+content text; "
                            + "generated in %.1f s%n", corpus.size(), corpus.jsonBytes() / 1e6,
                    (double) corpus.jsonBytes() / corpus.size(), corpus.textBytes() / 1e6, (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            StoredDocuments documents = StoredDocuments.build(corpus, IndexNames.DEFAULT_ZONE, json);
            System.out.printf("documents: %d writes of %d distinct records (%d messages refused by the reader); "
                            + "read, enriched and built in %.1f s (untimed)%n", documents.writes().size(),
                    documents.distinctIds(), documents.rejected(), (System.nanoTime() - start) / 1e9);
            System.out.printf("settings: plain-bulk batch %d, 1 bulk request in flight; ingest properties %s "
                            + "(closed-month merging off unless set)%n", options.batchSize(), options.ingestProperties());

            Report report = new Report(System.out);
            List<Round> rounds = new ArrayList<>();
            for (int r = 1; r <= options.repeat(); r++) {
                Round round = round(corpus, documents, engines, client, http, cpu);
                rounds.add(round);
                report.table("round " + r + " of " + options.repeat(), round);
            }
            if (rounds.size() > 1) {
                report.table("median of " + rounds.size() + " rounds", Report.median(rounds));
            }
        } finally {
            client._transport().close();
        }
    }

    private Round round(Corpus corpus, StoredDocuments documents, Engines engines, ElasticsearchClient client,
                        EsHttp http, CpuMeter cpu) throws Exception {
        settle();
        Measurement one = SmartcnBaseline.run(corpus, 1, cpu);
        System.out.printf("  smartcn 1 thread: %.1f s%n", one.seconds());
        settle();
        Measurement two = SmartcnBaseline.run(corpus, 2, cpu);
        System.out.printf("  smartcn 2 threads: %.1f s%n", two.seconds());

        RunNames bulkNames = RunNames.random();
        Measurement bulk;
        try {
            settle();
            bulk = PlainBulkBaseline.run(corpus, documents, client, http, indexNames(bulkNames), options.batchSize(), cpu);
            System.out.printf("  plain bulk: %.1f s (%s)%n", bulk.seconds(), bulkNames.indexPrefix());
        } finally {
            bulkNames.cleanUp(engines);
        }

        PipelineResult pipeline = pipeline(true, corpus, documents, engines, http, cpu);
        Measurement withoutSteps = options.stepsCost()
                ? pipeline(false, corpus, documents, engines, http, cpu).measurement() : null;
        return new Round(one, two, bulk, pipeline, withoutSteps);
    }

    private PipelineResult pipeline(boolean batchSteps, Corpus corpus, StoredDocuments documents, Engines engines,
                                    EsHttp http, CpuMeter cpu) throws Exception {
        RunNames names = RunNames.random();
        try {
            settle();
            PipelineRun run = new PipelineRun(options.elasticsearch(), options.kafka(), options.ingestProperties(),
                    batchSteps);
            PipelineResult result = run.run(corpus, documents, names, indexNames(names), http, cpu);
            System.out.printf("  %s: %.1f s (%s)%n", run.name(), result.measurement().seconds(), names.indexPrefix());
            return result;
        } finally {
            names.cleanUp(engines);
        }
    }

    private static IndexNames indexNames(RunNames names) {
        return new IndexNames(names.indexPrefix(), IndexNames.DEFAULT_ZONE);
    }

    /** Lets Elasticsearch finish merges and deletions of the previous step, and this JVM collect garbage. */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(SETTLE_MILLIS);
    }

    private void printFacts(EsHttp http) throws IOException {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("machine: %s, %d cores; Java %s (%s), max heap %d MB%n", cpuModel(),
                runtime.availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                runtime.maxMemory() >> 20);
        System.out.printf("engines: %s at %s; Kafka at %s%n", http.describe(), options.elasticsearch(), options.kafka());
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }
}
