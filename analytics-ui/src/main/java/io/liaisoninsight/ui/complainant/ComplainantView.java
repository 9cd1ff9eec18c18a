package io.liaisoninsight.ui.complainant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.CurrentUsers;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.security.ScopeLabels;
import io.liaisoninsight.ui.system.ItemView;
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
class ComplainantView extends ItemView {

    private final ComplainantService profiles;
    private final CurrentUser user;
    private final Clock clock;

    ComplainantView(ComplainantService profiles, CurrentUsers users, Clock clock) {
        super("identityId", "complainant.title");
        this.profiles = profiles;
        this.user = users.require();
        this.clock = clock;
    }

    @Override
    protected void show(String id) {
        render(profiles.read(user, id, false));
    }

    private void render(ComplainantProfile profile) {
        removeAll();
        String names = String.join(getTranslation("list.separator"), profile.names());
        setTitle(names + " · " + getTranslation("complainant.title"));
        add(new H2(names));
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
                        e -> act(() -> render(profiles.read(user, profile.identityId(), true))));
                reveal.setId("unmask");
                add(reveal);
            } else if (!profile.masked()) {
                add(new Span(getTranslation("complainant.unmasked")));
            }
        }
        add(new MatterGrid(profile.matters(), clock.getZone()));
    }
}
