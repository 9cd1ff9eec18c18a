package io.liaisoninsight.ui.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * CSV for the audit export, made for Excel (which the auditors use): UTF-8 with a byte-order mark (or
 * Excel reads Chinese as gibberish), CRLF, RFC 4180 quoting, and cells that would start a formula
 * ({@code = + - @}) prefixed with an apostrophe, since user names and queries are typed by users.
 */
final class AuditCsv implements AutoCloseable {

    static final List<String> COLUMNS = List.of("at", "user", "roles", "scope", "action", "actionCode", "target",
            "query", "outcome", "clientAddress", "details");

    private final Writer out;
    private final DateTimeFormatter time;
    private final Function<String, String> label;

    /** @param label message text for a bundle key (column headings, action and outcome names) */
    AuditCsv(OutputStream stream, ZoneId zone, Function<String, String> label) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        this.label = label;
        out.write('\uFEFF');
        row(COLUMNS.stream().map(c -> label.apply("audit.column." + c)).toList());
    }

    void write(AuditEntry e) throws IOException {
        row(List.of(time.format(e.at()), nonNull(e.user()), String.join(" ", e.roles()), String.join(" ", e.scope()),
                label.apply("audit.action." + e.action()), e.action(), nonNull(e.target()), nonNull(e.query()),
                label.apply("audit.outcome." + e.outcome()), nonNull(e.clientAddress()), nonNull(e.details())));
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
