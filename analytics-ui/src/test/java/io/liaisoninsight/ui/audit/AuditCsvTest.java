package io.liaisoninsight.ui.audit;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

    @Test
    void excelReadableWithQuotingAndNoFormulas() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AuditCsv csv = new AuditCsv(bytes, ZoneId.of("Asia/Shanghai"), key -> key.replace("audit.", ""))) {
            csv.write(new AuditEntry("1", Instant.parse("2025-03-01T00:30:00Z"), "=cmd|' /C calc'!A0",
                    List.of("ANALYST"), List.of("城关区"), "SEARCH", null, "拆迁, \"补偿\"", "SUCCESS", "127.0.0.1",
                    "{\"total\":3}"));
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        String[] lines = text.substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("column.at,column.user,");
        assertThat(lines[1]).isEqualTo("2025-03-01 08:30:00,'=cmd|' /C calc'!A0,ANALYST,城关区,action.SEARCH,SEARCH,,"
                + "\"拆迁, \"\"补偿\"\"\",outcome.SUCCESS,127.0.0.1,\"{\"\"total\"\":3}\"");
    }
}
