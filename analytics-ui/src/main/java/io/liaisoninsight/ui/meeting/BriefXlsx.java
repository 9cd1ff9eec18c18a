package io.liaisoninsight.ui.meeting;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders a brief as XLSX: a first sheet with the heading lines, then one sheet per table. A brief is
 * small (bounded lists), so the workbook is built in memory. Text cells are always string cells, never
 * formulas (POI does not evaluate them, so {@code =…} from a citizen's title stays text); counts are numbers.
 */
final class BriefXlsx {

    /** Excel's limit per cell; longer text is cut with an ellipsis. */
    static final int MAX_CELL = 32_000;

    private BriefXlsx() {
    }

    static void write(BriefTables.Document document, String overviewSheet, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Set<String> names = new HashSet<>();

            Sheet first = workbook.createSheet(sheetName(overviewSheet, names));
            text(first.createRow(0).createCell(0), document.title()).setCellStyle(header);
            int r = 1;
            for (String line : document.lines()) {
                text(first.createRow(r++).createCell(0), line);
            }
            first.setColumnWidth(0, 100 * 256);

            for (BriefTables.Table table : document.tables()) {
                Sheet sheet = workbook.createSheet(sheetName(table.title(), names));
                Row head = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    text(head.createCell(c), table.header().get(c)).setCellStyle(header);
                    sheet.setColumnWidth(c, Math.min(80, 6 * table.weights().get(c) + 8) * 256);
                }
                sheet.createFreezePane(0, 1);
                int next = 1;
                for (List<String> cells : table.rows()) {
                    Row row = sheet.createRow(next++);
                    for (int c = 0; c < cells.size(); c++) {
                        Cell cell = row.createCell(c);
                        if (table.numeric().get(c) && cells.get(c).matches("\\d{1,15}")) {
                            cell.setCellValue(Long.parseLong(cells.get(c)));
                        } else {
                            text(cell, cells.get(c));
                        }
                    }
                }
            }
            workbook.write(out);
            out.flush();
        }
    }

    private static Cell text(Cell cell, String value) {
        String v = value == null ? "" : value;
        // Always a string cell: never evaluated, so "=..." stays text.
        cell.setCellValue(v.length() > MAX_CELL ? v.substring(0, MAX_CELL) + "…" : v);
        return cell;
    }

    /** Valid (no []:*?/\, at most 31 characters) and unique within the workbook. */
    static String sheetName(String title, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(title == null || title.isBlank() ? "sheet" : title);
        String name = base;
        for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
