package io.liaisoninsight.ui.search;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.liaisoninsight.ui.audit.AuditUnavailableException;
import io.liaisoninsight.ui.search.SearchCriteria.DateRange;
import io.liaisoninsight.ui.search.SearchOutcome.FacetCount;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.CurrentUsers;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.system.Problems;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The analyst's search page ({@code /search?q=…&district=…}). Thin: reads the criteria from the URL,
 * asks {@link SearchService}, renders. Every change (Enter, the search button, a facet, a chip, a date
 * preset) navigates to the new URL, so the page can be bookmarked, shared, reloaded and gone back in.
 * <p>
 * Chinese input: searching starts only on a real Enter or the button. The Enter that confirms an IME
 * candidate is filtered out in the browser ({@link #ENTER_NOT_COMPOSING}), and value changes never
 * search, so nothing fires while a word is being composed. The typed text travels with the Enter event
 * itself, not through a value sync that might arrive after it.
 */
@Route("search")
@Menu(title = "nav.search", order = 10)
@RolesAllowed({Role.Names.LEADER, Role.Names.ANALYST, Role.Names.LIAISON_OFFICER})
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A real Enter: not one that confirms an IME composition (isComposing, or keyCode 229 in older browsers). */
    static final String ENTER_NOT_COMPOSING = "event.key === 'Enter' && !event.isComposing && event.keyCode !== 229";
    /** The field's text, sent with the Enter event (bracket notation: a browser expression, not a bundle key). */
    private static final String TYPED_TEXT = "element['value']";
    private static final Logger log = LoggerFactory.getLogger(SearchView.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final List<SearchField> FACET_ORDER = List.of(SearchField.SOURCE, SearchField.DISTRICT,
            SearchField.TOWNSHIP, SearchField.CATEGORY, SearchField.CHANNEL, SearchField.STATUS, SearchField.RISK_LEVEL,
            SearchField.PEOPLE, SearchField.PLACES, SearchField.ORGANIZATIONS, SearchField.KEY_TERMS);

    private final SearchService service;
    private final SavedSearches saved;
    private final SearchAlerts alerts;
    private final CurrentUser user;
    private final Explanation explanation;

    private final TextField query = new TextField();
    private final Button submit = new Button();
    private final Span understood = new Span();
    private final Div chips = new Div();
    private final VerticalLayout facets = new VerticalLayout();
    private final Span total = new Span();
    private final Span notice = new Span();
    private final Grid<ResultItem> grid = new Grid<>();
    private boolean savedShown;
    private final Anchor exportCsv = new Anchor();
    private final Anchor exportXlsx = new Anchor();
    private final Select<DateRange.Preset> datePreset = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button applyDates = new Button();
    private final Select<SearchCriteria.Sort> sort = new Select<>();
    private final Checkbox fold = new Checkbox();
    private final VerticalLayout savedList = new VerticalLayout();
    private final Anchor newAlerts = new Anchor("alerts", "");

    private SearchCriteria criteria = SearchCriteria.empty();
    private SearchOutcome outcome;
    /** True while the view sets its own fields from the URL, so their listeners do not navigate. */
    private boolean updating;

    SearchView(SearchService service, SavedSearches saved, SearchAlerts alerts, CurrentUsers users) {
        this.service = service;
        this.saved = saved;
        this.alerts = alerts;
        this.user = users.require();
        this.explanation = new Explanation(this::getTranslation);
        setSizeFull();
        setPadding(true);
        configureQuery();
        configureOptions();
        configureGrid();
        add(searchBar(), understood, chips, body());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " · " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        criteria = SearchCriteria.fromParameters(event.getLocation().getQueryParameters().getParameters());
        run();
    }

    // --- building the page ------------------------------------------------------------------------------

    private void configureQuery() {
        query.setId("search-query");
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        // Value changes only sync the text (on blur/Enter); they never start a search.
        query.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        query.getElement().addEventListener("keydown", e -> submit(e.getEventData().getString(TYPED_TEXT)))
                .setFilter(ENTER_NOT_COMPOSING).addEventData(TYPED_TEXT);
        submit.setText(getTranslation("search.submit"));
        submit.setId("search-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(query.getValue()));
    }

    private Component searchBar() {
        Details help = new Details(getTranslation("search.help"), new Paragraph(getTranslation("search.help.text")));
        help.setId("search-help");
        Button save = new Button(getTranslation("search.save"), VaadinIcon.BOOKMARK.create(), e -> openSaveDialog());
        save.setId("save-search");
        exportCsv.setText(getTranslation("search.export.csv"));
        exportCsv.setId("export-csv");
        exportXlsx.setText(getTranslation("search.export.xlsx"));
        exportXlsx.setId("export-xlsx");
        for (Anchor a : List.of(exportCsv, exportXlsx)) {
            a.setRouterIgnore(true);
            a.getElement().setAttribute("download", true);
            a.getElement().setAttribute("title", getTranslation("search.export"));
            a.getStyle().set("white-space", "nowrap");
        }
        newAlerts.setId("new-alerts");
        newAlerts.getStyle().set("white-space", "nowrap");
        HorizontalLayout box = new HorizontalLayout(query, submit, save, exportCsv, exportXlsx, newAlerts);
        box.setWidthFull();
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.expand(query);
        VerticalLayout bar = new VerticalLayout(box, help);
        bar.setPadding(false);
        bar.setSpacing(false);
        understood.setId("understood");
        understood.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        chips.setId("active-filters");
        chips.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        return bar;
    }

    private void configureOptions() {
        datePreset.setId("date-preset");
        datePreset.setLabel(getTranslation("search.date"));
        datePreset.setItems(DateRange.Preset.values());
        datePreset.setItemLabelGenerator(p -> getTranslation("search.date." + p.name()));
        datePreset.addValueChangeListener(e -> {
            if (updating || e.getValue() == null) {
                return;
            }
            boolean custom = e.getValue() == DateRange.Preset.CUSTOM;
            setCustomDatesVisible(custom);
            if (!custom) {
                navigate(criteria.withDates(DateRange.of(e.getValue())));
            }
        });
        DatePicker.DatePickerI18n days = new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd");
        from.setLabel(getTranslation("search.date.from"));
        to.setLabel(getTranslation("search.date.to"));
        from.setI18n(days);
        to.setI18n(days);
        from.setId("date-from");
        to.setId("date-to");
        applyDates.setText(getTranslation("search.date.apply"));
        applyDates.setId("date-apply");
        applyDates.addClickListener(e -> navigate(criteria.withDates(DateRange.custom(from.getValue(), to.getValue()))));
        setCustomDatesVisible(false);

        sort.setId("sort");
        sort.setLabel(getTranslation("search.sort"));
        sort.setItems(SearchCriteria.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s.name()));
        sort.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                navigate(criteria.withSort(e.getValue()));
            }
        });
        fold.setId("fold");
        fold.setLabel(getTranslation("search.fold"));
        fold.addValueChangeListener(e -> {
            if (!updating) {
                navigate(criteria.withFoldDuplicates(e.getValue()));
            }
        });
    }

    private void setCustomDatesVisible(boolean visible) {
        from.setVisible(visible);
        to.setVisible(visible);
        applyDates.setVisible(visible);
    }

    private void configureGrid() {
        grid.setId("results");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::card);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::duplicatesOf));
        grid.setDetailsVisibleOnClick(false);
        grid.setPageSize(service.settings().pageSize());
        grid.setSizeFull();
    }

    private Component body() {
        facets.setId("facets");
        facets.setPadding(false);
        facets.setSpacing(false);
        savedList.setPadding(false);
        savedList.setSpacing(false);
        Details savedDetails = new Details(getTranslation("search.saved"), savedList);
        savedDetails.setId("saved-searches");
        VerticalLayout side = new VerticalLayout(datePreset, from, to, applyDates, sort, fold, facets, savedDetails);
        side.setPadding(false);
        side.setWidth("19rem");
        side.getStyle().set("flex-shrink", "0").set("overflow", "auto");
        total.setId("total");
        notice.setId("notice");
        notice.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout results = new VerticalLayout(total, notice, grid);
        results.setPadding(false);
        results.setSizeFull();
        HorizontalLayout body = new HorizontalLayout(side, results);
        body.setSizeFull();
        body.expand(results);
        return body;
    }

    // --- running a search --------------------------------------------------------------------------------

    /**
     * Only what the parser reads (and one character more, so it still says it cut the text) goes into the
     * URL, so a pasted essay cannot make the address unusable.
     */
    private void submit(String text) {
        String typed = text == null ? "" : text;
        int max = service.settings().maxQueryLength() + 1;
        if (typed.codePointCount(0, typed.length()) > max) {
            typed = typed.substring(0, typed.offsetByCodePoints(0, max));
        }
        navigate(criteria.withText(typed));
    }

    private void navigate(SearchCriteria next) {
        if (next.equals(criteria)) {
            run();
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, new QueryParameters(next.toParameters())));
    }

    private void run() {
        updating = true;
        try {
            query.setValue(criteria.text());
            datePreset.setValue(criteria.dates().preset());
            from.setValue(criteria.dates().from());
            to.setValue(criteria.dates().to());
            setCustomDatesVisible(criteria.dates().preset() == DateRange.Preset.CUSTOM);
            sort.setValue(criteria.sort());
            fold.setValue(criteria.foldDuplicates());
        } finally {
            updating = false;
        }
        renderChips();
        renderAlertCount();
        if (!savedShown) {
            renderSaved();
        }
        String link = parameters(criteria.toParameters());
        exportCsv.setHref("api/search/export.csv" + link);
        exportXlsx.setHref("api/search/export.xlsx" + link);
        try {
            outcome = service.search(user, criteria);
        } catch (AuditUnavailableException e) {
            failed(getTranslation("audit.unavailable"));
            return;
        } catch (RuntimeException e) {
            log.warn("search failed for {}: {}", user.username(), Problems.describe(e));
            failed(getTranslation("search.failed"));
            return;
        }
        render();
    }

    private void failed(String message) {
        outcome = null;
        understood.setText("");
        total.setText(message);
        notice.setText("");
        facets.removeAll();
        grid.setItems(List.of());
    }

    private void render() {
        boolean typed = !criteria.text().isBlank();
        understood.setText(typed ? getTranslation("search.understood",
                explanation.describe(outcome.parsed(), outcome.expansions())) : "");
        understood.setVisible(typed);
        total.setText(outcome.groups() >= 0 && outcome.groups() < outcome.total()
                ? getTranslation("search.total.groups", outcome.total(), outcome.groups())
                : getTranslation("search.total", outcome.total()));
        notice.setText(outcome.total() == 0 ? getTranslation("search.none") : "");
        renderFacets();
        ResultCursor cursor = outcome.results();
        grid.setItems(q -> {
            List<ResultItem> rows = cursor.fetch(q.getOffset(), q.getLimit());
            if (cursor.capped()) {
                notice.setText(getTranslation("search.browseLimit", service.settings().maxBrowse()));
            }
            return rows.stream();
        });
    }

    // --- facets and chips --------------------------------------------------------------------------------

    private void renderFacets() {
        facets.removeAll();
        Checkbox overdue = flag(getTranslation("search.facet.overdue"), outcome.overdueCount(), criteria.overdue(),
                on -> navigate(criteria.withOverdue(on)));
        overdue.setId("facet-overdue");
        Checkbox collective = flag(getTranslation("search.facet.collective",
                service.settings().collectiveHeadcount()), outcome.collectiveCount(), criteria.collective(),
                on -> navigate(criteria.withCollective(on)));
        collective.setId("facet-collective");
        Details flags = new Details(getTranslation("search.facet.flags"), new VerticalLayout(overdue, collective));
        flags.setOpened(true);
        facets.add(flags);
        for (SearchField field : FACET_ORDER) {
            if (!outcome.facets().containsKey(field)) {
                facets.add(onDemandFacet(field));
                continue;
            }
            List<FacetCount> counts = outcome.facets().get(field);
            if (counts.isEmpty() && criteria.values(field).isEmpty()) {
                continue;
            }
            Details details = new Details(getTranslation(field.labelKey()), facetValues(field, counts));
            details.setId("facet-" + field.parameter());
            details.setOpened(!criteria.values(field).isEmpty() || FACET_ORDER.indexOf(field) < 4);
            facets.add(details);
        }
    }

    /** A closed panel whose counts are asked for when it is opened (SearchQuery.ON_DEMAND). */
    private Details onDemandFacet(SearchField field) {
        Details details = new Details(getTranslation(field.labelKey()));
        details.setId("facet-" + field.parameter());
        SearchCriteria asked = criteria;
        Span failed = new Span(getTranslation("search.facet.failed"));
        details.addOpenedChangeListener(e -> {
            if (!e.isOpened() || details.getContent().anyMatch(c -> c != failed)) {
                return;
            }
            failed.getParent().ifPresent(parent -> details.remove(failed));
            try {
                details.add(facetValues(field, service.facet(user, asked, field)));
            } catch (RuntimeException ex) {
                // Shown in the panel; opening it again tries again.
                log.warn("facet {} failed for {}: {}", field, user.username(), Problems.describe(ex));
                details.add(failed);
            }
        });
        return details;
    }

    /** The values of a facet with their counts as checkboxes; chosen values are listed even when not counted. */
    private VerticalLayout facetValues(SearchField field, List<FacetCount> counted) {
        List<FacetCount> counts = new ArrayList<>(counted);
        for (String chosen : criteria.values(field)) {
            if (counts.stream().noneMatch(c -> c.value().equals(chosen))) {
                counts.add(new FacetCount(field, chosen, 0));
            }
        }
        VerticalLayout values = new VerticalLayout();
        values.setPadding(false);
        values.setSpacing(false);
        if (counts.isEmpty()) {
            values.add(new Span(getTranslation("search.facet.empty")));
        }
        for (FacetCount count : counts) {
            Checkbox box = new Checkbox(getTranslation("search.facet.count", label(field, count.value()),
                    count.count()));
            box.setValue(criteria.values(field).contains(count.value()));
            box.getElement().setAttribute("data-facet", field.parameter());
            box.getElement().setAttribute("data-value", count.value());
            box.addValueChangeListener(e -> navigate(criteria.toggle(field, count.value())));
            values.add(box);
        }
        return values;
    }

    private Checkbox flag(String label, long count, boolean on, java.util.function.Consumer<Boolean> change) {
        Checkbox box = new Checkbox(getTranslation("search.facet.count", label, count));
        box.setValue(on);
        box.addValueChangeListener(e -> change.accept(e.getValue()));
        return box;
    }

    private void renderChips() {
        chips.removeAll();
        criteria.filters().forEach((field, values) -> values.forEach(value -> chips.add(chip(
                getTranslation("search.chip.filter", getTranslation(field.labelKey()), label(field, value)),
                criteria.without(field, value)))));
        if (criteria.overdue()) {
            chips.add(chip(getTranslation("search.chip.overdue"), criteria.withOverdue(false)));
        }
        if (criteria.collective()) {
            chips.add(chip(getTranslation("search.chip.collective"), criteria.withCollective(false)));
        }
        if (criteria.dates().preset() != DateRange.Preset.ANY) {
            String range = criteria.dates().preset() == DateRange.Preset.CUSTOM
                    ? Objects.toString(criteria.dates().from(), "") + " – " + Objects.toString(criteria.dates().to(), "")
                    : getTranslation("search.date." + criteria.dates().preset().name());
            chips.add(chip(getTranslation("search.chip.date", range), criteria.withDates(DateRange.ANY)));
        }
        if (chips.getComponentCount() > 1) {
            Button clear = new Button(getTranslation("search.chips.clear"), e -> navigate(SearchCriteria.ofText(criteria.text())
                    .withSort(criteria.sort()).withFoldDuplicates(criteria.foldDuplicates())));
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            clear.setId("clear-filters");
            chips.add(clear);
        }
        chips.setVisible(chips.getComponentCount() > 0);
    }

    private Component chip(String text, SearchCriteria withoutIt) {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> navigate(withoutIt));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("search.chip.remove", text));
        Span chip = new Span(new Span(text), remove);
        chip.addClassName("filter-chip");
        chip.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "2px")
                .set("padding", "0 4px 0 10px").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-primary-color-10pct)").set("font-size", "var(--lumo-font-size-s)");
        return chip;
    }

    private String label(SearchField field, String value) {
        return Explanation.valueLabel(this::getTranslation, field, value);
    }

    // --- result rows -------------------------------------------------------------------------------------

    private Component card(ResultItem item) {
        Anchor title = SegmentText.into(new Anchor(recordLink(item.id()), ""), item.title());
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        title.addClassName("result-title");

        HorizontalLayout meta = new HorizontalLayout();
        meta.setSpacing(false);
        meta.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap")
                .set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        if (item.source() != null) {
            meta.add(badge(getTranslation("source." + item.source().name()), "var(--lumo-primary-color-10pct)"));
        }
        if (item.date() != null) {
            meta.add(new Span(DAY.format(item.date())));
        }
        String place = (Objects.toString(item.district(), "") + " " + Objects.toString(item.township(), "")).strip();
        if (!place.isEmpty()) {
            meta.add(new Span(place));
        }
        if (item.status() != null) {
            meta.add(new Span(label(SearchField.STATUS, item.status())));
        }
        if (item.channel() != null) {
            meta.add(new Span(label(SearchField.CHANNEL, item.channel())));
        }
        if (item.category() != null) {
            meta.add(new Span(item.category()));
        }
        for (Deadlines.Badge badge : item.badges()) {
            boolean alarming = badge.kind() == Deadlines.Kind.PROCEDURAL_OVERDUE
                    || badge.kind() == Deadlines.Kind.SUBSTANTIVE_OVERDUE;
            meta.add(badge(getTranslation("search.badge." + badge.kind().name(), badge.amount()),
                    alarming ? "var(--lumo-error-color-10pct)" : "var(--lumo-contrast-10pct)"));
        }
        if (item.riskLevel() != null) {
            meta.add(badge(label(SearchField.RISK_LEVEL, item.riskLevel()), "var(--lumo-error-color-10pct)"));
        }

        VerticalLayout card = new VerticalLayout(title, meta);
        card.setPadding(false);
        card.setSpacing(false);
        card.addClassName("result-card");
        card.getElement().setAttribute("data-id", item.id());
        for (List<Highlights.Segment> snippet : item.snippets()) {
            Paragraph p = SegmentText.into(new Paragraph(), snippet);
            p.getStyle().set("margin", "2px 0").set("font-size", "var(--lumo-font-size-s)");
            p.addClassName("snippet");
            card.add(p);
        }
        if (item.duplicates() > 0) {
            Button toggle = new Button(getTranslation("search.duplicates", item.duplicates()));
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            toggle.addClassName("duplicates-toggle");
            toggle.addClickListener(e -> {
                boolean show = !grid.isDetailsVisible(item);
                grid.setDetailsVisible(item, show);
                toggle.setText(show ? getTranslation("search.duplicates.hide")
                        : getTranslation("search.duplicates", item.duplicates()));
            });
            card.add(toggle);
        }
        return card;
    }

    private Component duplicatesOf(ResultItem item) {
        VerticalLayout list = new VerticalLayout();
        list.addClassName("duplicates");
        list.getStyle().set("padding-left", "var(--lumo-space-l)");
        if (item.duplicateGroup() == null || item.duplicates() == 0) {
            return list;
        }
        try {
            list.add(new Span(getTranslation("search.duplicates.title")));
            for (ResultItem other : service.duplicates(user, criteria, item.duplicateGroup())) {
                if (other.id().equals(item.id())) {
                    continue;
                }
                Anchor link = SegmentText.into(new Anchor(recordLink(other.id()), ""), other.title());
                Span when = new Span((other.date() == null ? "" : DAY.format(other.date())) + " "
                        + Objects.toString(other.district(), ""));
                when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-left", "var(--lumo-space-s)");
                Div row = new Div(link, when);
                row.addClassName("duplicate-row");
                list.add(row);
            }
        } catch (RuntimeException e) {
            log.warn("duplicates of {} not loaded: {}", item.duplicateGroup(), Problems.describe(e));
            list.add(new Span(getTranslation("search.failed")));
        }
        return list;
    }

    private static Span badge(String text, String background) {
        Span badge = new Span(text);
        badge.addClassName("badge");
        badge.getStyle().set("background", background).set("border-radius", "var(--lumo-border-radius-s)")
                .set("padding", "0 6px").set("color", "var(--lumo-body-text-color)");
        return badge;
    }

    static String recordLink(String id) {
        return "records/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code ?a=1&b=2}, form-encoded (a literal + in a value must not come back as a space). */
    static String parameters(Map<String, List<String>> params) {
        if (params.isEmpty()) {
            return "";
        }
        StringJoiner query = new StringJoiner("&", "?", "");
        params.forEach((name, values) -> values.forEach(v -> query.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return query.toString();
    }

    // --- saved searches ----------------------------------------------------------------------------------

    private void renderAlertCount() {
        try {
            long unseen = alerts.unseenCount(user);
            newAlerts.setText(getTranslation("search.alerts", unseen));
            newAlerts.setVisible(unseen > 0);
        } catch (RuntimeException e) {
            newAlerts.setVisible(false);
        }
    }

    /** Read once per page and again after each change here, not with every search. */
    private void renderSaved() {
        savedList.removeAll();
        savedShown = true;
        List<SavedSearch> mine;
        try {
            mine = saved.list(user);
        } catch (RuntimeException e) {
            log.warn("saved searches of {} not loaded: {}", user.username(), Problems.describe(e));
            return;
        }
        if (mine.isEmpty()) {
            savedList.add(new Span(getTranslation("search.saved.none")));
        }
        for (SavedSearch s : mine) {
            Anchor open = new Anchor("search" + parameters(s.criteria().toParameters()), s.name());
            Checkbox alerting = new Checkbox(getTranslation("search.saved.alerting"), s.alerting());
            alerting.addValueChangeListener(e -> {
                saved.setAlerting(user, s.id(), e.getValue());
                renderSaved();
            });
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> {
                saved.delete(user, s.id());
                renderSaved();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            delete.setAriaLabel(getTranslation("search.saved.delete"));
            HorizontalLayout row = new HorizontalLayout(open, alerting, delete);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("saved-search");
            savedList.add(row);
        }
    }

    private void openSaveDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("search.save"));
        TextField name = new TextField(getTranslation("search.save.name"));
        name.setId("save-name");
        name.setValue(criteria.text().length() > 40 ? criteria.text().substring(0, 40) : criteria.text());
        name.setWidthFull();
        Checkbox alerting = new Checkbox(getTranslation("search.save.alerting"));
        alerting.setId("save-alerting");
        Button save = new Button(getTranslation("search.save.submit"), e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("search.save.nameRequired"));
                return;
            }
            SavedSearch s = saved.save(user, name.getValue(), criteria, alerting.getValue());
            dialog.close();
            Notification.show(getTranslation("search.save.done", s.name()));
            renderSaved();
        });
        save.setId("save-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("search.save.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(name, alerting));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }
}
