package io.liaisoninsight.ingest.importer;

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
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line: clear messages and exit codes, never a stack trace. Nothing here needs a broker. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ImportCommand command = new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(),
            Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC));

    @Test
    void withoutArgumentsItPrintsTheUsage() {
        assertThat(command.run()).isEqualTo(ExitCode.USAGE);
        assertThat(out()).contains("--mapping", "--file", "--dry-run");
    }

    @Test
    void aMissingMappingFileIsOneClearLine() {
        ExitCode code = command.run("--mapping", dir.resolve("nope.json").toString(), "--file", "x.csv");

        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err()).startsWith("映射错误 (mapping error): 找不到映射文件").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMissingDataFileIsUnreadable() {
        ExitCode code = command.run("--mapping", HotlineCalls.MAPPING, "--file", dir.resolve("none.csv").toString());

        assertThat(code).isEqualTo(ExitCode.UNREADABLE_FILE);
        assertThat(err()).contains("找不到文件").doesNotContain("Exception");
    }

    @Test
    void anUnknownArgumentIsNamed() {
        assertThat(command.run("--mapping", "m.json", "--file", "f.csv", "--dryrun")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("不认识的参数 (unknown argument): --dryrun");
    }

    @Test
    void columnsTheFileLacksAreNamedWithTheFilesColumns() throws Exception {
        Path file = Files.writeString(dir.resolve("other.csv"), "编号,内容\n1,x\n");

        ExitCode code = command.run("--mapping", HotlineCalls.MAPPING, "--file", file.toString(), "--dry-run");

        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("找不到映射需要的列", "工单编号", "编号、内容").doesNotContain("Exception");
    }

    @Test
    void aDryRunValidatesAGbkFileAndPublishesNothing() throws Exception {
        Path file = HotlineCalls.write(dir, "calls.csv", Charset.forName("GBK"));

        ExitCode code = command.run("--mapping", HotlineCalls.MAPPING, "--file", file.toString(), "--dry-run",
                "--topic-prefix", "x.");

        assertThat(code).isEqualTo(ExitCode.DONE);
        assertThat(out()).contains("编码 (encoding): GB18030 (自动识别)", "→ x.petitions.v1",
                "校验通过 (valid): 2 行", "拒绝 (rejected): 3 行");
        assertThat(Files.exists(dir.resolve("calls.csv.rejected.jsonl"))).isTrue();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
