package io.liaisoninsight.ui.system;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import io.liaisoninsight.ui.audit.AuditUnavailableException;
import io.liaisoninsight.ui.security.NotPermittedException;

/**
 * A page of one item by the id in its route ({@code /records/:id}). The feature's service reads it, checks
 * the scope and audits; here the outcomes every such page shares are shown: out of scope → the "no
 * permission" page, no such id → the feature's message, audit trail unavailable → a message (nothing shown
 * unaudited).
 */
public abstract class ItemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String idParameter;
    private final String defaultTitleKey;
    private String title = "";

    /** @param idParameter the route's id parameter; @param defaultTitleKey page title until an item is shown */
    protected ItemView(String idParameter, String defaultTitleKey) {
        this.idParameter = idParameter;
        this.defaultTitleKey = defaultTitleKey;
    }

    /** Reads the item through its service and renders it (replacing what is shown). */
    protected abstract void show(String id);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(idParameter).orElse("");
        try {
            show(id);
        } catch (NotPermittedException e) {
            event.rerouteToError(e, e.getMessage());
        } catch (ItemNotFoundException e) {
            message(getTranslation(e.messageKey()));
        } catch (AuditUnavailableException e) {
            message(getTranslation("audit.unavailable"));
        }
    }

    /** Runs an action on the shown item that reads or writes it again (unmask, a decision). */
    protected void act(Runnable action) {
        try {
            action.run();
        } catch (NotPermittedException e) {
            message(getTranslation(e.messageKey()));
        } catch (ItemNotFoundException e) {
            message(getTranslation(e.messageKey()));
        } catch (AuditUnavailableException e) {
            message(getTranslation("audit.unavailable"));
        }
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation(defaultTitleKey) : title) + " · " + getTranslation("app.name");
    }

    protected void setTitle(String title) {
        this.title = title;
    }

    private void message(String text) {
        removeAll();
        add(new Div(text));
    }
}
