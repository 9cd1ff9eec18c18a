package io.liaisoninsight.ingest.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaisoninsight.ingest.importer.mapping.ContractFields;
import io.liaisoninsight.ingest.importer.mapping.FieldMapping;
import io.liaisoninsight.ingest.importer.mapping.MappingLoader;
import io.liaisoninsight.ingest.importer.mapping.RowMapper;
import io.liaisoninsight.ingest.importer.read.CsvRowReader;
import io.liaisoninsight.ingest.normalise.RecordNormaliser;
import io.liaisoninsight.ingest.normalise.Timestamps;
import io.liaisoninsight.ingest.read.RecordReader;
import io.liaisoninsight.ingest.validate.RecordValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ImporterTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void validRowsArePublishedAndInvalidOnesListedWithEveryReason() throws Exception {
        Path file = HotlineCalls.write(dir, "calls.csv", Charset.forName("GBK"));
        RecordingPublisher publisher = new RecordingPublisher();

        ImportSummary summary = run(file, publisher);

        assertThat(publisher.published).containsOnlyKeys("RX-2026-0001", "RX-2026-0002");
        JsonNode first = JSON.readTree(publisher.published.get("RX-2026-0001"));
        assertThat(first.get("channel").asText()).isEqualTo("PHONE_12309");
        assertThat(first.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(first.get("title").asText()).isEqualTo("劳动社保：某公司拖欠工资三个月，\n多次讨要无果");
        assertThat(first.get("complainants").toString()).isEqualTo("[{\"name\":\"张三\",\"phone\":\"13893100001\",\"idNumber\":\""
                + HotlineCalls.VALID_ID + "\"},{\"name\":\"李四\"}]");
        assertThat(first.get("updatedAt").asText()).isEqualTo("2026-11-20T10:00+08:00");
        assertThat(first.get("receivedAt").asText()).isEqualTo("2026-03-01T09:30+08:00"); // 2026/3/1 9:30 in the file

        assertThat(summary.rows()).isEqualTo(5);
        assertThat(summary.blankRows()).isEqualTo(1);
        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary.published()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(3);
        assertThat(summary.exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(summary.firstRejected()).extracting(RejectedRow::row).containsExactly(4, 5, 7);
        assertThat(summary.firstRejected().get(0).reason()).contains("status", "转交他处");
        assertThat(summary.firstRejected().get(1).reason()).contains("complainants[0].idNumber", "校验位");
        assertThat(summary.firstRejected().get(2).reason()).contains("id", "与第 2 行重复");
    }

    @Test
    void rejectedRowsAreWrittenWithTheOriginalCellsForFixingAndReimporting() throws Exception {
        Path file = HotlineCalls.write(dir, "calls.csv", StandardCharsets.UTF_8);

        run(file, new RecordingPublisher());

        List<String> lines = Files.readAllLines(dir.resolve("calls.csv.rejected.jsonl"));
        assertThat(lines).hasSize(3);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("#row").asInt()).isEqualTo(4);
        assertThat(first.get("#problems").get(0).asText()).startsWith("status: 列「处理状态」的值「转交他处」");
        assertThat(first.get("工单编号").asText()).isEqualTo("2026-0003");
        assertThat(first.get("处理状态").asText()).isEqualTo("转交他处");
    }

    @Test
    void aFileWithoutAColumnTheMappingNeedsStopsBeforeAnyRow() throws Exception {
        Path file = Files.writeString(dir.resolve("other.csv"), "编号,内容\n1,x\n");
        RecordingPublisher publisher = new RecordingPublisher();

        ImportSummary summary = run(file, publisher);

        assertThat(summary.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(summary.failure().message()).contains("工单编号", "来电时间", "文件的列 (columns in file): 编号、内容");
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void aBrokerFailureStopsTheImport() throws Exception {
        Path file = HotlineCalls.write(dir, "calls.csv", StandardCharsets.UTF_8);

        ImportSummary summary = run(file, new RecordingPublisher(2));

        assertThat(summary.exitCode()).isEqualTo(ExitCode.BROKER);
        assertThat(summary.failure().message()).contains("TimeoutException");
        assertThat(summary.rows()).isEqualTo(2); // stopped after the failing row, not at the end of the file
    }

    private ImportSummary run(Path file, RecordPublisher publisher) throws Exception {
        FieldMapping mapping = new MappingLoader(JSON).load(HotlineCalls.MAPPING);
        RowMapper mapper = new RowMapper(mapping, ContractFields.of(mapping.source()), new Timestamps(SHANGHAI, CLOCK),
                OffsetDateTime.now(CLOCK.withZone(SHANGHAI)));
        RecordReader records = new RecordReader(JSON, new RecordValidator(),
                new RecordNormaliser(new Timestamps(SHANGHAI, CLOCK)), 256 * 1024);
        try (RejectedRowsFile rejected = new RejectedRowsFile(RejectedRowsFile.beside(file), JSON)) {
            Importer importer = new Importer(mapper, records, publisher, rejected, JSON,
                    new PrintStream(console, true, StandardCharsets.UTF_8), 0, nanos::incrementAndGet);
            return importer.run(new CsvRowReader(mapping.read()), file, "petitions.v1", false);
        }
    }
}
