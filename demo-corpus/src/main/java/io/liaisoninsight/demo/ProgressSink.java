package io.liaisoninsight.demo;

import java.io.IOException;
import java.io.PrintStream;

/** Passes messages on and prints a progress line at every tenth of the run. */
final class ProgressSink implements RecordSink {

    private final RecordSink next;
    private final PrintStream out;
    private final long total;
    private final long started;
    private long count;
    private long bytes;
    private long nextReport;

    ProgressSink(RecordSink next, PrintStream out, long total, long startedNanos) {
        this.next = next;
        this.out = out;
        this.total = total;
        this.started = startedNanos;
        this.nextReport = Math.max(1, total / 10);
    }

    @Override
    public void accept(CorpusRecord record) {
        next.accept(record);
        count++;
        bytes += record.json().length;
        if (count >= nextReport) {
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("  %3d%%  %,d / %,d messages  %.1f MB  %.1f s%n", count * 100 / total, count, total,
                    bytes / 1e6, seconds);
            nextReport += Math.max(1, total / 10);
        }
    }

    @Override
    public void close() throws IOException {
        next.close();
    }
}
