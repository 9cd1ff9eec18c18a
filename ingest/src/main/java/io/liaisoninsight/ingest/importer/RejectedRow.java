package io.liaisoninsight.ingest.importer;

import io.liaisoninsight.ingest.validate.Violation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A row that was not published: its number, every problem found, and its cells as read. */
public record RejectedRow(int row, List<Violation> problems, Map<String, String> original) {

    public RejectedRow {
        problems = List.copyOf(problems);
        original = Collections.unmodifiableMap(new LinkedHashMap<>(original));
    }

    /** All problems in one line, as the summary lists them. */
    public String reason() {
        return String.join("; ", problems.stream().map(Violation::toString).toList());
    }
}
