package io.liaisoninsight.ingest.importer.read;

import java.util.List;

/**
 * Receives what a {@link RowReader} streams. Returning {@code false} asks the reader to stop (the
 * import cannot go on, e.g. the broker failed); the reader then returns without reading further.
 */
public interface RowSink {

    /** The column names of a file with a header row, once, before its first row. Not called for JSONL. */
    default boolean header(List<String> columns) {
        return true;
    }

    boolean row(SourceRow row);

    /** Something the operator should know about how the file is read, e.g. the encoding or sheet used. */
    default void note(String text) {
    }
}
