package io.liaisoninsight.ingest.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaisoninsight.ingest.normalise.IdNumbers;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.testsupport.RealEngines;
import io.liaisoninsight.testsupport.TestCleanup;
import io.liaisoninsight.testsupport.TestNames;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports files into a real Kafka and reads back what landed on the topic. */
class ImportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PETITION_MAPPING = "classpath:importer/petition-xls-example.json";

    static {
        // The importer's console logging (warnings only), unless something configured logging before this class.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "importer/logback-import.xml");
        }
    }

    private static Engines engines;
    private static String prefix;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void engines() {
        engines = RealEngines.get();
        prefix = TestNames.indexPrefix() + ".";
    }

    @AfterAll
    static void deleteTopics() throws Exception {
        if (engines != null) {
            TestCleanup.deleteTopics(engines, prefix);
        }
    }

    @Test
    void anExcelExportIsPublishedWithItsIdsAsKeysAndReimportingKeepsTheKeys() throws Exception {
        Path file = petitionWorkbook();
        String topic = prefix + "petitions.v1";

        assertThat(importFile(PETITION_MAPPING, file, "--sheet", "信访登记")).isEqualTo(ExitCode.DONE);
        assertThat(out()).contains("已发布 (published): 3 行", "拒绝 (rejected): 0 行");

        Map<String, JsonNode> records = readTopic(topic, 3);
        assertThat(records).containsOnlyKeys("XF-2026-0001", "XF-2026-0002", "XF-2026-0003");
        JsonNode first = records.get("XF-2026-0001");
        assertThat(first.get("channel").asText()).isEqualTo("VISIT");
        assertThat(first.get("receivedAt").asText()).isEqualTo("2026-03-01T09:30+08:00"); // an Excel date cell
        assertThat(first.get("headcount").isInt()).isTrue();
        assertThat(first.get("headcount").asInt()).isEqualTo(6);                        // from a numeric cell
        assertThat(first.get("complainants")).hasSize(2);
        assertThat(first.get("complainants").get(1).get("name").asText()).isEqualTo("李四");
        assertThat(first.get("status").asText()).isEqualTo("PROCEDURAL_REPLY");
        assertThat(first.get("escalationLevel").asText()).isEqualTo("CITY");
        assertThat(records.get("XF-2026-0002").has("escalationLevel")).isFalse();        // 无 → no value
        assertThat(records.get("XF-2026-0003").get("referredBy").asText()).isEqualTo("王代表");
        assertThat(records.get("XF-2026-0003").get("receivedAt").asText()).isEqualTo("2026-03-03T00:00+08:00"); // 2026年3月3日

        // Ids come from the file, so a second import of the same file updates the same records.
        assertThat(importFile(PETITION_MAPPING, file, "--sheet", "2")).isEqualTo(ExitCode.DONE);
        List<ConsumerRecord<String, String>> all = readAll(topic, 6);
        assertThat(all).hasSize(6);
        assertThat(all.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).hasSize(3);
    }

    @Test
    void aCsvWithBadRowsPublishesTheGoodOnesAndListsTheBadOnesWithReasons() throws Exception {
        Path file = HotlineCalls.write(dir, "12309来电.csv", Charset.forName("GBK"));
        String topic = prefix + "hotline.petitions.v1";

        ExitCode code = importFile(HotlineCalls.MAPPING, file, "--topic-prefix", prefix + "hotline.");

        assertThat(code).isEqualTo(ExitCode.DONE);
        Map<String, JsonNode> records = readTopic(topic, 2);
        assertThat(records).containsOnlyKeys("RX-2026-0001", "RX-2026-0002");
        assertThat(records.get("RX-2026-0002").get("channel").asText()).isEqualTo("PHONE_12309");
        assertThat(records.get("RX-2026-0002").get("title").asText()).isEqualTo("征地拆迁：拆迁补偿款未到位");

        List<JsonNode> rejected = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("12309来电.csv.rejected.jsonl"))) {
            rejected.add(JSON.readTree(line));
        }
        assertThat(rejected).extracting(r -> r.get("#row").asInt()).containsExactly(4, 5, 7);
        assertThat(rejected.get(0).get("#problems").get(0).asText()).contains("status", "转交他处");
        assertThat(rejected.get(1).get("#problems").get(0).asText()).startsWith("complainants[0].idNumber: 身份证号码校验位错误");
        assertThat(rejected.get(2).get("#problems").get(0).asText()).contains("与第 2 行重复");
        assertThat(out()).contains("已发布 (published): 2 行", "拒绝 (rejected): 3 行", "主要原因 (top reasons):");
    }

    @Test
    void aBrokerThatDoesNotAnswerEndsWithItsOwnExitCode() throws Exception {
        Path file = HotlineCalls.write(dir, "calls.csv", StandardCharsets.UTF_8);

        ExitCode code = run("--mapping", HotlineCalls.MAPPING, "--file", file.toString(), "--kafka", "127.0.0.1:1",
                "--topic-prefix", prefix);

        assertThat(code).isEqualTo(ExitCode.BROKER);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("无法连接 Kafka", "127.0.0.1:1").doesNotContain("\tat ");
    }

    private ExitCode importFile(String mapping, Path file, String... more) {
        List<String> args = new ArrayList<>(List.of("--mapping", mapping, "--file", file.toString(),
                "--kafka", engines.kafkaBootstrap(), "--topic-prefix", prefix));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private ExitCode run(String... args) {
        out.reset();
        err.reset();
        return new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), Clock.systemUTC()).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Latest value per key once at least {@code expected} records are on the topic. */
    private static Map<String, JsonNode> readTopic(String topic, int expected) throws Exception {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : readAll(topic, expected)) {
            byKey.put(record.key(), JSON.readTree(record.value()));
        }
        return byKey;
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafkaBootstrap(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            // The import waited for acks=all, so everything is on the topic: read up to the end offsets.
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        assertThat(records).as("records on " + topic).hasSize(expected);
        return records;
    }

    /** A 信访 export as petition-xls-example.json reads it: Excel date cells, numeric cells, people in one cell. */
    private Path petitionWorkbook() throws Exception {
        String id17 = "62010219800101123";
        String idNumber = id17 + IdNumbers.checkCharacter(id17);
        String[] header = {"信访编号", "登记时间", "信访方式", "信访人", "身份证号", "联系电话", "人数", "所属区县", "乡镇街道",
                "标题", "主要内容", "问题类别", "办理状态", "转办代表", "承办单位", "越级情况"};
        Object[][] rows = {
                {"2026-0001", LocalDateTime.of(2026, 3, 1, 9, 30), "来访", "张三、李四", idNumber, 13893100001.0, 6.0,
                        "城关区", "皋兰路街道", "反映拆迁补偿款未到位", "群众反映拆迁补偿款被挪用，请求依法处理。", "征地拆迁",
                        "已出具受理告知书", null, "城关区检察院", "市级"},
                {"2026-0002", LocalDateTime.of(2026, 3, 2, 0, 0), "来信", "王五", null, "0931-8123456", 1.0,
                        "七里河区", "西园街道", "反映工资拖欠", "某公司拖欠工资三个月。", "劳动社保", "办理中", null,
                        "七里河区人社局", "无"},
                {"2026-0003", "2026年3月3日", "代表转办", "赵六", null, null, null, "榆中县", "城关镇",
                        "反映灌溉用水纠纷", "村民反映灌溉用水分配不公。", "农村事务", "已受理", "王代表", "榆中县水务局", null},
        };
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("封面");
            Sheet sheet = workbook.createSheet("信访登记");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\" hh:mm"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < header.length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    } else if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else if (value instanceof LocalDateTime time) {
                        row.createCell(c).setCellValue(time);
                        row.getCell(c).setCellStyle(date);
                    }
                }
            }
            Path file = dir.resolve("信访导出.xlsx");
            try (OutputStream stream = Files.newOutputStream(file)) {
                workbook.write(stream);
            }
            return file;
        }
    }
}
