package io.liaisoninsight.demo;

import io.liaisoninsight.schema.Source;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar demo-corpus.jar --records 20000 --seed 2 --as-of 2026-11-20 --out DIR [--kafka HOST:PORT]}:
 * generates the demo corpus into files and/or Kafka and prints a summary. Exit code 0 on success, 2 on bad
 * options, 1 on failure.
 */
public final class DemoCorpusCli {

    private DemoCorpusCli() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        CliOptions options;
        try {
            options = CliOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(CliOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            out.print(CliOptions.USAGE);
            return 0;
        }
        try {
            generate(options, out);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("demo-corpus failed: " + e);
            return 1;
        }
    }

    private static void generate(CliOptions options, PrintStream out) throws IOException {
        CorpusSettings settings = options.settings();
        out.printf("demo-corpus: %,d messages, seed %d, window %s .. %s (%s)%n", settings.records(), settings.seed(),
                settings.firstDay(), settings.asOf().minusDays(1), settings.zone());
        List<RecordSink> sinks = new ArrayList<>();
        JsonlDirectorySink files = null;
        KafkaSink kafka = null;
        if (options.out() != null) {
            files = new JsonlDirectorySink(options.out());
            sinks.add(files);
        }
        if (options.kafka() != null) {
            kafka = new KafkaSink(options.kafka(), options.topicPrefix(), options.partitions());
            sinks.add(kafka);
        }
        if (sinks.isEmpty()) {
            out.println("  no --out or --kafka: generating and counting only");
        }
        long started = System.nanoTime();
        GroundTruth truth;
        try (RecordSink sink = new ProgressSink(new FanOutSink(sinks), out, settings.records(), started)) {
            truth = new CorpusGenerator(settings).generate(sink);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (options.truth() != null) {
            Files.createDirectories(options.truth().toAbsolutePath().getParent());
            try (OutputStream stream = Files.newOutputStream(options.truth())) {
                truth.write(stream);
            }
        }
        summary(out, truth, seconds, options, files, kafka);
    }

    private static void summary(PrintStream out, GroundTruth truth, double seconds, CliOptions options,
                                JsonlDirectorySink files, KafkaSink kafka) {
        GroundTruth.Counts c = truth.counts();
        out.printf("done: %,d messages (%,d distinct ids), %.1f MB of JSON in %.1f s: %,.0f records/s, %.1f MB/s%n",
                c.messages(), c.distinctIds(), c.bytes() / 1e6, seconds, c.messages() / seconds,
                c.bytes() / 1e6 / seconds);
        out.printf("  %-22s %,10d%n  %-22s %,10d%n  %-22s %,10d%n", Source.PETITION.topic(), c.petitions(),
                Source.VISIT_NOTE.topic(), c.visitNotes(), Source.MEDIA_REPORT.topic(), c.mediaReports());
        long recurring = truth.persons().stream().filter(p -> "RECURRING".equals(p.role())).count();
        out.printf("  planted: %d hot spots, %d recurring complainants, %d namesake groups, %d duplicate groups, "
                        + "%d collective, %d escalated, %d deputy referrals, %d danger-language, "
                        + "%d procedural / %d substantive overdue, %d updated ids%n",
                truth.hotSpots().size(), recurring, truth.namesakes().size(), truth.duplicateGroups().size(),
                truth.collective().size(), truth.escalated().values().stream().mapToInt(List::size).sum(),
                truth.deputyReferrals().size(), truth.dangerLanguage().size(),
                truth.deadlines().proceduralOverdue().size(), truth.deadlines().substantiveOverdue().size(),
                truth.updates().size());
        if (files != null) {
            out.println("  files: " + files.directory().toAbsolutePath());
        }
        if (options.truth() != null) {
            out.println("  ground truth: " + options.truth().toAbsolutePath());
        }
        if (kafka != null) {
            out.printf("  kafka %s: %,d acknowledged on %s%n", options.kafka(), kafka.acknowledged(),
                    String.join(", ", kafka.topics()));
        }
    }
}
