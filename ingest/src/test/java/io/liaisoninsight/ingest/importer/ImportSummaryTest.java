package io.liaisoninsight.ingest.importer;

import io.liaisoninsight.ingest.validate.Violation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImportSummaryTest {

    @Test
    void theSameProblemInManyRowsIsOneReasonCounted() {
        ImportTally tally = new ImportTally();
        tally.accepted();
        tally.rejected(row(3, new Violation("receivedAt", "无法识别的时间格式 \"2026.13.1\"，应为 ISO-8601")));
        tally.rejected(row(4, new Violation("receivedAt", "无法识别的时间格式 \"昨天\"，应为 ISO-8601"),
                new Violation("complainants[1].idNumber", "身份证号码校验位错误 (check character should be 5)")));
        tally.rejected(row(7, new Violation("complainants[0].idNumber", "身份证号码校验位错误 (check character should be X)")));
        tally.rejected(row(9, new Violation("channel", "列「信访方式」的值「传真」没有对应的映射")));

        assertThat(tally.topReasons()).containsExactly(
                new ImportSummary.ReasonCount("receivedAt: 无法识别的时间格式 \"2026.13.1\"，应为 ISO-8601", 2),
                new ImportSummary.ReasonCount("complainants[1].idNumber: 身份证号码校验位错误 (check character should be 5)", 2),
                new ImportSummary.ReasonCount("channel: 列「信访方式」的值「传真」没有对应的映射", 1));
        assertThat(tally.rows()).isEqualTo(5);
        assertThat(tally.rejectedRows()).isEqualTo(4);
    }

    @Test
    void printsCountsReasonsRowsAndSpeed() {
        ImportSummary summary = new ImportSummary(Path.of("/data/信访导出.xlsx"), "petitions.v1", false, 1000, 2, 998, 2,
                new Delivery(998, 0, null), List.of(new ImportSummary.ReasonCount("status: 列「办理状态」的值「转交」没有对应的映射", 2)),
                List.of(row(17, new Violation("status", "列「办理状态」的值「转交」没有对应的映射"))),
                Path.of("/data/信访导出.xlsx.rejected.jsonl"), Duration.ofMillis(500), null);

        assertThat(String.join("\n", summary.lines())).isEqualTo("""
                —— 导入结果 (import summary) ——
                文件 (file): 信访导出.xlsx → petitions.v1
                读取 (rows read): 1000 行（另跳过空行 2）
                已发布 (published): 998 行，Kafka 已确认 (confirmed by broker)
                拒绝 (rejected): 2 行 → /data/信访导出.xlsx.rejected.jsonl
                主要原因 (top reasons):
                       2 × status: 列「办理状态」的值「转交」没有对应的映射
                拒绝的行 (rejected rows)，前 1 行:
                  第 17 行 (row 17): status: 列「办理状态」的值「转交」没有对应的映射
                用时 (elapsed): 0.5 秒，2,004 行/秒 (rows/s)""");
        assertThat(summary.exitCode()).isEqualTo(ExitCode.DONE);
    }

    @Test
    void aDryRunSaysNothingWasPublishedAndAFailureSetsTheExitCode() {
        ImportSummary dryRun = new ImportSummary(Path.of("a.csv"), "petitions.v1", true, 3, 0, 3, 0, Delivery.NONE,
                List.of(), List.of(), Path.of("a.csv.rejected.jsonl"), Duration.ofSeconds(1), null);
        assertThat(dryRun.lines()).contains("校验通过 (valid): 3 行 —— 试运行，未发布 (dry run, nothing published)");

        ImportSummary failed = new ImportSummary(Path.of("a.csv"), "petitions.v1", false, 3, 0, 3, 0,
                new Delivery(1, 2, "TimeoutException: …"), List.of(), List.of(), Path.of("x"), Duration.ofSeconds(1),
                new ImportFailure(ExitCode.BROKER, "Kafka 未确认全部记录"));
        assertThat(failed.exitCode()).isEqualTo(ExitCode.BROKER);
        assertThat(failed.lines()).contains("发布失败 (not confirmed): 2 行: TimeoutException: …",
                "未完成 (incomplete): Kafka 未确认全部记录");
    }

    private static RejectedRow row(int number, Violation... problems) {
        return new RejectedRow(number, List.of(problems), Map.of("信访编号", "XF-" + number));
    }
}
