package io.liaisoninsight.ingest.importer;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/** A line every N rows, so an operator importing a large file sees that it moves and how fast. */
final class Progress {

    private final PrintStream out;
    private final int every;
    private final LongSupplier nanoTime;
    private final long start;

    Progress(PrintStream out, int every, LongSupplier nanoTime) {
        this.out = out;
        this.every = every;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    void rowDone(ImportTally tally) {
        long done = tally.rows() + tally.blankRows();
        if (every > 0 && done % every == 0) {
            double seconds = (nanoTime.getAsLong() - start) / 1e9;
            out.printf(Locale.ROOT, "已处理 (rows) %,d：接受 (accepted) %,d，拒绝 (rejected) %,d，%,.0f 行/秒 (rows/s)%n",
                    done, tally.acceptedRows(), tally.rejectedRows(), seconds > 0 ? done / seconds : 0);
        }
    }
}
