package io.liaisoninsight.ui.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.ui.audit.AuditUnavailableException;
import io.liaisoninsight.ui.complainant.ComplainantService;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.CurrentUsers;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.system.ItemView;
import io.liaisoninsight.ui.system.Problems;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One record by id ({@code /records/P-2025-0001}): place, time, text and complainants, masked; users
 * allowed to unmask get a button that reveals the numbers (audited). Below: the status and reply
 * timeline, the near-duplicate group, similar records and the complainant's other contacts
 * ({@link RecordRelations}: scoped, masked, audited), each loaded on its own. A record outside the user's
 * scope shows the "no permission" page ({@code NotPermittedView}); {@link RecordAccess} has audited it.
 */
@Route("records/:id")
@RolesAllowed({Role.Names.LEADER, Role.Names.ANALYST, Role.Names.LIAISON_OFFICER})
class RecordView extends ItemView {

    private static final Logger log = LoggerFactory.getLogger(RecordView.class);

    private final RecordAccess records;
    private final RecordRelations relations;
    private final CurrentUser user;
    private final Clock clock;
    private final DateTimeFormatter time;
    private final DateTimeFormatter day;

    RecordView(RecordAccess records, RecordRelations relations, CurrentUsers users, Clock clock) {
        super("id", "record.title");
        this.records = records;
        this.relations = relations;
        this.user = users.require();
        this.clock = clock;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    }

    @Override
    protected void show(String id) {
        render(records.read(user, id, false));
    }

    private void render(RecordDetail detail) {
        removeAll();
        ObjectNode record = detail.record();
        String title = text(record, Fields.TITLE);
        setTitle(title);
        add(new H2(title));
        String source = detail.source() == null ? "" : getTranslation("source." + detail.source().name());
        Span meta = new Span(getTranslation("record.meta", source, orDash(text(record, Fields.DISTRICT)),
                orDash(text(record, Fields.TOWNSHIP)), orDash(when(text(record, Fields.OCCURRED_AT))), detail.id()));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(meta, new Paragraph(text(record, Fields.CONTENT)));
        List<Complainant> complainants = complainants(record);
        if (!complainants.isEmpty()) {
            add(complainantGrid(complainants));
        }
        if (detail.masked() && user.canUnmask() && !complainants.isEmpty()) {
            Button reveal = new Button(getTranslation("record.unmask"), VaadinIcon.EYE.create(),
                    e -> act(() -> render(records.read(user, detail.id(), true))));
            reveal.setId("unmask");
            add(reveal);
        } else if (!detail.masked()) {
            add(new Span(getTranslation("record.unmasked")));
        }
        add(timeline(record));
        add(section("record-duplicates", () -> {
            List<RecordRelations.Related> found = relations.duplicates(user, detail);
            return titled(getTranslation("record.duplicates", found.size()), found, "record.duplicates.none");
        }));
        add(section("record-similar", () -> titled(getTranslation("record.similar"), relations.similar(user, detail),
                "record.similar.none")));
        if (record.path(Fields.IDENTITY_IDS).size() > 0) {
            add(section("record-contacts", () -> contacts(relations.contacts(user, detail))));
        }
        add(new Details(getTranslation("record.allFields"), new Pre(record.toPrettyString())));
    }

    /** One related section, loaded on its own: a failure shows a line there, not an error page. */
    private Component section(String id, java.util.function.Supplier<Details> load) {
        Details details;
        try {
            details = load.get();
        } catch (AuditUnavailableException e) {
            details = new Details(getTranslation("audit.unavailable"));
        } catch (RuntimeException e) {
            log.warn("record page section {} not loaded: {}", id, Problems.describe(e));
            details = new Details(getTranslation("record.related.unavailable"));
        }
        details.setId(id);
        return details;
    }

