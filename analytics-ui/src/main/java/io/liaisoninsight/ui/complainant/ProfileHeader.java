package io.liaisoninsight.ui.complainant;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The profile's figures in a few lines: counts, channels, places, first/last contact, links, escalation. */
class ProfileHeader extends Div {

    ProfileHeader(ComplainantProfile p, ZoneId zone) {
        setId("complainant-header");
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
        String separator = getTranslation("list.separator");

        HorizontalLayout counts = new HorizontalLayout(
                badge(getTranslation("complainant.summary.contacts", p.contactCount()), "var(--lumo-contrast-10pct)"),
                badge(getTranslation("complainant.summary.open", p.openMatters()), "var(--lumo-primary-color-10pct)"),
                badge(getTranslation("complainant.summary.overdue", p.overdueMatters()), p.overdueMatters() > 0
                        ? "var(--lumo-error-color-10pct)" : "var(--lumo-contrast-10pct)"));
        counts.setId("complainant-counts");
        add(counts);
        add(line(getTranslation("complainant.channels", p.channels().stream()
                .map(c -> getTranslation("complainant.channelCount", label("channel.", c.channel()), c.count()))
                .collect(Collectors.joining(separator)))));
        add(line(getTranslation("complainant.places", orDash(String.join(separator, p.districts())),
                orDash(String.join(separator, p.townships())))));
        add(line(getTranslation("complainant.firstLast", date(day, p.firstContactAt()), date(day, p.lastContactAt()))));
        Span linked = line(linkedBy(p, separator));
        linked.setId("complainant-linked-by");
        add(linked);
        add(line(getTranslation("complainant.escalation", p.escalationLevel() == null
                ? getTranslation("complainant.escalation.none") : label("escalation.", p.escalationLevel()))));
    }

    private String linkedBy(ComplainantProfile p, String separator) {
        List<String> by = p.linkedBy();
        if (!by.isEmpty()) {
            return getTranslation("complainant.linkedBy", by.stream()
                    .map(b -> getTranslation("complainant.linkedBy." + b)).collect(Collectors.joining(separator)));
        }
        return getTranslation(p.contactCount() <= 1 ? "complainant.linkedBy.single" : "complainant.linkedBy.indirect");
    }

    /** A translated code; an unknown code (newer data) is shown as it is. */
    private String label(String prefix, String code) {
        String text = getTranslation(prefix + code);
        return text == null || text.startsWith("!") ? code : text;
    }

    private static String date(DateTimeFormatter day, Instant at) {
        return at == null ? "—" : day.format(at);
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "—" : text;
    }

    private static Span line(String text) {
        Span span = new Span(text);
        span.getStyle().set("display", "block");
        return span;
    }

    static Span badge(String text, String background) {
        Span badge = new Span(text);
        badge.addClassName("badge");
        badge.getStyle().set("background", background).set("border-radius", "var(--lumo-border-radius-s)")
                .set("padding", "0 6px").set("color", "var(--lumo-body-text-color)");
        return badge;
    }
}
