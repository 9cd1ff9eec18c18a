package io.liaisoninsight.ingest.importer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of one import, as printed at the end.
 *
 * @param rows          data rows read (blank rows not counted)
 * @param accepted      rows that passed validation (published, or would be in a dry run)
 * @param delivery      what the broker confirmed
 * @param firstRejected the first rejected rows; all are in {@code rejectedFile}
 * @param failure       why the import stopped early or is incomplete; {@code null} when it is complete
 */
public record ImportSummary(Path file, String topic, boolean dryRun, long rows, long blankRows, long accepted,
                            long rejected, Delivery delivery, List<ReasonCount> topReasons,
                            List<RejectedRow> firstRejected, Path rejectedFile, Duration elapsed,
                            ImportFailure failure) {

    /** One reason for rejection (the first message of its group) and how many times it occurred. */
    public record ReasonCount(String reason, long count) {
    }

    public ImportSummary {
        topReasons = List.copyOf(topReasons);
        firstRejected = List.copyOf(firstRejected);
    }

    public ExitCode exitCode() {
        return failure == null ? ExitCode.DONE : failure.exitCode();
    }

    public long published() {
        return delivery.confirmed();
    }

    public double rowsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : (rows + blankRows) / seconds;
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("—— 导入结果 (import summary) ——");
        lines.add("文件 (file): " + file.getFileName() + " → " + topic);
        lines.add("读取 (rows read): " + rows + " 行" + (blankRows > 0 ? "（另跳过空行 " + blankRows + "）" : ""));
        if (dryRun) {
            lines.add("校验通过 (valid): " + accepted + " 行 —— 试运行，未发布 (dry run, nothing published)");
        } else {
            lines.add("已发布 (published): " + published() + " 行，Kafka 已确认 (confirmed by broker)");
            if (delivery.failed() > 0) {
                lines.add("发布失败 (not confirmed): " + delivery.failed() + " 行: " + delivery.firstFailure());
            }
        }
        lines.add("拒绝 (rejected): " + rejected + " 行" + (rejected > 0 ? " → " + rejectedFile : ""));
        if (!topReasons.isEmpty()) {
            lines.add("主要原因 (top reasons):");
            topReasons.forEach(r -> lines.add(String.format(Locale.ROOT, "  %6d × %s", r.count(), r.reason())));
        }
        if (!firstRejected.isEmpty()) {
            lines.add("拒绝的行 (rejected rows)" + (rejected > firstRejected.size() ? "，前 " + firstRejected.size() + " 行" : "") + ":");
            firstRejected.forEach(r -> lines.add("  第 " + r.row() + " 行 (row " + r.row() + "): " + r.reason()));
        }
        lines.add(String.format(Locale.ROOT, "用时 (elapsed): %.1f 秒，%,.0f 行/秒 (rows/s)",
                elapsed.toMillis() / 1000.0, rowsPerSecond()));
        if (failure != null) {
            lines.add("未完成 (incomplete): " + failure.message());
        }
        return lines;
    }
}
