package io.liaisoninsight.ui.security;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * For administrators: the users configured in {@code liaison.security.users} with their roles and
 * scopes, to check a configuration change. Read-only: users are maintained in configuration (see
 * README), single-sign-on users in the identity provider. (The search synonym dictionary will be
 * administered with the search feature, not here yet.)
 */
@Route("admin/users")
@Menu(title = "nav.users", order = 90)
@RolesAllowed(Role.Names.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    UsersView(UserDirectory users) {
        Grid<CurrentUser> grid = new Grid<>();
        grid.addColumn(CurrentUser::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(CurrentUser::displayName).setHeader(getTranslation("users.displayName")).setAutoWidth(true);
        grid.addColumn(u -> ScopeLabels.roles(this, u)).setHeader(getTranslation("users.roles")).setAutoWidth(true);
        grid.addColumn(u -> ScopeLabels.scope(this, u.scope())).setHeader(getTranslation("users.scope"))
                .setAutoWidth(true);
        grid.addColumn(u -> u.office() == null ? "" : u.office()).setHeader(getTranslation("users.office"))
                .setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.canUnmask() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("users.unmask")).setAutoWidth(true);
        // A handful of configured users: no lazy loading needed.
        grid.setItems(users.configuredUsers());
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("users.title")), new Paragraph(getTranslation("users.explanation")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }
}
