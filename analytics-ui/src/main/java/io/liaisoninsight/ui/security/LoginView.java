package io.liaisoninsight.ui.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The login page: the password form (posting to Spring Security's {@code /login}) when users are
 * configured, a link per single-sign-on provider when one is. Explains a failed login by the query
 * parameter {@link LoginAuditing} redirects with: wrong credentials, locked, audit trail unavailable.
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "login";

    /** Login failure parameter → message key of the explanation. */
    private static final Map<String, String> ERRORS = Map.of(
            LoginAuditing.ERROR, "login.error.credentials",
            LoginAuditing.LOCKED, "login.error.locked",
            LoginAuditing.UNAVAILABLE, "login.error.unavailable");

    private final LoginForm form = new LoginForm();
    private final CurrentUsers currentUsers;

    LoginView(UserDirectory users, CurrentUsers currentUsers, ObjectProvider<ClientRegistrationRepository> oidcClients) {
        this.currentUsers = currentUsers;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction(ROUTE);
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n("login.error.credentials"));
        form.setVisible(users.hasLocalUsers());
        add(new H1(getTranslation("app.name")), form);
        for (ClientRegistration client : registrations(oidcClients.getIfAvailable())) {
            Anchor sso = new Anchor("oauth2/authorization/" + client.getRegistrationId(),
                    getTranslation("login.sso", client.getClientName()));
            // A server endpoint, not a Vaadin route: let the browser follow it.
            sso.setRouterIgnore(true);
            add(sso);
        }
        Paragraph notice = new Paragraph(getTranslation("login.notice"));
        notice.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("max-width", "28em").set("text-align", "center");
        add(notice);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUsers.current().isPresent()) {
            // Already signed in (e.g. a bookmarked login page): go to the start page.
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        ERRORS.forEach((parameter, messageKey) -> {
            if (parameters.containsKey(parameter)) {
                form.setI18n(i18n(messageKey));
                form.setError(true);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }

    private LoginI18n i18n(String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation(errorKey));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    private static List<ClientRegistration> registrations(ClientRegistrationRepository repository) {
        if (repository instanceof Iterable<?> all) {
            List<ClientRegistration> found = new ArrayList<>();
            all.forEach(r -> found.add((ClientRegistration) r));
            return found;
        }
        return List.of();
    }
}
