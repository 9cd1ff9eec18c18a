package io.liaisoninsight.ui.visitnote;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.ui.audit.AuditUnavailableException;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.CurrentUsers;
import io.liaisoninsight.ui.security.Role;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /visit-notes/new} (liaison officers only): the form, submitted through {@link VisitNoteService},
 * which takes office, officer and place from the account, checks the contract, publishes and audits.
 */
@Route("visit-notes/new")
@Menu(title = "nav.visitNote", order = 20)
@RolesAllowed(Role.Names.LIAISON_OFFICER)
class VisitNoteView extends VerticalLayout implements HasDynamicTitle {

    private final VisitNoteService notes;
    private final CurrentUser user;
    final Div result = new Div();
    final Div errors = new Div();
    VisitNoteForm form;

    VisitNoteView(VisitNoteService notes, CurrentUsers users, Clock clock) {
        this.notes = notes;
        this.user = users.require();
        add(new H2(getTranslation("visitnote.title")));
        result.setId("visit-note-result");
        errors.setId("visit-note-errors");
        errors.getStyle().set("color", "var(--lumo-error-text-color)");
        if (user.office() == null) {
            errors.setText(getTranslation("visitnote.error.noOffice"));
            add(errors);
            return;
        }
        if (notes.townships(user).isEmpty()) {
            errors.setText(getTranslation("visitnote.error.noTownship"));
            add(errors);
            return;
        }
        add(new Paragraph(getTranslation("visitnote.intro", user.office(), user.displayName())));
        Map<String, Integer> limits = new LinkedHashMap<>();
        for (String field : List.of(Fields.VisitNote.VILLAGE, Fields.TITLE, Fields.CONTENT)) {
            limits.put(field, notes.maxLength(field));
        }
        form = new VisitNoteForm(notes.townships(user), LocalDateTime.now(clock), limits);
        form.addSubmitListener(e -> submit(e.draft));
        add(form, errors, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("visitnote.title") + " · " + getTranslation("app.name");
    }

    private void submit(VisitNoteDraft draft) {
        errors.setText("");
        result.setText("");
        try {
            VisitNoteService.Submitted submitted = notes.submit(user, draft);
            form.show(List.of());
            form.clearText();
            String text = getTranslation(submitted.audited() ? "visitnote.submitted" : "visitnote.submittedNotAudited",
                    submitted.id());
            result.setText(text);
            Notification.show(text).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (VisitNoteService.Invalid e) {
            List<VisitNoteProblem> elsewhere = form.show(e.problems());
            errors.setText(elsewhere.stream().map(p -> p.message(this::getTranslation))
                    .collect(Collectors.joining("; ")));
        } catch (VisitNoteService.NotSent e) {
            showError("visitnote.error.notSent");
        } catch (AuditUnavailableException e) {
            showError("visitnote.error.audit");
        }
    }

    private void showError(String key) {
        String text = getTranslation(key);
        errors.setText(text);
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
