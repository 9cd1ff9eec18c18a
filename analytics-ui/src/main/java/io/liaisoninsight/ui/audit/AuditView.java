package io.liaisoninsight.ui.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.CurrentUsers;
import io.liaisoninsight.ui.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit trail for auditors: filter by user, action, outcome and dates; the grid loads page by page
 * from Elasticsearch; the export link downloads the filtered trail as CSV (through
 * {@code /api/audit/events.csv}, so export and page share one audited service).
 */
@Route("audit")
@Menu(title = "nav.audit", order = 80)
@RolesAllowed(Role.Names.AUDITOR)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditTrail trail;
    private final CurrentUser user;
    private final DateTimeFormatter time;
    private final TextField userFilter = new TextField();
    private final ComboBox<AuditAction> actionFilter = new ComboBox<>();
    private final ComboBox<AuditOutcome> outcomeFilter = new ComboBox<>();
    private final DatePicker fromFilter = new DatePicker();
    private final DatePicker toFilter = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span total = new Span();
    private final Anchor export = new Anchor();
    private AuditFilter filter = AuditFilter.none();

    AuditView(AuditTrail trail, CurrentUsers users, Clock clock) {
        this.trail = trail;
        this.user = users.require();
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
        setSizeFull();
        configureFilters();
        configureGrid();
        add(new H2(getTranslation("audit.title")), filters(), total, grid);
        apply();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }

    private void configureFilters() {
        userFilter.setLabel(getTranslation("audit.filter.user"));
        userFilter.setClearButtonVisible(true);
        actionFilter.setLabel(getTranslation("audit.filter.action"));
        actionFilter.setItems(AuditAction.values());
        actionFilter.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        actionFilter.setClearButtonVisible(true);
        outcomeFilter.setLabel(getTranslation("audit.filter.outcome"));
        outcomeFilter.setItems(AuditOutcome.values());
        outcomeFilter.setItemLabelGenerator(o -> getTranslation("audit.outcome." + o.name()));
        outcomeFilter.setClearButtonVisible(true);
        DatePicker.DatePickerI18n dates = new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd");
        for (DatePicker picker : List.of(fromFilter, toFilter)) {
            picker.setI18n(dates);
            picker.setClearButtonVisible(true);
        }
        fromFilter.setLabel(getTranslation("audit.filter.from"));
        toFilter.setLabel(getTranslation("audit.filter.to"));
    }

    private Component filters() {
        Button search = new Button(getTranslation("audit.filter.apply"), VaadinIcon.SEARCH.create(), e -> apply());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.setText(getTranslation("audit.export"));
        export.setRouterIgnore(true);
        export.getElement().setAttribute("download", true);
        HorizontalLayout bar = new HorizontalLayout(userFilter, actionFilter, outcomeFilter, fromFilter, toFilter,
                search, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> time.format(e.at())).setHeader(getTranslation("audit.column.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::user).setHeader(getTranslation("audit.column.user")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.outcome." + e.outcome()))
                .setHeader(getTranslation("audit.column.outcome")).setAutoWidth(true);
        grid.addColumn(AuditEntry::target).setHeader(getTranslation("audit.column.target")).setAutoWidth(true);
        grid.addColumn(AuditEntry::query).setHeader(getTranslation("audit.column.query")).setAutoWidth(true);
        grid.addColumn(e -> String.join(" ", e.roles())).setHeader(getTranslation("audit.column.roles"))
                .setAutoWidth(true);
        grid.addColumn(e -> String.join(" ", e.scope())).setHeader(getTranslation("audit.column.scope"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::clientAddress).setHeader(getTranslation("audit.column.clientAddress"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("audit.column.details")).setFlexGrow(1);
        grid.setSizeFull();
    }

    /** New filter: the count (audited as a search of the trail) and the first page; the export link follows. */
    private void apply() {
        filter = new AuditFilter(userFilter.getValue(), actionFilter.getValue(), outcomeFilter.getValue(),
                fromFilter.getValue(), toFilter.getValue());
        long count = trail.count(user, filter);
        total.setText(count > AuditTrail.MAX_BROWSABLE
                ? getTranslation("audit.total.capped", count, AuditTrail.MAX_BROWSABLE)
                : getTranslation("audit.total", count));
        AuditFilter current = filter;
        int rows = (int) Math.min(count, AuditTrail.MAX_BROWSABLE);
        grid.setItems(query -> trail.page(user, current, query.getOffset(), query.getLimit()).stream(), query -> rows);
        export.setHref(exportLink(current));
    }

    private static String exportLink(AuditFilter filter) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("api/audit/events.csv");
        if (filter.user() != null) {
            link.queryParam("user", filter.user());
        }
        if (filter.action() != null) {
            link.queryParam("action", filter.action().name());
        }
        if (filter.outcome() != null) {
            link.queryParam("outcome", filter.outcome().name());
        }
        if (filter.from() != null) {
            link.queryParam("from", filter.from().toString());
        }
        if (filter.to() != null) {
            link.queryParam("to", filter.to().toString());
        }
        return link.encode().build().toUriString();
    }
}
