package io.liaisoninsight.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line of {@code ingest}: {@code --records N [--seed S] [--es URL] [--kafka HOST:PORT] [--repeat R]
 * [--batch 500] [--set key=value ...] [--steps-cost]}. {@code --set} passes a property to the in-process ingest
 * service (e.g. {@code --set liaison.ingest.max-batch-records=1000}); {@code --batch} is the plain-bulk baseline's
 * batch size and follows {@code liaison.ingest.max-batch-records} when that is set; {@code --steps-cost} also
 * runs the pipeline without its batch steps (duplicate groups, complainant identities) to show their cost.
 */
public record BenchmarkOptions(long records, long seed, String elasticsearch, String kafka, int repeat, int batchSize,
                               Map<String, String> ingestProperties, boolean stepsCost) {

    public static final String USAGE = "usage: ingest --records N [--seed 2] [--es http://127.0.0.1:9200] "
            + "[--kafka 127.0.0.1:9092] [--repeat 1] [--batch 500] [--set ingest.property=value ...] [--steps-cost]";

    private static final String BATCH_PROPERTY = "liaison.ingest.max-batch-records";

    public BenchmarkOptions {
        if (records < 1 || repeat < 1 || batchSize < 1) {
            throw new IllegalArgumentException("--records, --repeat and --batch must be positive\n" + USAGE);
        }
        ingestProperties = Map.copyOf(ingestProperties);
    }

    public static BenchmarkOptions parse(List<String> args) {
        long records = 200_000;
        long seed = 2;
        String es = env("LIAISON_ES_URL", "http://127.0.0.1:9200");
        String kafka = env("LIAISON_KAFKA_BOOTSTRAP", "127.0.0.1:9092");
        int repeat = 1;
        Integer batch = null;
        Map<String, String> properties = new LinkedHashMap<>();
        boolean stepsCost = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--steps-cost")) {
                stepsCost = true;
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("missing value after " + option + "\n" + USAGE);
            }
            String value = args.get(++i);
            switch (option) {
                case "--records" -> records = Long.parseLong(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--es" -> es = value;
                case "--kafka" -> kafka = value;
                case "--repeat" -> repeat = Integer.parseInt(value);
                case "--batch" -> batch = Integer.parseInt(value);
                case "--set" -> {
                    int eq = value.indexOf('=');
                    if (eq < 1) {
                        throw new IllegalArgumentException("--set expects key=value: " + value);
                    }
                    properties.put(value.substring(0, eq), value.substring(eq + 1));
                }
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        if (batch == null) {
            batch = Integer.parseInt(properties.getOrDefault(BATCH_PROPERTY, "500"));
        }
        return new BenchmarkOptions(records, seed, es, kafka, repeat, batch, properties, stepsCost);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
