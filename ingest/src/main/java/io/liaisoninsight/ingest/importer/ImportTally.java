package io.liaisoninsight.ingest.importer;

import io.liaisoninsight.ingest.validate.Violation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts of one import as it runs, and why rows were rejected. The same problem in many rows counts
 * as one reason: positions ({@code complainants[3]}) and the values quoted in a message ("2026.13.1",
 * 「传真」, (1899-12-31)) are left out when grouping; the first message of each group is shown.
 */
final class ImportTally {

    static final int EXAMPLES = 10;
    static final int TOP_REASONS = 10;

    private static final Pattern POSITION = Pattern.compile("\\[\\d+]");
    private static final Pattern VALUE = Pattern.compile("「[^」]*」|\"[^\"]*\"|\\([^()]*\\)");

    private long rows;
    private long blankRows;
    private long accepted;
    private long rejected;
    private final Map<String, Reason> reasons = new HashMap<>();
    private final List<RejectedRow> examples = new ArrayList<>();

    private static final class Reason {
        private final String example;
        private final int firstSeen;
        private long count;

        Reason(String example, int firstSeen) {
            this.example = example;
            this.firstSeen = firstSeen;
        }
    }

    void blank() {
        blankRows++;
    }

    void accepted() {
        rows++;
        accepted++;
    }

    void rejected(RejectedRow row) {
        rows++;
        rejected++;
        for (Violation problem : row.problems()) {
            reasons.computeIfAbsent(groupKey(problem), k -> new Reason(problem.toString(), reasons.size())).count++;
        }
        if (examples.size() < EXAMPLES) {
            examples.add(row);
        }
    }

    long rows() {
        return rows;
    }

    long blankRows() {
        return blankRows;
    }

    long acceptedRows() {
        return accepted;
    }

    long rejectedRows() {
        return rejected;
    }

    /** The most frequent reasons, most frequent first; ties in the order they were first seen. */
    List<ImportSummary.ReasonCount> topReasons() {
        return reasons.values().stream()
                .sorted(Comparator.comparingLong((Reason r) -> r.count).reversed().thenComparingInt(r -> r.firstSeen))
                .limit(TOP_REASONS)
                .map(r -> new ImportSummary.ReasonCount(r.example, r.count))
                .toList();
    }

    /** The first rejected rows, for the summary; all of them are in the rejected-rows file. */
    List<RejectedRow> examples() {
        return List.copyOf(examples);
    }

    static String groupKey(Violation problem) {
        String field = POSITION.matcher(problem.field()).replaceAll("[]");
        return field + ": " + VALUE.matcher(problem.problem()).replaceAll(Matcher.quoteReplacement("…"));
    }
}
