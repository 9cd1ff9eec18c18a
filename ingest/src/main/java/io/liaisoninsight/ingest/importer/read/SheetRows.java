package io.liaisoninsight.ingest.importer.read;

import org.apache.poi.ss.util.CellReference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers the cells of a worksheet, row by row, into the header and {@link SourceRow}s. Shared by
 * the streaming .xlsx reader and the .xls reader. Cells come by column index and may be sparse
 * (Excel does not store empty cells); a column without a header cell is named by its letter ("列F").
 */
final class SheetRows {

    private final int headerRow;
    private final RowSink sink;
    private final TreeMap<Integer, String> cells = new TreeMap<>();
    private List<String> header;
    private boolean stopped;

    SheetRows(int headerRow, RowSink sink) {
        this.headerRow = headerRow;
        this.sink = sink;
    }

    void cell(int column, String value) {
        if (value != null && !value.isBlank()) {
            cells.put(column, value.strip());
        }
    }

    /** Ends the row with the given 1-based number; false once the sink asked to stop. */
    boolean endRow(int number) {
        try {
            if (stopped || number < headerRow) {
                return !stopped;
            }
            if (header == null) {
                header = header();
                stopped = !sink.header(header);
            } else {
                stopped = !sink.row(SourceRow.of(number, values()));
            }
            return !stopped;
        } finally {
            cells.clear();
        }
    }

    boolean sawHeader() {
        return header != null;
    }

    private List<String> header() {
        int width = cells.isEmpty() ? 0 : cells.lastKey() + 1;
        List<String> raw = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            raw.add(cells.getOrDefault(i, ""));
        }
        return HeaderNames.of(raw, SheetRows::letter);
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        cells.forEach((column, value) ->
                values.put(column < header.size() ? header.get(column) : letter(column), value));
        return values;
    }

    static String noHeader(String sheet, int headerRow) {
        return "工作表「" + sheet + "」第 " + headerRow + " 行起没有内容 (no header row)；用 --sheet 选择其他工作表，"
                + "或在映射中设 \"headerRow\"";
    }

    static String letter(int column) {
        return "列" + CellReference.convertNumToColString(column);
    }
}
