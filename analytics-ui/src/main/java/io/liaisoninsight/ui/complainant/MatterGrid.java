package io.liaisoninsight.ui.complainant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The matters, newest first: date, channel, status badge, deadlines, days overdue, place, link to the record. */
class MatterGrid extends Div {

    /** Up to this many rows the grid grows with its rows; beyond, it scrolls. */
    private static final int ALL_ROWS_VISIBLE = 30;

    private final DateTimeFormatter day;

    MatterGrid(List<ComplainantProfile.MatterRow> matters, ZoneId zone) {
        setId("complainant-matters");
        setWidthFull();
        this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
        Grid<ComplainantProfile.MatterRow> grid = new Grid<>();
        grid.addColumn(m -> date(m.receivedAt())).setHeader(getTranslation("complainant.matter.date")).setAutoWidth(true);
        grid.addColumn(m -> label("channel.", m.channel())).setHeader(getTranslation("complainant.matter.channel"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("complainant.matter.status")).setAutoWidth(true);
        grid.addColumn(this::deadlines).setHeader(getTranslation("complainant.matter.deadlines")).setAutoWidth(true);
        grid.addColumn(m -> m.district() == null ? "—" : m.district() + (m.township() == null ? "" : " " + m.township()))
                .setHeader(getTranslation("complainant.matter.place")).setAutoWidth(true);
        grid.addColumn(m -> m.escalationLevel() == null ? "" : label("escalation.", m.escalationLevel()))
                .setHeader(getTranslation("complainant.matter.escalation")).setAutoWidth(true);
        grid.addComponentColumn(this::link).setHeader(getTranslation("complainant.matter.record")).setWidth("16em")
                .setFlexGrow(1);
        grid.setItems(matters);
        if (matters.size() <= ALL_ROWS_VISIBLE) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("70vh");
        }
        add(new H3(getTranslation("complainant.matters", matters.size())), grid);
    }

    private Component status(ComplainantProfile.MatterRow m) {
        Div cell = new Div();
        String status = m.status() == null ? "" : label("status.", m.status());
        cell.add(ProfileHeader.badge(status, m.open() ? "var(--lumo-primary-color-10pct)" : "var(--lumo-success-color-10pct)"));
        if (m.overdueDays() != null) {
            Span overdue = ProfileHeader.badge(getTranslation("complainant.matter.overdue", m.overdueDays()),
                    "var(--lumo-error-color-10pct)");
            overdue.addClassName("overdue");
            overdue.getStyle().set("margin-left", "var(--lumo-space-xs)").set("color", "var(--lumo-error-text-color)");
            cell.add(overdue);
        }
        return cell;
    }

    private String deadlines(ComplainantProfile.MatterRow m) {
        List<String> parts = new ArrayList<>();
        if (m.proceduralReplyDueAt() != null) {
            parts.add(getTranslation("complainant.matter.deadline.procedural", date(m.proceduralReplyDueAt())));
        }
        if (m.substantiveReplyDueAt() != null) {
            parts.add(getTranslation("complainant.matter.deadline.substantive", date(m.substantiveReplyDueAt())));
        }
        return String.join(" · ", parts);
    }

    private Component link(ComplainantProfile.MatterRow m) {
        String text = m.title() == null ? m.id() + " " + getTranslation("complainant.matter.pendingIndex") : m.title();
        Anchor anchor = new Anchor("records/" + URLEncoder.encode(m.id(), StandardCharsets.UTF_8).replace("+", "%20"),
                text);
        anchor.addClassName("matter-record");
        anchor.getElement().setAttribute("data-id", m.id());
        return anchor;
    }

    private String label(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String text = getTranslation(prefix + code);
        return text == null || text.startsWith("!") ? code : text;
    }

    private String date(Instant at) {
        return at == null ? "—" : day.format(at);
    }
}
