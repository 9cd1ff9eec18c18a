package io.liaisoninsight.ui.security;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.audit.AuditLog;
import io.liaisoninsight.ui.audit.AuditOutcome;
import io.liaisoninsight.ui.audit.AuditUnavailableException;
import io.liaisoninsight.ui.system.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Shown when a signed-in user opens a page their role does not allow (Vaadin's navigation access
 * control raises {@link AccessDeniedException}); written to the audit trail. The refusal stands even if
 * the audit entry cannot be written.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class RouteDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(RouteDeniedView.class);

    private final CurrentUsers users;
    private final AuditLog audit;

    RouteDeniedView(CurrentUsers users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String path = "/" + event.getLocation().getPath();
        users.current().ifPresent(user -> {
            try {
                audit.record(user, AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, path, null,
                        Map.of("reason", NotPermittedException.Reason.ROLE_REQUIRED.name()));
            } catch (AuditUnavailableException e) {
                log.warn("refused {} to {} without an audit entry", path, user.username());
            }
        });
        DeniedPage.render(this, getTranslation("denied.title"), getTranslation("denied.ROLE_REQUIRED"),
                getTranslation("denied.home"));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("denied.title") + " · " + getTranslation("app.name");
    }
}
