package io.liaisoninsight.ingest.importer.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of an import file: its number as the operator sees it (the Excel row, the CSV record with the
 * header as record 1, the JSONL line) and its non-empty cells, column → trimmed text, in file order.
 * A row the reader could not make sense of (a JSONL line that is not a JSON object) carries a problem
 * and its raw text under {@link #RAW_LINE}.
 */
public record SourceRow(int number, Map<String, String> values, String problem) {

    /** Key of the raw text of an unreadable line; names starting with {@code #} are never columns. */
    public static final String RAW_LINE = "#line";

    public SourceRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static SourceRow of(int number, Map<String, String> values) {
        return new SourceRow(number, values, null);
    }

    public static SourceRow unreadable(int number, String rawLine, String problem) {
        return new SourceRow(number, Map.of(RAW_LINE, rawLine), problem);
    }

    public String value(String column) {
        return values.get(column);
    }

    public boolean readable() {
        return problem == null;
    }

    public boolean blank() {
        return readable() && values.isEmpty();
    }
}
