package io.liaisoninsight.ui.security;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import io.liaisoninsight.ui.system.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when a view refuses data by {@link NotPermittedException} (e.g. a record id of another district
 * typed into the address bar). The service that threw has already audited the refusal.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class NotPermittedView extends VerticalLayout implements HasErrorParameter<NotPermittedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotPermittedException> parameter) {
        DeniedPage.render(this, getTranslation("denied.title"), getTranslation(parameter.getException().messageKey()),
                getTranslation("denied.home"));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("denied.title") + " · " + getTranslation("app.name");
    }
}
