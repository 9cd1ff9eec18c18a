package io.liaisoninsight.ui.search;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes export rows as they come, never holding the whole result: CSV for Excel (UTF-8 with a
 * byte-order mark, else Excel reads Chinese as gibberish; CRLF; RFC 4180 quoting) or XLSX through POI's
 * streaming SXSSF (a window of rows in memory, the rest in a compressed temporary file). Cells that would
 * start a formula ({@code = + - @}) get an apostrophe in CSV and are written as text in XLSX, since
 * record text comes from citizens.
 */
abstract class ExportWriter implements AutoCloseable {

    /** Excel's limit per cell; longer text is cut with an ellipsis. */
    static final int MAX_CELL = 32_000;

    abstract void row(List<String> cells) throws IOException;

    @Override
    public abstract void close() throws IOException;

    static ExportWriter open(ExportFormat format, OutputStream out, String sheetName) throws IOException {
        return format == ExportFormat.CSV ? new Csv(out) : new Xlsx(out, sheetName);
    }

    static final class Csv extends ExportWriter {
        private final Writer out;

        Csv(OutputStream stream) throws IOException {
            this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            out.write('\uFEFF');
        }

        @Override
        void row(List<String> cells) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
        }

        static String cell(String value) {
            String v = value == null ? "" : value;
            if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v;
            }
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                v = '"' + v.replace("\"", "\"\"") + '"';
            }
            return v;
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    static final class Xlsx extends ExportWriter {
        private final OutputStream out;
        private final SXSSFWorkbook workbook;
        private final SXSSFSheet sheet;
        private final CellStyle header;
        private int next;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            this.workbook = new SXSSFWorkbook(100);
            workbook.setCompressTempFiles(true);
            this.sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            this.header = workbook.createCellStyle();
            header.setFont(bold);
        }

        @Override
        void row(List<String> cells) {
            Row row = sheet.createRow(next);
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = row.createCell(i);
                String v = cells.get(i) == null ? "" : cells.get(i);
                // Always a string cell: POI never evaluates it, so "=..." stays text.
                cell.setCellValue(v.length() > MAX_CELL ? v.substring(0, MAX_CELL) + "…" : v);
                if (next == 0) {
                    cell.setCellStyle(header);
                }
            }
            if (next == 0) {
                sheet.createFreezePane(0, 1);
            }
            next++;
        }

        @Override
        public void close() throws IOException {
            try {
                workbook.write(out);
                out.flush();
            } finally {
                workbook.dispose();
                workbook.close();
            }
        }
    }
}
