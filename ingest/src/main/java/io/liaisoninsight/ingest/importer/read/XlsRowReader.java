package io.liaisoninsight.ingest.importer.read;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The old binary Excel format (.xls, Excel 97–2003) that many 信访 systems still export. Such a sheet
 * holds at most 65,536 rows, so POI's in-memory workbook is fine here.
 */
public final class XlsRowReader implements RowReader {

    private final ReadOptions options;

    public XlsRowReader(ReadOptions options) {
        this.options = options;
    }

    @Override
    public void read(Path file, RowSink sink) throws UnreadableFileException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             HSSFWorkbook workbook = open(fs, file)) {
            Sheet sheet = chooseSheet(workbook);
            sink.note("工作表 (sheet): " + sheet.getSheetName());
            boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
            SheetRows rows = new SheetRows(options.headerRow(), sink);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    rows.cell(cell.getColumnIndex(), text(cell, cell.getCellType(), date1904));
                }
                if (!rows.endRow(row.getRowNum() + 1)) {
                    return;
                }
            }
            if (!rows.sawHeader()) {
                throw new UnreadableFileException(SheetRows.noHeader(sheet.getSheetName(), options.headerRow()));
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static HSSFWorkbook open(POIFSFileSystem fs, Path file) throws UnreadableFileException {
        try {
            return new HSSFWorkbook(fs.getRoot(), true);
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged, encrypted or too old file with several runtime exception types
            throw unreadable(file, e);
        }
    }

    private static UnreadableFileException unreadable(Path file, Exception e) {
        return new UnreadableFileException("无法读取 Excel 文件 (cannot read .xls) " + file + ": " + e.getMessage()
                + "。如果文件有密码，请先在 Excel 中去掉密码再另存。", e);
    }

    private Sheet chooseSheet(HSSFWorkbook workbook) throws UnreadableFileException {
        String wanted = options.sheet();
        if (wanted == null) {
            return workbook.getSheetAt(0);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            String name = workbook.getSheetName(i);
            names.add(name);
            if (wanted.equals(name) || wanted.equals(String.valueOf(i + 1))) {
                return workbook.getSheetAt(i);
            }
        }
        throw new UnreadableFileException("工作簿中没有工作表 (no sheet) \"" + wanted + "\"；现有: " + String.join("、", names));
    }

    private static String text(Cell cell, CellType type, boolean date1904) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? ExcelValues.date(cell.getNumericCellValue(), date1904)
                    : ExcelValues.number(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA -> text(cell, cell.getCachedFormulaResultType(), date1904);
            default -> null;
        };
    }
}
