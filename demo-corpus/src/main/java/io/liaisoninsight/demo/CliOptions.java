package io.liaisoninsight.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Command-line options of {@link DemoCorpusCli}. */
record CliOptions(CorpusSettings settings, Path out, Path truth, String kafka, String topicPrefix, int partitions,
                  boolean help) {

    static final String USAGE = """
            Usage: java -jar demo-corpus.jar [options]
              --records N          messages to generate, updates and duplicates included (default 20000)
              --seed S             one seed, one corpus (default 1)
              --as-of yyyy-MM-dd   end of the window, exclusive; deadlines are judged at its start (default 2026-11-20)
              --months M           window length in months (default 12)
              --zone ZONE          time zone of all timestamps (default Asia/Shanghai)
              --out DIR            write petitions.jsonl, visit-notes.jsonl, media-reports.jsonl and ground-truth.json
              --truth FILE         where to write the ground truth (default DIR/ground-truth.json with --out)
              --kafka HOST:PORT    publish to petitions.v1, visit-notes.v1, media-reports.v1
              --topic-prefix PFX   put PFX before each topic name, e.g. demo-test.
              --partitions P       partitions of topics that have to be created (default 3)
            Without --out and --kafka the corpus is generated and counted only (a benchmark).
            """;

    static CliOptions parse(String... args) {
        long seed = 1;
        long records = 20_000;
        LocalDate asOf = CorpusSettings.DEFAULT_AS_OF;
        int months = 12;
        ZoneId zone = CorpusSettings.DEFAULT_ZONE;
        Path out = null;
        Path truth = null;
        String kafka = null;
        String prefix = "";
        int partitions = 3;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                help = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            String value = args[++i];
            try {
                switch (option) {
                    case "--records" -> records = Long.parseLong(value.replace("_", ""));
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--as-of" -> asOf = LocalDate.parse(value);
                    case "--months" -> months = Integer.parseInt(value);
                    case "--zone" -> zone = ZoneId.of(value);
                    case "--out" -> out = Path.of(value);
                    case "--truth" -> truth = Path.of(value);
                    case "--kafka" -> kafka = value;
                    case "--topic-prefix" -> prefix = value;
                    case "--partitions" -> partitions = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException("bad value for " + option + ": " + value);
            }
        }
        if (truth == null && out != null) {
            truth = out.resolve("ground-truth.json");
        }
        return new CliOptions(new CorpusSettings(seed, records, asOf, months, zone), out, truth, kafka, prefix,
                partitions, help);
    }
}
