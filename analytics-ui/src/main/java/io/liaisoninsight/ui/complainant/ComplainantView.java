package io.liaisoninsight.ui.complainant;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.liaisoninsight.ui.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * Placeholder of the complainant profile ({@code /complainants/:identityId}) that the record page links
 * to. It shows no personal data yet (so there is nothing to audit); the profile feature replaces it and
 * audits each view ({@code PROFILE_VIEW}).
 */
@Route("complainants/:identityId")
@RolesAllowed({Role.Names.LEADER, Role.Names.ANALYST})
class ComplainantView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Paragraph text = new Paragraph();

    ComplainantView() {
        add(new H2(getTranslation("complainant.title")), text);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        text.setText(getTranslation("complainant.placeholder", event.getRouteParameters().get("identityId").orElse("")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complainant.title") + " · " + getTranslation("app.name");
    }
}
