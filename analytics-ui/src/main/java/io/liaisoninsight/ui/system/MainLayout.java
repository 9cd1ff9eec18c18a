package io.liaisoninsight.ui.system;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.CurrentUsers;
import io.liaisoninsight.ui.security.ScopeLabels;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every page but the login page ({@code @Layout} applies it automatically): the
 * menu, the signed-in user with roles and scope, and logout. The menu lists the {@code @Menu} views the
 * user's roles allow (Vaadin filters them), so a new feature's view appears by itself.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(CurrentUsers users) {
        Span title = new Span(getTranslation("app.name"));
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.expand(title);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        users.current().ifPresent(user -> bar.add(userLine(user), logout(users)));
        addToNavbar(bar);

        SideNav menu = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            menu.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
        }
        addToDrawer(menu);
    }

    private Span userLine(CurrentUser user) {
        Span line = new Span(getTranslation("layout.user", user.displayName(), ScopeLabels.roles(this, user),
                ScopeLabels.scope(this, user.scope())));
        line.setId("current-user");
        line.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return line;
    }

    private Button logout(CurrentUsers users) {
        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(), e -> users.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        return logout;
    }
}