    private Details titled(String summary, List<RecordRelations.Related> found, String noneKey) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        if (found.isEmpty()) {
            list.add(new Span(getTranslation(noneKey)));
        }
        found.forEach(r -> list.add(relatedRow(r)));
        Details details = new Details(summary, list);
        details.setOpened(!found.isEmpty());
        return details;
    }

    private Details contacts(RecordRelations.Contacts contacts) {
        Details details = titled(getTranslation("record.contacts", contacts.records().size()), contacts.records(),
                "record.contacts.none");
        VerticalLayout list = (VerticalLayout) details.getContent().findFirst().orElseThrow();
        if (!contacts.linkedBy().isEmpty()) {
            list.addComponentAsFirst(new Span(getTranslation("record.contacts.linkedBy", contacts.linkedBy().stream()
                    .map(b -> getTranslation("record.linkedBy." + b)).collect(Collectors.joining(
                            getTranslation("list.separator"))))));
        }
        for (String identity : ComplainantService.mayRead(user) ? contacts.identityIds() : List.<String>of()) {
            Anchor profile = new Anchor("complainants/" + encode(identity), getTranslation("record.contacts.profile"));
            profile.addClassName("complainant-profile");
            list.add(profile);
        }
        return details;
    }

    private Component relatedRow(RecordRelations.Related r) {
        Anchor link = new Anchor("records/" + encode(r.id()), r.title() == null ? r.id() : r.title());
        String status = r.status() == null ? "" : " · " + getTranslation("status." + r.status());
        Span meta = new Span((r.source() == null ? "" : getTranslation("source." + r.source().name()) + " · ")
                + (r.date() == null ? "" : day.format(r.date())) + " " + orDash(nullToEmpty(r.district())) + status);
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-left", "var(--lumo-space-s)")
                .set("font-size", "var(--lumo-font-size-s)");
        Div row = new Div(link, meta);
        row.addClassName("related-record");
        row.getElement().setAttribute("data-id", r.id());
        return row;
    }

    private Details timeline(ObjectNode record) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        String status = text(record, Fields.Petition.STATUS);
        if (!status.isEmpty()) {
            list.add(new Span(getTranslation("record.timeline.status", getTranslation("status." + status))));
        }
        for (Timeline.Entry entry : Timeline.of(record, clock.instant(), clock.getZone())) {
            String line = time.format(entry.at()) + "  " + getTranslation("record.timeline." + entry.kind().name());
            if (entry.overdueDays() != null) {
                line += " · " + getTranslation("record.timeline.overdue", entry.overdueDays());
            } else if (entry.pending()) {
                line += " · " + getTranslation("record.timeline.pending");
            }
            Span span = new Span(line);
            if (entry.overdueDays() != null) {
                span.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            list.add(span);
        }
        Details details = new Details(getTranslation("record.timeline"), list);
        details.setId("record-timeline");
        details.setOpened(true);
        return details;
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private Grid<Complainant> complainantGrid(List<Complainant> complainants) {
        Grid<Complainant> grid = new Grid<>();
        grid.addColumn(Complainant::name).setHeader(getTranslation("record.complainant.name"));
        grid.addColumn(Complainant::idNumber).setHeader(getTranslation("record.complainant.idNumber"));
        grid.addColumn(Complainant::phone).setHeader(getTranslation("record.complainant.phone"));
        grid.addColumn(Complainant::address).setHeader(getTranslation("record.complainant.address"));
        grid.setItems(complainants);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** One row of the complainant grid, as the (masked) record holds it. */
    private record Complainant(String name, String idNumber, String phone, String address) {
    }

    private static List<Complainant> complainants(ObjectNode record) {
        List<Complainant> found = new ArrayList<>();
        for (JsonNode c : record.path("complainants")) {
            found.add(new Complainant(c.path("name").asText(""), c.path("idNumber").asText(""),
                    c.path("phone").asText(""), c.path("address").asText("")));
        }
        return found;
    }

    private static String text(ObjectNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    /** ISO instant → local time; anything unparsable is shown as stored. */
    private String when(String instant) {
        try {
            return instant.isEmpty() ? instant : time.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static String orDash(String value) {
        return value.isEmpty() ? "—" : value;
    }
}
