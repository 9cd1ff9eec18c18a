package io.liaisoninsight.ui.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The brief as titled tables, in the reader's language: what the PDF and the XLSX both render (and the
 * page shows), so the three never disagree. Text comes from the message bundles ({@code meeting.*}).
 */
final class BriefTables {

    /** Looks up a bundle text. */
    @FunctionalInterface
    interface Texts {
        String get(String key, Object... args);

        /** {@code prefix + code}, or the code itself when the bundle has no label for it. */
        default String label(String prefix, String code) {
            if (code == null) {
                return "";
            }
            String text = get(prefix + code);
            boolean missing = text == null || text.equals(prefix + code) || text.equals("!" + prefix + code + "!");
            return missing ? code : text;
        }
    }

    /**
     * @param title   section heading
     * @param header  column names
     * @param rows    cells as text; a column is numeric when {@link #numeric} says so
     * @param weights relative column widths (PDF)
     * @param numeric which columns hold counts (XLSX writes them as numbers)
     */
    record Table(String title, List<String> header, List<List<String>> rows, List<Integer> weights,
                 List<Boolean> numeric) {
    }

    /** @param lines the heading lines (title, period, scope, generated, masking note); @param tables the rest */
    record Document(String title, List<String> lines, List<Table> tables) {
    }

    private BriefTables() {
    }

    static Document of(Brief brief, Texts t, ZoneId zone) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        String title = brief.title() == null ? t.get("meeting.brief.title") : brief.title();
        List<String> lines = new ArrayList<>();
        lines.add(t.get("meeting.brief.period", brief.period().from().toString(), brief.period().to().toString()));
        lines.add(t.get("meeting.brief.scope", scope(brief.scope(), t)));
        lines.add(t.get("meeting.brief.generated", minute.format(brief.generatedAt()), brief.generatedBy()));
        lines.add(t.get(brief.masked() ? "meeting.brief.masked" : "meeting.brief.unmasked"));
        lines.add(t.get("meeting.brief.basis"));

        List<Table> tables = new ArrayList<>();
        tables.add(counts(t.get("meeting.section.overview"), t, List.of(
                row(t.get("meeting.figure.total"), brief.total()),
                row(t.get("meeting.figure.petitions"), brief.petitions()),
                row(t.get("meeting.figure.overdue"), brief.overdue()),
                row(t.get("meeting.figure.collective", brief.collectiveHeadcount()), brief.collective()),
                row(t.get("meeting.figure.escalated"), brief.escalated()))));
        tables.add(counts(t.get("meeting.section.bySource"), t, brief.bySource().stream()
                .map(c -> row(t.label("source.", c.key()), c.count())).toList()));
        tables.add(counts(t.get("meeting.section.byDistrict"), t, brief.byDistrict().stream()
                .map(c -> row(c.key(), c.count())).toList()));
        tables.add(counts(t.get("meeting.section.weekly"), t, brief.weekly().stream()
                .map(w -> row(t.get("meeting.week", week(w.weekStart(), brief.period())), w.count())).toList()));
        tables.add(counts(t.get("meeting.section.byRisk"), t, brief.byRisk().stream()
                .map(c -> row(t.label("risk.", c.key()), c.count())).toList()));
        tables.add(counts(t.get("meeting.section.byEscalation"), t, brief.byEscalation().stream()
                .map(c -> row(t.label("escalation.", c.key()), c.count())).toList()));
        tables.add(counts(t.get("meeting.section.keyTerms"), t, brief.keyTerms().stream()
                .map(c -> row(c.key(), c.count())).toList()));
        tables.add(new Table(t.get("meeting.section.urgent"),
                List.of(t.get("meeting.column.id"), t.get("meeting.column.received"), t.get("meeting.column.district"),
                        t.get("meeting.column.title"), t.get("meeting.column.status"), t.get("meeting.column.risk"),
                        t.get("meeting.column.overdueDays"), t.get("meeting.column.complainants")),
                brief.urgent().stream().map(u -> List.of(u.id(), u.receivedAt() == null ? "" : day.format(u.receivedAt()),
                        place(u.district(), u.township()), nz(u.title()), t.label("status.", u.status()),
                        t.label("risk.", u.riskLevel()), u.overdueDays() > 0 ? Long.toString(u.overdueDays()) : "",
                        String.join(t.get("list.separator"), u.complainants()))).toList(),
                List.of(3, 2, 2, 4, 2, 2, 1, 6), List.of(false, false, false, false, false, false, true, false)));
        if (brief.title() != null) {
            tables.add(new Table(t.get("meeting.section.decisions"),
                    List.of(t.get("meeting.column.kind"), t.get("meeting.column.decision"), t.get("meeting.column.owner"),
                            t.get("meeting.column.due"), t.get("meeting.column.decisionStatus"),
                            t.get("meeting.column.decidedBy")),
                    brief.decisions().stream().map(d -> List.of(t.label("meeting.decision.kind.", d.kind().name()),
                            d.text(), nz(d.owner()), d.dueAt() == null ? "" : d.dueAt().toString(),
                            t.label("meeting.decision.status.", d.status().name()),
                            nz(d.decidedBy()) + " " + (d.decidedAt() == null ? "" : minute.format(d.decidedAt())))).toList(),
                    List.of(2, 7, 3, 2, 1, 3), List.of(false, false, false, false, false, false)));
        }
        return new Document(title, lines, tables);
    }

    static String scope(List<String> labels, Texts t) {
        return labels.equals(List.of(io.liaisoninsight.ui.security.Scope.ALL)) ? t.get("scope.all")
                : String.join(t.get("list.separator"), labels);
    }

    /** The week's first day, or the period's first day for a week that starts before it. */
    private static String week(LocalDate monday, Period period) {
        return (monday.isBefore(period.from()) ? period.from() : monday).toString();
    }

    private static Table counts(String title, Texts t, List<List<String>> rows) {
        return new Table(title, List.of(t.get("meeting.column.item"), t.get("meeting.column.count")), rows,
                List.of(4, 1), List.of(false, true));
    }

    private static List<String> row(String label, long count) {
        return List.of(label, Long.toString(count));
    }

    private static String place(String district, String township) {
        return nz(district) + (township == null ? "" : " " + township);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /** When a brief was made, for file names. */
    static String stamp(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(zone).format(at);
    }
}
