package io.liaisoninsight.ingest.importer;

import io.liaisoninsight.ingest.importer.mapping.MappingException;
import io.liaisoninsight.ingest.importer.mapping.MappingLoader;
import io.liaisoninsight.ingest.importer.read.FileFormat;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of {@code import}, with the defaults the ingest service uses taken from the same
 * environment variables ({@code LIAISON_KAFKA_BOOTSTRAP}, {@code LIAISON_INGEST_TOPIC_PREFIX}, …), so an
 * importer next to a configured service publishes where the service reads.
 *
 * @param mapping        a file, or {@code classpath:importer/…} for a mapping shipped in the jar
 * @param format         {@code null}: from the file name (and for Excel, the content)
 * @param encoding       {@code null}: the mapping's, else detected
 * @param sheet          {@code null}: the mapping's, else the first
 * @param kafkaConfig    {@code null}, or a .properties file of extra Kafka client settings (security)
 * @param progressEvery  a progress line every this many rows; 0 for none
 * @param rejectedFile   {@code null}: {@code <file>.rejected.jsonl}
 */
public record ImportOptions(String mapping, Path file, FileFormat format, Charset encoding, String sheet,
                            String topicPrefix, String kafka, Path kafkaConfig, boolean dryRun, int progressEvery,
                            Path rejectedFile, ZoneId zone, int partitions, int maxRecordBytes) {

    static final String USAGE = """
            用法 (usage): java -jar ingest.jar import --mapping 映射文件 --file 数据文件 [选项]
              --mapping FILE        字段映射 (.json 或 .yaml)；内置示例: classpath:importer/petition-xls-example.json、
                                    classpath:importer/hotline-csv-example.yaml
              --file FILE           要导入的文件: .xlsx .xls .csv .tsv .jsonl
              --encoding NAME       CSV 的编码，如 GBK、UTF-8 (默认自动识别)
              --sheet NAME|N        Excel 工作表名或序号 (默认第一个)
              --format F            csv | xlsx | xls | jsonl (默认按扩展名)
              --kafka HOST:PORT     Kafka 地址 (默认 $LIAISON_KAFKA_BOOTSTRAP，否则 127.0.0.1:9092)
              --kafka-config FILE   额外的 Kafka 客户端设置 (.properties)，如 SASL/SSL
              --topic-prefix P      主题前缀 (默认 $LIAISON_INGEST_TOPIC_PREFIX，否则无)
              --rejected FILE       拒绝的行写到这里 (默认 <数据文件>.rejected.jsonl)
              --progress N          每 N 行报告进度 (默认 5000，0 为不报告)
              --dry-run             只校验、汇总，不发布 (validate only, publish nothing)
            退出码 (exit codes): 0 已处理 (可有拒绝行)  2 参数/映射错误  3 文件无法读取  4 Kafka 未确认""";

    private static final Set<String> FLAGS = Set.of("--dry-run");
    private static final Set<String> VALUED = Set.of("--mapping", "--file", "--format", "--encoding", "--sheet",
            "--kafka", "--kafka-config", "--topic-prefix", "--rejected", "--progress");

    static boolean wantsHelp(List<String> args) {
        return args.isEmpty() || args.contains("--help") || args.contains("-h");
    }

    static ImportOptions parse(List<String> args, Map<String, String> env) throws UsageException {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (FLAGS.contains(arg)) {
                given.put(arg, "true");
            } else if (VALUED.contains(name)) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                        : i + 1 < args.size() ? args.get(++i) : null;
                if (value == null || value.isBlank()) {
                    throw new UsageException(name + " 需要一个值 (needs a value)");
                }
                given.put(name, value);
            } else {
                throw new UsageException("不认识的参数 (unknown argument): " + arg);
            }
        }
        if (!given.containsKey("--mapping") || !given.containsKey("--file")) {
            throw new UsageException("需要 --mapping 和 --file (both --mapping and --file are required)");
        }
        return new ImportOptions(
                given.get("--mapping"),
                Path.of(given.get("--file")),
                format(given.get("--format")),
                encoding(given.get("--encoding")),
                given.get("--sheet"),
                given.getOrDefault("--topic-prefix", env.getOrDefault("LIAISON_INGEST_TOPIC_PREFIX", "")),
                given.getOrDefault("--kafka", env.getOrDefault("LIAISON_KAFKA_BOOTSTRAP", "127.0.0.1:9092")),
                given.containsKey("--kafka-config") ? Path.of(given.get("--kafka-config")) : null,
                given.containsKey("--dry-run"),
                number("--progress", given.getOrDefault("--progress", "5000")),
                given.containsKey("--rejected") ? Path.of(given.get("--rejected")) : null,
                zone(env.getOrDefault("LIAISON_ZONE", "Asia/Shanghai")),
                number("LIAISON_INGEST_TOPIC_PARTITIONS", env.getOrDefault("LIAISON_INGEST_TOPIC_PARTITIONS", "3")),
                number("LIAISON_INGEST_MAX_RECORD_BYTES", env.getOrDefault("LIAISON_INGEST_MAX_RECORD_BYTES", "262144")));
    }

    private static FileFormat format(String name) throws UsageException {
        if (name == null) {
            return null;
        }
        return FileFormat.named(name).orElseThrow(() ->
                new UsageException("不认识的格式 (unknown format) " + name + "，应为 csv、xlsx、xls 或 jsonl"));
    }

    private static Charset encoding(String name) throws UsageException {
        if (name == null) {
            return null;
        }
        try {
            return MappingLoader.charset(name);
        } catch (MappingException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int number(String name, String value) throws UsageException {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " 应为非负整数 (expected a whole number): " + value);
        }
    }

    private static ZoneId zone(String id) throws UsageException {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new UsageException("LIAISON_ZONE 不是时区 (not a time zone): " + id);
        }
    }
}
