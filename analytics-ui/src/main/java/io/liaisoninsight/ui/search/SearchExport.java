package io.liaisoninsight.ui.search;

import io.liaisoninsight.ui.system.StoredFields;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.audit.AuditLog;
import io.liaisoninsight.ui.audit.AuditOutcome;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.NotPermittedException;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.security.ScopedHits;
import io.liaisoninsight.ui.security.ScopedSearch;
import io.liaisoninsight.ui.security.SearchIntent;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Exports a whole result set (every matching record, near-duplicates included, no row cap) as CSV or
 * XLSX, streamed batch by batch with {@code search_after} through {@link ScopedSearch}: the same scope
 * and masking as the page, each batch audited as a search, and the export itself audited
 * ({@link AuditAction#EXPORT}) before the first byte is written (fail closed).
 * <p>
 * The pages are read from one snapshot ({@link ScopedSearch#readSnapshot}: a point in time that the scope
 * layer opens, scopes and closes), so the file holds exactly the records that matched when the export
 * started, each once, even while records are indexed or updated meanwhile. The sort ends with the record
 * id, so {@code search_after} never skips or repeats a row.
 */
@Service
class SearchExport {

    static final List<String> COLUMNS = List.of("id", "source", "occurredAt", "district", "township", "title",
            "category", "channel", "status", "riskLevel", "headcount", "proceduralReplyDueAt", "substantiveReplyDueAt",
            "overdue", "duplicateGroup", "complainants", "content");
    /** How long the snapshot lives between two pages (each page extends it). */
    private static final String SNAPSHOT_KEEP_ALIVE = "2m";
    private static final List<String> FIELDS = Stream.concat(SearchQuery.LIST_FIELDS.stream(),
            Stream.of(Fields.CONTENT, Fields.Petition.COMPLAINANT_NAME)).toList();

    /** Opens the output once the export is allowed and audited (so the caller sets headers only then). */
    @FunctionalInterface
    interface Output {
        OutputStream open() throws IOException;
    }

    private final SearchService search;
    private final ScopedSearch scoped;
    private final AuditLog audit;
    private final SearchSettings settings;
    private final Clock clock;
    private final MessageSource messages;

    SearchExport(SearchService search, ScopedSearch scoped, AuditLog audit, SearchSettings settings, Clock clock,
                 MessageSource messages) {
        this.search = search;
        this.scoped = scoped;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.messages = messages;
    }

    /** @return records written */
    long export(CurrentUser user, SearchCriteria criteria, ExportFormat format, Locale locale, Output output)
            throws IOException {
        String target = "search-results." + format.extension;
        if (user.roles().stream().noneMatch(Role::readsRecords)) {
            audit.record(user, AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, target, criteria.text(),
                    Map.of("reason", NotPermittedException.Reason.ROLE_REQUIRED.name()));
            throw new NotPermittedException(NotPermittedException.Reason.ROLE_REQUIRED, target);
        }
        Map<String, Object> details = new LinkedHashMap<>(criteria.describe());
        details.put("format", format.extension);
        audit.record(user, AuditAction.EXPORT, AuditOutcome.SUCCESS, target, criteria.text(), details);

        SearchQuery plan = search.plan(criteria);
        Query chosen = plan.postFilter();
        SearchIntent intent = new SearchIntent(criteria.text(), details);
        Instant now = clock.instant();
        try (ExportWriter writer = ExportWriter.open(format, output.open(), text("search.title", locale))) {
            writer.row(COLUMNS.stream().map(c -> text("search.export.column." + c, locale)).toList());
            return scoped.readSnapshot(user, SNAPSHOT_KEEP_ALIVE, snapshot -> {
                long written = 0;
                List<FieldValue> after = null;
                while (true) {
                    List<FieldValue> from = after;
                    ScopedHits hits = snapshot.search(intent, plan.query(), b -> {
                        b.size(settings.exportBatch()).sort(plan.sort()).trackTotalHits(t -> t.enabled(false))
                                .source(s -> s.filter(f -> f.includes(FIELDS)));
                        if (chosen != null) {
                            b.postFilter(chosen);
                        }
                        if (from != null) {
                            b.searchAfter(from);
                        }
                    });
                    for (ScopedHits.Hit hit : hits.hits()) {
                        writer.row(row(hit, now, locale));
                        written++;
                    }
                    if (hits.hits().size() < settings.exportBatch()) {
                        return written;
                    }
                    after = hits.hits().get(hits.hits().size() - 1).sort();
                }
            });
        }
    }

    private List<String> row(ScopedHits.Hit hit, Instant now, Locale locale) {
        ObjectNode r = hit.source();
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(clock.getZone());
        List<String> overdue = Deadlines.badges(r, now, clock.getZone(), settings.dueSoon(),
                        settings.collectiveHeadcount()).stream()
                .filter(b -> b.kind() == Deadlines.Kind.PROCEDURAL_OVERDUE || b.kind() == Deadlines.Kind.SUBSTANTIVE_OVERDUE)
                .map(b -> text("search.badge." + b.kind().name(), locale, b.amount())).toList();
        List<String> names = new ArrayList<>();
        for (JsonNode c : r.path("complainants")) {
            if (c.hasNonNull("name")) {
                names.add(c.get("name").asText());
            }
        }
        return List.of(hit.id(), label("source.", StoredFields.text(r, Fields.SOURCE), locale),
                time(StoredFields.text(r, Fields.OCCURRED_AT), minute), value(r, Fields.DISTRICT),
                value(r, Fields.TOWNSHIP), value(r, Fields.TITLE), value(r, Fields.Petition.CATEGORY),
                label("channel.", StoredFields.text(r, Fields.Petition.CHANNEL), locale),
                label("status.", StoredFields.text(r, Fields.Petition.STATUS), locale),
                label("risk.", StoredFields.text(r, Fields.RISK_LEVEL), locale), value(r, Fields.Petition.HEADCOUNT),
                time(StoredFields.text(r, Fields.Petition.PROCEDURAL_REPLY_DUE_AT), day),
                time(StoredFields.text(r, Fields.Petition.SUBSTANTIVE_REPLY_DUE_AT), day),
                String.join(text("list.separator", locale), overdue), value(r, Fields.DUPLICATE_GROUP),
                names.stream().collect(Collectors.joining(text("list.separator", locale))), value(r, Fields.CONTENT));
    }

    private static String value(ObjectNode record, String field) {
        String v = StoredFields.text(record, field);
        return v == null ? "" : v;
    }

    private static String time(String value, DateTimeFormatter format) {
        Instant at = StoredFields.instant(value);
        return at == null ? (value == null ? "" : value) : format.format(at);
    }

    private String label(String prefix, String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return messages.getMessage(prefix + code, null, code, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
