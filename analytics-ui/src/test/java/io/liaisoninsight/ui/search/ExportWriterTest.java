package io.liaisoninsight.ui.search;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportWriterTest {

    @Test
    void csvIsUtf8WithBomCrlfQuotedAndFormulaSafe() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter csv = ExportWriter.open(ExportFormat.CSV, out, "x")) {
            csv.row(List.of("编号", "标题"));
            csv.row(List.of("P-1", "拆迁，\"补偿\"\n款"));
            csv.row(List.of("=HYPERLINK(\"http://x\")", "+1", "-2", "@A1"));
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFF编号,标题\r\nP-1,\"拆迁，\"\"补偿\"\"\n款\"\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@A1\r\n");
    }

    @Test
    void xlsxKeepsFormulasAsTextAndCutsOverlongCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter xlsx = ExportWriter.open(ExportFormat.XLSX, out, "检索")) {
            xlsx.row(List.of("编号", "正文"));
            xlsx.row(List.of("=1+1", "拆".repeat(40_000)));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = book.getSheet("检索").getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(row.getCell(1).getStringCellValue()).hasSize(ExportWriter.MAX_CELL + 1);
        }
    }
}
