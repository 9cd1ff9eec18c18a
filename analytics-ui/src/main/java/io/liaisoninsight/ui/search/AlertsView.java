package io.liaisoninsight.ui.search;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.liaisoninsight.ui.audit.AuditUnavailableException;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.CurrentUsers;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.system.Problems;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * New records matching the user's alerting saved searches, each with the saved search it came from and
 * the words that matched. Opening the page checks the user's searches first, so alerts are current
 * even between scheduled checks (and for single-sign-on users, whom the schedule cannot act for).
 */
@Route("alerts")
@Menu(title = "nav.alerts", order = 15)
@RolesAllowed({Role.Names.LEADER, Role.Names.ANALYST, Role.Names.LIAISON_OFFICER})
class AlertsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(AlertsView.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final SearchAlerts alerts;
    private final CurrentUser user;
    private final VerticalLayout list = new VerticalLayout();

    AlertsView(SearchAlerts alerts, CurrentUsers users) {
        this.alerts = alerts;
        this.user = users.require();
        list.setId("alerts");
        list.setPadding(false);
        Button check = new Button(getTranslation("alerts.check"), e -> refresh(true));
        check.setId("alerts-check");
        add(new H2(getTranslation("alerts.title")), check, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerts.title") + " · " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh(true);
    }

    private void refresh(boolean check) {
        list.removeAll();
        List<SearchAlerts.Alert> unseen;
        try {
            if (check) {
                alerts.check(user);
            }
            unseen = alerts.unseen(user);
        } catch (AuditUnavailableException e) {
            list.add(new Span(getTranslation("audit.unavailable")));
            return;
        } catch (RuntimeException e) {
            log.warn("alerts of {} not loaded: {}", user.username(), Problems.describe(e));
            list.add(new Span(getTranslation("engine.unavailable")));
            return;
        }
        if (unseen.isEmpty()) {
            list.add(new Span(getTranslation("alerts.none")));
            return;
        }
        Button all = new Button(getTranslation("alerts.markAllSeen"), e -> {
            alerts.markSeen(user, unseen.stream().map(SearchAlerts.Alert::id).toList());
            refresh(false);
        });
        all.setId("alerts-mark-all");
        list.add(all);
        unseen.forEach(a -> list.add(row(a)));
    }

    private Component row(SearchAlerts.Alert alert) {
        ResultItem record = alert.record();
        Anchor title = SegmentText.into(new Anchor(SearchView.recordLink(record.id()), ""), record.title());
        title.getStyle().set("font-weight", "600");
        Span meta = new Span(getTranslation("alerts.from", alert.savedSearchName()) + " · "
                + (record.date() == null ? "" : DAY.format(record.date())) + " " + Objects.toString(record.district(), ""));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span reason = new Span(alert.matchedTerms().isEmpty() ? getTranslation("alerts.matchedFilters")
                : getTranslation("alerts.matched", String.join(getTranslation("list.separator"), alert.matchedTerms())));
        reason.addClassName("alert-reason");
        Button seen = new Button(getTranslation("alerts.markSeen"), e -> {
            alerts.markSeen(user, List.of(alert.id()));
            refresh(false);
        });
        seen.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div text = new Div(title, new Div(meta), new Div(reason));
        HorizontalLayout row = new HorizontalLayout(text, seen);
        row.addClassName("alert");
        row.getElement().setAttribute("data-record", record.id());
        return row;
    }
}
