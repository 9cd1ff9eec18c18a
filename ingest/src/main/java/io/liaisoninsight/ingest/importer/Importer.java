package io.liaisoninsight.ingest.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaisoninsight.ingest.importer.mapping.MappedRow;
import io.liaisoninsight.ingest.importer.mapping.RowMapper;
import io.liaisoninsight.ingest.importer.read.RowReader;
import io.liaisoninsight.ingest.importer.read.RowSink;
import io.liaisoninsight.ingest.importer.read.SourceRow;
import io.liaisoninsight.ingest.importer.read.UnreadableFileException;
import io.liaisoninsight.ingest.read.RecordReader;
import io.liaisoninsight.ingest.read.RecordReading;
import io.liaisoninsight.ingest.validate.Violation;
import io.liaisoninsight.schema.Source;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Imports one file: every row is mapped to a contract record and read by the same {@link RecordReader}
 * the ingest service uses, so a row is published only if ingest would accept it. Valid rows are
 * published with their id as key; invalid ones go to the rejected-rows file with every reason.
 * The records published are the mapped JSON, not the normalised form: ingest normalises them itself,
 * exactly as it does for records from any other producer.
 */
final class Importer {

    private final RowMapper mapper;
    private final RecordReader records;
    private final RecordPublisher publisher;
    private final RejectedRowsFile rejectedRows;
    private final ObjectMapper json;
    private final PrintStream out;
    private final int progressEvery;
    private final LongSupplier nanoTime;

    Importer(RowMapper mapper, RecordReader records, RecordPublisher publisher, RejectedRowsFile rejectedRows,
                    ObjectMapper json, PrintStream out, int progressEvery, LongSupplier nanoTime) {
        this.mapper = mapper;
        this.records = records;
        this.publisher = publisher;
        this.rejectedRows = rejectedRows;
        this.json = json;
        this.out = out;
        this.progressEvery = progressEvery;
        this.nanoTime = nanoTime;
    }

    ImportSummary run(RowReader reader, Path file, String topic, boolean dryRun) {
        long start = nanoTime.getAsLong();
        Rows rows = new Rows(new ImportTally(), new Progress(out, progressEvery, nanoTime));
        ImportFailure failure;
        try {
            reader.read(file, rows);
            failure = rows.failure;
        } catch (UnreadableFileException e) {
            failure = new ImportFailure(ExitCode.UNREADABLE_FILE, e.getMessage());
        }
        // Also after a failure: what was handed over is confirmed (or not) before the summary counts it.
        Delivery delivery = publisher.finish();
        ImportTally tally = rows.tally;
        if (failure == null && !dryRun && delivery.confirmed() < tally.acceptedRows()) {
            failure = new ImportFailure(ExitCode.BROKER, "Kafka 未确认全部记录 (broker did not confirm every record): "
                    + delivery.firstFailure() + "。修复后可重新导入整个文件：编号不变，已发布的记录会被覆盖而不会重复。");
        }
        return new ImportSummary(file, topic, dryRun, tally.rows(), tally.blankRows(), tally.acceptedRows(),
                tally.rejectedRows(), delivery, tally.topReasons(), tally.examples(), rejectedRows.path(),
                Duration.ofNanos(nanoTime.getAsLong() - start), failure);
    }

    /** Receives the rows of the file; stops the reader when the import cannot go on. */
    private final class Rows implements RowSink {
        private final ImportTally tally;
        private final Progress progress;
        private final Source source = mapper.mapping().source();
        /** Row of the first occurrence of each id: a second row with the same id would silently replace it. */
        private final Map<String, Integer> ids = new HashMap<>();
        private ImportFailure failure;

        Rows(ImportTally tally, Progress progress) {
            this.tally = tally;
            this.progress = progress;
        }

        @Override
        public void note(String text) {
            out.println(text);
        }

        @Override
        public boolean header(List<String> columns) {
            List<String> missing = mapper.missingColumns(columns);
            if (!missing.isEmpty()) {
                failure = new ImportFailure(ExitCode.USAGE, "文件中找不到映射需要的列 (columns not in file): "
                        + String.join("、", missing) + "\n  文件的列 (columns in file): " + String.join("、", columns)
                        + "\n  请修改映射文件中的列名，或在该列的设置中加 \"optional\": true");
                return false;
            }
            List<String> absent = mapper.absentOptionalColumns(columns);
            if (!absent.isEmpty()) {
                out.println("文件中没有的可选列 (optional columns absent): " + String.join("、", absent));
            }
            List<String> unmapped = mapper.unmappedColumns(columns);
            if (!unmapped.isEmpty()) {
                out.println("未映射、不导入的列 (columns not imported): " + String.join("、", unmapped));
            }
            return true;
        }

        @Override
        public boolean row(SourceRow row) {
            if (row.blank()) {
                tally.blank();
            } else {
                handle(row);
            }
            progress.rowDone(tally);
            if (publisher.failure().isPresent()) {
                failure = new ImportFailure(ExitCode.BROKER, "Kafka 发布失败，导入已停止 (publishing failed, import stopped): "
                        + publisher.failure().get() + "。修复后可重新导入整个文件：编号不变，不会重复。");
                return false;
            }
            return true;
        }

        private void handle(SourceRow row) {
            if (!row.readable()) {
                reject(row, List.of(new Violation("$", row.problem())));
                return;
            }
            MappedRow mapped = mapper.map(row);
            byte[] bytes;
            try {
                bytes = json.writeValueAsBytes(mapped.json());
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            RecordReading reading = records.read(source, bytes);
            List<Violation> problems = merge(mapped.problems(), reading.violations());
            if (mapped.id() != null) {
                Integer first = ids.putIfAbsent(mapped.id(), row.number());
                if (first != null) {
                    problems.add(new Violation("id", "编号 " + mapped.id() + " 与第 " + first
                            + " 行重复 (duplicate id in this file)"));
                }
            }
            if (problems.isEmpty()) {
                publisher.publish(mapped.id(), bytes);
                tally.accepted();
            } else {
                reject(row, problems);
            }
        }

        private void reject(SourceRow row, List<Violation> problems) {
            RejectedRow rejected = new RejectedRow(row.number(), problems, row.values());
            rejectedRows.write(rejected);
            tally.rejected(rejected);
        }
    }

    /**
     * The mapping's own findings first; of the validator's, those about other fields (a field the mapping
     * could not fill is also "required" to the validator, which would say the same thing twice).
     */
    private static List<Violation> merge(List<Violation> mapping, List<Violation> validation) {
        List<Violation> all = new ArrayList<>(mapping);
        Set<String> reported = new HashSet<>();
        mapping.forEach(v -> reported.add(v.field()));
        validation.stream().filter(v -> !reported.contains(v.field())).forEach(all::add);
        return all;
    }
}
