package io.liaisoninsight.ui.complainant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.liaisoninsight.ui.audit.AuditUnavailableException;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.CurrentUsers;
import io.liaisoninsight.ui.security.NotPermittedException;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.security.ScopeLabels;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;

/**
 * A complainant's profile ({@code /complainants/:identityId}, linked from the record page's other
 * contacts): names, figures, how the contacts were linked, contact details (masked; users allowed to
 * unmask get a button, audited) and the matters with deadlines, each linking to its record. Only the
 * user's in-scope matters, through {@link ComplainantService}, which audits the view; a profile without
 * any shows the "no permission" page.
 */
@Route("complainants/:identityId")
@RolesAllowed({Role.Names.LEADER, Role.Names.ANALYST})
class ComplainantView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ComplainantService profiles;
    private final CurrentUser user;
    private final Clock clock;
    private String title = "";

    ComplainantView(ComplainantService profiles, CurrentUsers users, Clock clock) {
        this.profiles = profiles;
        this.user = users.require();
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("identityId").orElse("");
        try {
            render(profiles.read(user, id, false));
        } catch (NotPermittedException e) {
            event.rerouteToError(e, e.getMessage());
        } catch (ComplainantNotFoundException e) {
            message(getTranslation("complainant.notFound"));
        } catch (AuditUnavailableException e) {
            message(getTranslation("audit.unavailable"));
        }
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("complainant.title") : title + " · " + getTranslation("complainant.title"))
                + " · " + getTranslation("app.name");
    }

    private void reveal(String id) {
        try {
            render(profiles.read(user, id, true));
        } catch (AuditUnavailableException e) {
            message(getTranslation("audit.unavailable"));
        }
    }

    private void render(ComplainantProfile profile) {
        removeAll();
        title = String.join(getTranslation("list.separator"), profile.names());
        add(new H2(title));
        if (profile.requestedId() != null) {
            add(new Span(getTranslation("complainant.merged", profile.requestedId())));
        }
        Span scope = new Span(getTranslation("complainant.scopeNote", ScopeLabels.scope(this, user.scope())));
        scope.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(scope, new ProfileHeader(profile, clock.getZone()));
        if (!profile.contacts().isEmpty()) {
            add(new ContactGrid(profile.contacts()));
            if (profile.masked() && user.canUnmask()) {
                Button reveal = new Button(getTranslation("complainant.unmask"), VaadinIcon.EYE.create(),
                        e -> reveal(profile.identityId()));
                reveal.setId("unmask");
                add(reveal);
            } else if (!profile.masked()) {
                add(new Span(getTranslation("complainant.unmasked")));
            }
        }
        add(new MatterGrid(profile.matters(), clock.getZone()));
    }

    private void message(String text) {
        removeAll();
        add(new Div(text));
    }
}
