package io.liaisoninsight.ui.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.ui.audit.AuditUnavailableException;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.CurrentUsers;
import io.liaisoninsight.ui.security.NotPermittedException;
import io.liaisoninsight.ui.security.Role;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One record by id ({@code /records/P-2025-0001}): place, time, text and complainants, masked; users
 * allowed to unmask get a button that reveals the numbers (audited). A record outside the user's
 * scope shows the "no permission" page ({@code NotPermittedView}); {@link RecordAccess} has audited it.
 */
@Route("records/:id")
@RolesAllowed({Role.Names.LEADER, Role.Names.ANALYST, Role.Names.LIAISON_OFFICER})
class RecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RecordAccess records;
    private final CurrentUser user;
    private final DateTimeFormatter time;
    private String title = "";

    RecordView(RecordAccess records, CurrentUsers users, Clock clock) {
        this.records = records;
        this.user = users.require();
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            render(records.read(user, id, false));
        } catch (NotPermittedException e) {
            event.rerouteToError(e, e.getMessage());
        } catch (RecordNotFoundException e) {
            message(getTranslation("record.notFound"));
        } catch (AuditUnavailableException e) {
            message(getTranslation("audit.unavailable"));
        }
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("record.title") : title) + " · " + getTranslation("app.name");
    }

    private void reveal(String id) {
        try {
            render(records.read(user, id, true));
        } catch (AuditUnavailableException e) {
            message(getTranslation("audit.unavailable"));
        }
    }

    private void render(RecordDetail detail) {
        removeAll();
        ObjectNode record = detail.record();
        title = text(record, Fields.TITLE);
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
                    e -> reveal(detail.id()));
            reveal.setId("unmask");
            add(reveal);
        } else if (!detail.masked()) {
            add(new Span(getTranslation("record.unmasked")));
        }
        add(new Details(getTranslation("record.allFields"), new Pre(record.toPrettyString())));
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

    private void message(String text) {
        removeAll();
        add(new Div(text));
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
