package io.liaisoninsight.demo;

import io.liaisoninsight.schema.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCorpusCliTest {

    @Test
    void writesOneFilePerSourceAndTheGroundTruth(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = DemoCorpusCli.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                "--records", "600", "--seed", "2", "--as-of", "2026-11-20", "--out", dir.toString());
        assertThat(code).isZero();
        long lines = 0;
        for (Source source : Source.values()) {
            try (var stream = Files.lines(JsonlDirectorySink.file(dir, source))) {
                lines += stream.count();
            }
        }
        assertThat(lines).isEqualTo(600);
        GroundTruth truth;
        try (InputStream in = Files.newInputStream(dir.resolve("ground-truth.json"))) {
            truth = GroundTruth.read(in);
        }
        assertThat(truth.counts().messages()).isEqualTo(600);
        assertThat(truth.settings().asOf()).isEqualTo("2026-11-20");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("done: 600 messages").contains("petitions.v1");
    }

    @Test
    void badOptionsExitWithUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DemoCorpusCli.run(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), "--records");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage");
        assertThat(DemoCorpusCli.run(System.out, new PrintStream(err, true, StandardCharsets.UTF_8),
                "--as-of", "yesterday")).isEqualTo(2);
    }
}
