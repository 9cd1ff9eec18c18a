package io.liaisoninsight.ingest.importer.read;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The streaming .xlsx reader and the .xls reader, on workbooks written here with POI. */
class ExcelRowReaderTest {

    @TempDir
    Path dir;

    /** The workbooks below have a title in row 1, as many exports do. */
    private static final ReadOptions HEADER_IN_ROW_2 = new ReadOptions(2, null, null, null);

    private final CollectingSink sink = new CollectingSink();

    @Test
    void xlsxGivesDatesNumbersAndTextInContractForm() throws Exception {
        Path file = write(new XSSFWorkbook(), "export.xlsx");

        new XlsxRowReader(HEADER_IN_ROW_2).read(file, sink);

        assertRows();
        assertThat(sink.notes).contains("工作表 (sheet): 信访登记");
    }

    @Test
    void xlsGivesTheSameRows() throws Exception {
        Path file = write(new HSSFWorkbook(), "export.xls");

        new XlsRowReader(HEADER_IN_ROW_2).read(file, sink);

        assertRows();
    }

    @Test
    void aSheetIsChosenByNameOrPosition() throws Exception {
        Path file = write(new XSSFWorkbook(), "export.xlsx");

        new XlsxRowReader(ReadOptions.DEFAULTS.withSheet("2")).read(file, sink);
        new XlsxRowReader(ReadOptions.DEFAULTS.withSheet("说明")).read(file, sink);

        assertThat(sink.headers).containsExactly(List.of("说明"), List.of("说明"));
        assertThatThrownBy(() -> new XlsxRowReader(ReadOptions.DEFAULTS.withSheet("Sheet9")).read(file, sink))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("信访登记、说明");
    }

    @Test
    void theContentDecidesBetweenXlsAndXlsx() throws Exception {
        Path oldFormat = write(new HSSFWorkbook(), "named-wrongly.xlsx");
        Path newFormat = write(new XSSFWorkbook(), "named-wrongly.xls");

        assertThat(FileFormat.of(oldFormat)).contains(FileFormat.XLS);
        assertThat(FileFormat.of(newFormat)).contains(FileFormat.XLSX);
        assertThat(FileFormat.of(dir.resolve("calls.csv"))).contains(FileFormat.CSV);
    }

    @Test
    void aFileThatIsNotAWorkbookIsUnreadable() throws Exception {
        Path file = Files.writeString(dir.resolve("fake.xlsx"), "not a workbook");

        assertThatThrownBy(() -> new XlsxRowReader(ReadOptions.DEFAULTS).read(file, sink))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("Excel");
    }

    private void assertRows() {
        assertThat(sink.header()).containsExactly("信访编号", "登记时间", "人数", "联系电话", "主要内容", "答复时间");
        assertThat(sink.rows).hasSize(2);
        SourceRow first = sink.rows.get(0);
        assertThat(first.number()).isEqualTo(3); // a title row above the header in row 1
        assertThat(first.value("信访编号")).isEqualTo("XF-2026-0001");
        assertThat(first.value("登记时间")).isEqualTo("2026-03-01 09:30:00"); // an Excel date cell
        assertThat(first.value("人数")).isEqualTo("3");                     // 3.0 in the cell
        assertThat(first.value("联系电话")).isEqualTo("13800138000");        // not 1.38E+10
        assertThat(first.value("主要内容")).isEqualTo("反映拆迁补偿款未到位\n请求处理");
        assertThat(first.value("答复时间")).isEqualTo("2026年3月5日");          // a date typed as text stays text
        assertThat(first.value("列H")).isEqualTo("0.25");                 // a cell without a header cell
        SourceRow second = sink.rows.get(1);
        assertThat(second.number()).isEqualTo(5); // row 4 is empty
        assertThat(second.value("登记时间")).isEqualTo("2026-03-02");        // a date without time
        assertThat(second.values()).doesNotContainKey("人数");
    }

    /** Row 1 a title, row 2 the header, rows 3 and 5 data, and a second sheet. */
    private Path write(Workbook workbook, String name) throws IOException {
        try (workbook) {
            Sheet sheet = workbook.createSheet("信访登记");
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d h:mm"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
            CellStyle thousands = workbook.createCellStyle();
            thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));

            sheet.createRow(0).createCell(0).setCellValue("2026年3月信访登记表");
            Row header = sheet.createRow(1);
            String[] names = {"信访编号", " 登记\n时间", "人数", "联系电话", "主要内容", "答复时间"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("XF-2026-0001");
            row.createCell(1).setCellValue(LocalDateTime.of(2026, 3, 1, 9, 30));
            row.getCell(1).setCellStyle(dateTime);
            row.createCell(2).setCellValue(3.0);
            row.createCell(3).setCellValue(13800138000.0);
            row.getCell(3).setCellStyle(thousands);
            row.createCell(4).setCellValue("反映拆迁补偿款未到位\n请求处理");
            row.createCell(5).setCellValue("2026年3月5日");
            row.createCell(7).setCellValue(0.25);
            Row second = sheet.createRow(4);
            second.createCell(0).setCellValue("XF-2026-0002");
            second.createCell(1).setCellValue(LocalDateTime.of(2026, 3, 2, 0, 0));
            second.getCell(1).setCellStyle(date);
            second.createCell(2).setCellValue("  ");

            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("说明");
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }
}
