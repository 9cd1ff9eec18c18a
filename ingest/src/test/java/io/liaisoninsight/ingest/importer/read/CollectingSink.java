package io.liaisoninsight.ingest.importer.read;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader streams, for assertions. */
final class CollectingSink implements RowSink {

    final List<List<String>> headers = new ArrayList<>();
    final List<SourceRow> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    @Override
    public boolean header(List<String> columns) {
        headers.add(columns);
        return true;
    }

    @Override
    public boolean row(SourceRow row) {
        rows.add(row);
        return true;
    }

    @Override
    public void note(String text) {
        notes.add(text);
    }

    List<String> header() {
        return headers.get(0);
    }
}
