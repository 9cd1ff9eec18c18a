package io.liaisoninsight.ui.health;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.CurrentUsers;
import io.liaisoninsight.ui.security.ScopeLabels;
import jakarta.annotation.security.PermitAll;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Start page: are Elasticsearch and Kafka reachable, is the schema installed, how many records each
 * source holds within the user's scope. It only renders what {@link EngineHealthService} reports; every
 * text comes from the message bundles.
 */
@Route("")
@Menu(title = "nav.health", order = 0)
@PermitAll
class HealthView extends VerticalLayout implements HasDynamicTitle {

    private static final String OK_COLOR = "var(--lumo-success-text-color)";
    private static final String BAD_COLOR = "var(--lumo-error-text-color)";
    private static final String WARN_COLOR = "var(--lumo-warning-text-color, #a86400)";

    private final EngineHealthService service;
    private final CurrentUser user;
    private final DateTimeFormatter timeFormat;
    private final Span checkedAt = new Span();
    private final FlexLayout cards = new FlexLayout();

    HealthView(EngineHealthService service, CurrentUsers users, Clock clock) {
        this.service = service;
        this.user = users.require();
        this.timeFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
        configureCards();
        add(header(), checkedAt, cards);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("health.title") + " · " + getTranslation("app.name");
    }

    private Component header() {
        Button refresh = new Button(getTranslation("health.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.setId("refresh");
        H1 title = new H1(getTranslation("app.name") + " · " + getTranslation("health.title"));
        HorizontalLayout header = new HorizontalLayout(title, refresh);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(title);
        return header;
    }

    private void configureCards() {
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        checkedAt.getStyle().set("color", "var(--lumo-secondary-text-color)");
    }

    private void refresh() {
        EngineHealth health = service.check(user);
        checkedAt.setText(getTranslation("health.checkedAt", timeFormat.format(health.checkedAt())));
        cards.removeAll();
        cards.add(elasticsearch(health.elasticsearch()), kafka(health.kafka()),
                schema(health.schema(), health.elasticsearch().up()), documents(health.documents()));
    }

    private Card elasticsearch(EngineHealth.Elasticsearch es) {
        Card card = card("health.es.heading");
        if (!es.up()) {
            card.add(status(false, getTranslation("health.es.down")), detail(es.problem()),
                    fields("health.address", es.address()));
            return card;
        }
        boolean green = "green".equals(es.status());
        card.add(status(!"red".equals(es.status()), getTranslation("health.es.up")),
                fields("health.es.status", getTranslation("health.es.status." + es.status()),
                        "health.es.version", es.version(),
                        "health.es.nodes", String.valueOf(es.nodes()),
                        "health.es.cluster", es.clusterName(),
                        "health.address", es.address()));
        if (!green) {
            card.getStyle().set("border-left", "3px solid " + WARN_COLOR);
        }
        return card;
    }

    private Card kafka(EngineHealth.Kafka kafka) {
        Card card = card("health.kafka.heading");
        if (!kafka.reachable()) {
            card.add(status(false, getTranslation("health.kafka.down")), detail(kafka.problem()),
                    fields("health.address", kafka.bootstrapServers()));
            return card;
        }
        card.add(status(true, getTranslation("health.kafka.up")),
                fields("health.kafka.brokers", String.valueOf(kafka.brokers()),
                        "health.kafka.cluster", kafka.clusterId(),
                        "health.address", kafka.bootstrapServers()));
        return card;
    }

    private Card schema(EngineHealth.Schema schema, boolean elasticsearchUp) {
        Card card = card("health.schema.heading");
        if (!elasticsearchUp) {
            card.add(status(false, getTranslation("health.schema.waiting")));
        } else if (schema.problem() != null) {
            card.add(status(false, getTranslation("health.schema.failed")), detail(schema.problem()));
        } else if (schema.installedVersion() == null) {
            card.add(status(false, getTranslation("health.schema.missing")));
        } else {
            card.add(status(schema.current(), getTranslation(schema.current()
                    ? "health.schema.current" : "health.schema.outdated")));
        }
        card.add(fields("health.schema.installed", schema.installedVersion() == null ? null
                        : getTranslation("health.schema.version", String.valueOf(schema.installedVersion())),
                "health.schema.expected", getTranslation("health.schema.version",
                        String.valueOf(schema.expectedVersion()))));
        return card;
    }

    private Card documents(EngineHealth.Documents documents) {
        Card card = card("health.documents.heading");
        if (documents == null) {
            card.add(status(false, getTranslation("health.documents.unavailable")));
            return card;
        }
        NumberFormat number = NumberFormat.getIntegerInstance(locale());
        Grid<EngineHealth.SourceCount> grid = new Grid<>();
        grid.addColumn(c -> getTranslation("source." + c.source().name()))
                .setHeader(getTranslation("health.documents.source"))
                .setFooter(getTranslation("health.documents.total"));
        grid.addColumn(c -> number.format(c.count()))
                .setHeader(getTranslation("health.documents.count"))
                .setFooter(number.format(documents.total()))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(documents.bySource());
        grid.setAllRowsVisible(true);
        grid.setWidth("22em");
        Span scope = new Span(getTranslation("health.documents.scope", ScopeLabels.scope(this, user.scope())));
        scope.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        card.add(scope, grid);
        return card;
    }

    private Card card(String headingKey) {
        Card card = new Card();
        card.setTitle(getTranslation(headingKey));
        card.setMinWidth("20em");
        card.setMaxWidth("30em");
        return card;
    }

    private Component status(boolean ok, String text) {
        Icon icon = (ok ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create();
        icon.setSize("var(--lumo-icon-size-s)");
        HorizontalLayout status = new HorizontalLayout(icon, new Span(text));
        status.setAlignItems(FlexComponent.Alignment.CENTER);
        status.setSpacing(false);
        status.getStyle().set("gap", "var(--lumo-space-xs)").set("color", ok ? OK_COLOR : BAD_COLOR)
                .set("font-weight", "600");
        return status;
    }

    /** Label/value rows in two aligned columns. */
    private Component fields(String... labelKeysAndValues) {
        Div fields = new Div();
        fields.getStyle().set("display", "grid").set("grid-template-columns", "max-content auto")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)");
        for (int i = 0; i < labelKeysAndValues.length; i += 2) {
            Span label = new Span(getTranslation(labelKeysAndValues[i]));
            label.getStyle().set("color", "var(--lumo-secondary-text-color)");
            String value = labelKeysAndValues[i + 1];
            fields.add(label, new Span(value == null ? "—" : value));
        }
        return fields;
    }

    private Component detail(String problem) {
        Div detail = new Div(getTranslation("health.detail", problem == null ? "—" : problem));
        detail.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("max-width", "28em").set("overflow-wrap", "anywhere");
        return detail;
    }

    private Locale locale() {
        return getLocale() == null ? Locale.SIMPLIFIED_CHINESE : getLocale();
    }
}
