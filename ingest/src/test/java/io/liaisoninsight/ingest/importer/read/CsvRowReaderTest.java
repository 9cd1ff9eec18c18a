package io.liaisoninsight.ingest.importer.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRowReaderTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsUtf8WithByteOrderMark() throws Exception {
        Path file = write("bom.csv", concat(UTF8_BOM, "信访编号,信访人,人数\nXF-1,张三,2\n".getBytes(StandardCharsets.UTF_8)));

        new CsvRowReader(ReadOptions.DEFAULTS).read(file, sink);

        assertThat(sink.header()).containsExactly("信访编号", "信访人", "人数"); // no BOM in the first name
        assertThat(sink.rows).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.values()).containsExactly(Map.entry("信访编号", "XF-1"), Map.entry("信访人", "张三"),
                    Map.entry("人数", "2"));
        });
        assertThat(sink.notes).anyMatch(n -> n.contains("UTF-8 (BOM)"));
    }

    @Test
    void detectsGbkAsExcelSavesChineseCsv() throws Exception {
        Path file = write("gbk.csv", "工单编号,来电人,诉求内容\nRX-1,李四,反映小区供暖不热\n".getBytes(Charset.forName("GBK")));

        new CsvRowReader(ReadOptions.DEFAULTS).read(file, sink);

        assertThat(sink.header()).containsExactly("工单编号", "来电人", "诉求内容");
        assertThat(sink.rows.get(0).value("诉求内容")).isEqualTo("反映小区供暖不热");
        assertThat(sink.notes).anyMatch(n -> n.contains("GB18030 (自动识别)"));
    }

    @Test
    void keepsLineBreaksAndQuotesInsideQuotedFieldsAndNumbersRowsAsExcelDoes() throws Exception {
        Path file = write("quoted.csv", """
                编号,主要内容,备注
                A1,"第一行
                第二行，含""引号"",逗号",x
                A2,单行,
                """.getBytes(StandardCharsets.UTF_8));

        new CsvRowReader(ReadOptions.DEFAULTS).read(file, sink);

        assertThat(sink.rows).hasSize(2);
        assertThat(sink.rows.get(0).value("主要内容")).isEqualTo("第一行\n第二行，含\"引号\",逗号");
        assertThat(sink.rows.get(1).number()).isEqualTo(3); // record 3, though it is on line 4
        assertThat(sink.rows.get(1).values()).doesNotContainKey("备注"); // empty cells are left out
    }

    @Test
    void skipsRowsAboveTheHeaderAndNamesRepeatedAndEmptyHeaders() throws Exception {
        Path file = write("title.csv", """
                2026年3月信访登记表,,,
                联系 电话,联系电话,,人数
                138,139,x,3
                """.getBytes(StandardCharsets.UTF_8));

        new CsvRowReader(new ReadOptions(2, null, null, null)).read(file, sink);

        assertThat(sink.header()).containsExactly("联系电话", "联系电话(2)", "列3", "人数");
        assertThat(sink.rows.get(0).number()).isEqualTo(3);
        assertThat(sink.rows.get(0).value("列3")).isEqualTo("x");
    }

    @Test
    void repeatedHeaderNamesStayAddressable() throws Exception {
        Path file = write("dup.csv", "电话,电话\n1,2\n".getBytes(StandardCharsets.UTF_8));

        new CsvRowReader(ReadOptions.DEFAULTS).read(file, sink);

        assertThat(sink.header()).containsExactly("电话", "电话(2)");
    }

    @Test
    void aGivenEncodingIsUsedAndAWrongOneIsReportedWithTheLine() throws Exception {
        Path file = write("gbk2.csv", "a,b\n1,中文\n".getBytes(Charset.forName("GBK")));

        new CsvRowReader(ReadOptions.DEFAULTS.withEncoding(Charset.forName("GBK"))).read(file, sink);
        assertThat(sink.rows.get(0).value("b")).isEqualTo("中文");

        assertThatThrownBy(() -> new CsvRowReader(ReadOptions.DEFAULTS.withEncoding(StandardCharsets.UTF_8))
                .read(file, new CollectingSink()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("--encoding");
    }

    @Test
    void readsTabSeparatedFilesByExtension() throws Exception {
        Path file = write("calls.tsv", "a\tb\n1\t2,3\n".getBytes(StandardCharsets.UTF_8));

        new CsvRowReader(ReadOptions.DEFAULTS).read(file, sink);

        assertThat(sink.rows.get(0).value("b")).isEqualTo("2,3");
    }

    @Test
    void anUnterminatedQuoteIsAnUnreadableFile() throws Exception {
        Path file = write("broken.csv", "a,b\n1,\"open\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new CsvRowReader(ReadOptions.DEFAULTS).read(file, sink))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("CSV");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
