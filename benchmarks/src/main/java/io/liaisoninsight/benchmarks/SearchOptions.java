package io.liaisoninsight.benchmarks;

import java.util.List;

/**
 * Command line of {@code search}: {@code --records N [--seed 2] [--prefix bench1m] [--es URL] [--repeat R]
 * [--warmup W] [--batch 1000] [--ui-port 0] [--no-page] [--load-only] [--dump-requests DIR]}. {@code --repeat} is how many timed rounds
 * of the query mix each path runs (every query once per round), {@code --warmup} the untimed rounds before;
 * {@code --dump-requests} writes the search requests the service sent per query (URI line, then the body) into
 * a directory, for profiling them by hand.
 */
record SearchOptions(long records, long seed, String prefix, String elasticsearch, int repeat, int warmup,
                     int batchSize, int uiPort, boolean page, boolean loadOnly, String dump) {

    static final String USAGE = "usage: search --records N [--seed 2] [--prefix bench<N>] "
            + "[--es http://127.0.0.1:9200] [--repeat 10] [--warmup 3] [--batch 1000] [--ui-port 0] [--no-page] "
            + "[--load-only] [--dump-requests DIR]";

    SearchOptions {
        if (records < 1 || repeat < 1 || warmup < 0 || batchSize < 1) {
            throw new IllegalArgumentException("--records, --repeat and --batch must be positive\n" + USAGE);
        }
        if (!prefix.startsWith("bench")) {
            throw new IllegalArgumentException("--prefix must start with 'bench' (its indices may be dropped and "
                    + "reloaded)\n" + USAGE);
        }
    }

    static SearchOptions parse(List<String> args) {
        long records = 1_000_000;
        long seed = 2;
        String prefix = null;
        String es = env("LIAISON_ES_URL", "http://127.0.0.1:9200");
        int repeat = 10;
        int warmup = 3;
        int batch = 1000;
        int uiPort = 0;
        boolean page = true;
        boolean loadOnly = false;
        String dump = null;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--no-page")) {
                page = false;
                continue;
            }
            if (option.equals("--load-only")) {
                loadOnly = true;
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("missing value after " + option + "\n" + USAGE);
            }
            String value = args.get(++i);
            switch (option) {
                case "--records" -> records = Long.parseLong(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--prefix" -> prefix = value;
                case "--es" -> es = value;
                case "--repeat" -> repeat = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--batch" -> batch = Integer.parseInt(value);
                case "--ui-port" -> uiPort = Integer.parseInt(value);
                case "--dump-requests" -> dump = value;
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        if (prefix == null) {
            prefix = "bench" + (records % 1_000_000 == 0 ? records / 1_000_000 + "m"
                    : records % 1_000 == 0 ? records / 1_000 + "k" : String.valueOf(records));
        }
        return new SearchOptions(records, seed, prefix, es, repeat, warmup, batch, uiPort, page, loadOnly, dump);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
