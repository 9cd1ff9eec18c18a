package io.liaisoninsight.benchmarks;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Prints a round as a table, and over several rounds each row's median (by elapsed time; the lower
 * median for an even count), so one disturbed repetition does not move the figures.
 */
public final class Report {

    /** The target: the pipeline reaches this share of the plain-bulk baseline. */
    public static final double TARGET = 0.85;

    private final PrintStream out;

    public Report(PrintStream out) {
        this.out = out;
    }

    public void table(String heading, Round round) {
        out.println();
        out.println(heading);
        out.printf("  %-18s %8s %7s %8s %8s   %-30s %s%n", "", "docs/s", "MB/s", "vs bulk", "seconds",
                "cores: this JVM / ES / other", "CPU ms per doc: JVM + ES");
        double bulk = round.plainBulk().docsPerSecond();
        for (Measurement m : round.rows()) {
            CpuUse cpu = m.cpu();
            double perDoc = 1000 * m.seconds() / m.docs();
            out.printf("  %-18s %8.0f %7.2f %7.1f%% %8.1f   %-30s %.2f + %.2f%n", m.name(), m.docsPerSecond(),
                    m.megabytesPerSecond(), 100 * m.docsPerSecond() / bulk, m.seconds(),
                    String.format("%.2f / %.2f / %.2f", cpu.jvmCores(), cpu.elasticsearchCores(), cpu.otherCores()),
                    cpu.jvmCores() * perDoc, cpu.elasticsearchCores() * perDoc);
        }
        PipelineResult p = round.pipeline();
        BatchStats b = p.batches();
        out.printf("  pipeline / plain bulk: %.1f%% (target %.0f%%: %s)%n", 100 * round.pipelineRatio(), 100 * TARGET,
                round.pipelineRatio() >= TARGET ? "reached" : "NOT reached");
        out.printf("  pipeline split: published in %.1f s, all settled at %.1f s, visible at %.1f s; %d batches, "
                        + "batch p50 %.0f ms, p95 %.0f ms, consumer busy %.1f s (%.0f%% of the run)%n",
                seconds(p.publish()), seconds(p.settled()), p.measurement().seconds(), b.batches(), b.p50Millis(),
                b.p95Millis(), b.busySeconds(), 100 * b.busySeconds() / p.measurement().seconds());
        if (b.batches() > 0) {
            double accounted = 0;
            StringBuilder split = new StringBuilder("  per batch (ms):");
            for (PipelineProbe.StageTime stage : p.stages()) {
                split.append(String.format(" %s %.0f (%d calls);", stage.stage(), 1000 * stage.seconds() / b.batches(),
                        stage.calls()));
                if (!stage.stage().contains(" ")) { // steps include their own calls
                    accounted += stage.seconds();
                }
            }
            split.append(String.format(" read+validate+enrich+build+commit %.0f",
                    1000 * (b.busySeconds() - accounted) / b.batches()));
            out.println(split);
        }
        if (p.stored() != p.expected()) {
            out.printf("  WARNING: pipeline stored %d documents, expected %d%n", p.stored(), p.expected());
        }
    }

    /** The median round, row by row. */
    public static Round median(List<Round> rounds) {
        return new Round(median(rounds, Round::smartcnOneThread), median(rounds, Round::smartcnTwoThreads),
                median(rounds, Round::plainBulk),
                rounds.stream().sorted(Comparator.comparing(r -> r.pipeline().measurement().elapsed()))
                        .toList().get((rounds.size() - 1) / 2).pipeline(),
                median(rounds, Round::withoutSteps));
    }

    /** Null when the rounds have no such row. */
    private static Measurement median(List<Round> rounds, Function<Round, Measurement> row) {
        List<Measurement> sorted = rounds.stream().map(row).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Measurement::elapsed)).toList();
        return sorted.isEmpty() ? null : sorted.get((sorted.size() - 1) / 2);
    }

    private static double seconds(java.time.Duration d) {
        return d.toNanos() / 1e9;
    }
}
