package io.liaisoninsight.ingest.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaisoninsight.ingest.consume.TopicRouting;
import io.liaisoninsight.ingest.importer.mapping.ContractFields;
import io.liaisoninsight.ingest.importer.mapping.FieldMapping;
import io.liaisoninsight.ingest.importer.mapping.MappingException;
import io.liaisoninsight.ingest.importer.mapping.MappingLoader;
import io.liaisoninsight.ingest.importer.mapping.RowMapper;
import io.liaisoninsight.ingest.importer.read.FileFormat;
import io.liaisoninsight.ingest.importer.read.ReadOptions;
import io.liaisoninsight.ingest.importer.read.UnreadableFileException;
import io.liaisoninsight.ingest.normalise.RecordNormaliser;
import io.liaisoninsight.ingest.normalise.Timestamps;
import io.liaisoninsight.ingest.read.RecordReader;
import io.liaisoninsight.ingest.validate.RecordValidator;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code java -jar ingest.jar import …}: imports one file into the topic of its mapping's source. A
 * plain command, not the Spring application: it starts no web server and no consumer, and it reports
 * every expected problem (bad arguments, mapping, file, broker) as one clear message and an exit code,
 * never as a stack trace. See {@link ImportOptions#USAGE}.
 */
public final class ImportCommand {

    /** The first argument that selects the importer instead of the ingest service. */
    public static final String NAME = "import";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public ImportCommand(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.clock = clock;
    }

    public static void main(String[] args) {
        // Before the first logger exists: Kafka's and POI's INFO lines would bury the operator's output.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "importer/logback-import.xml");
        }
        Charset console = consoleCharset();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, console);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, console);
        System.exit(new ImportCommand(out, err, System.getenv(), Clock.systemUTC()).run(args).code());
    }

    public ExitCode run(String... args) {
        List<String> arguments = Arrays.asList(args);
        if (ImportOptions.wantsHelp(arguments)) {
            out.println(ImportOptions.USAGE);
            return arguments.isEmpty() ? ExitCode.USAGE : ExitCode.DONE;
        }
        try {
            return execute(ImportOptions.parse(arguments, env));
        } catch (UsageException e) {
            err.println("参数错误 (usage error): " + e.getMessage());
            err.println(ImportOptions.USAGE);
            return ExitCode.USAGE;
        } catch (MappingException e) {
            err.println("映射错误 (mapping error): " + e.getMessage());
            return ExitCode.USAGE;
        } catch (UnreadableFileException e) {
            err.println("文件无法读取 (unreadable file): " + e.getMessage());
            return ExitCode.UNREADABLE_FILE;
        } catch (BrokerUnavailableException e) {
            err.println(e.getMessage());
            return ExitCode.BROKER;
        } catch (RuntimeException | IOException e) {
            err.println("导入程序出错 (importer failed): " + e);
            return ExitCode.INTERNAL;
        }
    }

    private ExitCode execute(ImportOptions options)
            throws MappingException, UnreadableFileException, BrokerUnavailableException, IOException, UsageException {
        FieldMapping mapping = new MappingLoader(json).load(options.mapping());
        Path file = options.file();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UnreadableFileException("找不到文件或无权读取 (file not found or not readable): " + file.toAbsolutePath());
        }
        FileFormat format = options.format() != null ? options.format() : FileFormat.of(file).orElseThrow(() ->
                new UsageException("不知道文件类型 (unknown file type) " + file.getFileName() + "，请用 --format csv|xlsx|xls|jsonl"));
        ReadOptions read = mapping.read().withEncoding(options.encoding()).withSheet(options.sheet());
        String topic = new TopicRouting(options.topicPrefix()).topic(mapping.source());
        out.println("导入 (import): " + file + " [" + format.name().toLowerCase() + "] → " + topic
                + (options.dryRun() ? "  —— 试运行，不发布 (dry run)" : "  @ " + options.kafka()));

        OffsetDateTime importTime = OffsetDateTime.now(clock.withZone(options.zone()));
        Timestamps timestamps = new Timestamps(options.zone(), clock);
        RowMapper mapper = new RowMapper(mapping, ContractFields.of(mapping.source()), timestamps, importTime);
        // The same reader, validator and normaliser as the ingest service (consume.IngestConfiguration).
        RecordReader records = new RecordReader(json, new RecordValidator(),
                new RecordNormaliser(timestamps), options.maxRecordBytes());
        Path rejectedPath = options.rejectedFile() != null ? options.rejectedFile() : RejectedRowsFile.beside(file);
        try (RecordPublisher publisher = options.dryRun() ? RecordPublisher.none()
                : KafkaRecordPublisher.connect(options.kafka(), clientSettings(options.kafkaConfig()), topic, options.partitions());
             RejectedRowsFile rejected = new RejectedRowsFile(rejectedPath, json)) {
            Importer importer = new Importer(mapper, records, publisher, rejected, json, out, options.progressEvery(),
                    System::nanoTime);
            ImportSummary summary = importer.run(format.reader(read, json), file, topic, options.dryRun());
            if (summary.failure() != null && summary.rows() + summary.blankRows() == 0) {
                err.println(summary.failure().message()); // nothing was read: a summary of zeros would only hide it
            } else {
                (summary.exitCode() == ExitCode.DONE ? out : err).println(String.join("\n", summary.lines()));
            }
            return summary.exitCode();
        }
    }

    private static Properties clientSettings(Path file) throws UsageException {
        Properties settings = new Properties();
        if (file == null) {
            return settings;
        }
        try (InputStream in = Files.newInputStream(file)) {
            settings.load(in);
            return settings;
        } catch (IOException e) {
            throw new UsageException("无法读取 --kafka-config " + file + ": " + e.getMessage());
        }
    }

    /** The terminal's encoding; UTF-8 where the locale is plain ASCII (a bare container), which would print "???". */
    private static Charset consoleCharset() {
        String name = System.getProperty("stdout.encoding",
                System.getProperty("sun.stdout.encoding", System.getProperty("native.encoding", "UTF-8")));
        try {
            Charset charset = Charset.forName(name);
            return charset.newEncoder().canEncode('联') ? charset : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
