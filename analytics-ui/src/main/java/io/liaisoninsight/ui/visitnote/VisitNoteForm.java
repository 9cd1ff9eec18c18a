package io.liaisoninsight.ui.visitnote;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.ui.security.Scope;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The officer's part of a visit note: township (only among their own, fixed if they have one), village,
 * visited time, function, urgency, title, content. Knows no service (as flow-crm's forms): "submit" fires
 * {@link SubmitEvent}; the view submits and hands problems back with {@link #show(List)}.
 */
class VisitNoteForm extends FormLayout {

    final Select<Scope.Township> township = new Select<>();
    final TextField village = new TextField();
    final DateTimePicker visitedAt = new DateTimePicker();
    final Select<VisitNoteDraft.Function> function = new Select<>();
    final Select<VisitNoteDraft.Urgency> urgency = new Select<>();
    final TextField title = new TextField();
    final TextArea content = new TextArea();
    final Button submit = new Button();

    VisitNoteForm(List<Scope.Township> townships, LocalDateTime now, Map<String, Integer> maxLengths) {
        setId("visit-note-form");
        township.setLabel(getTranslation("visitnote.field.township"));
        township.setItems(townships);
        township.setItemLabelGenerator(Scope.Township::toString);
        if (!townships.isEmpty()) {
            township.setValue(townships.get(0));
        }
        township.setReadOnly(townships.size() == 1);
        village.setLabel(getTranslation("visitnote.field.village"));
        visitedAt.setLabel(getTranslation("visitnote.field.visitedAt"));
        visitedAt.setValue(now.withSecond(0).withNano(0));
        visitedAt.setMax(now);
        function.setLabel(getTranslation("visitnote.field.function"));
        function.setItems(VisitNoteDraft.Function.values());
        function.setItemLabelGenerator(f -> getTranslation("visitnote.function." + f.name()));
        urgency.setLabel(getTranslation("visitnote.field.urgency"));
        urgency.setItems(VisitNoteDraft.Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation("visitnote.urgency." + u.name()));
        urgency.setValue(VisitNoteDraft.Urgency.ROUTINE);
        title.setLabel(getTranslation("visitnote.field.title"));
        title.setId("visit-note-title");
        content.setLabel(getTranslation("visitnote.field.content"));
        content.setId("visit-note-content");
        content.setMinHeight("12em");
        // Counters only; the limits are enforced on the server against the contract.
        maxLengths.forEach((field, max) -> {
            if (max > 0) {
                switch (field) {
                    case Fields.VisitNote.VILLAGE -> village.setHelperText("≤ " + max);
                    case Fields.TITLE -> title.setHelperText("≤ " + max);
                    case Fields.CONTENT -> content.setHelperText("≤ " + max);
                    default -> { }
                }
            }
        });
        submit.setText(getTranslation("visitnote.submit"));
        submit.setId("visit-note-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> fireEvent(new SubmitEvent(this, draft())));
        add(township, village, visitedAt, function, urgency, title, content, submit);
        setColspan(title, 2);
        setColspan(content, 2);
    }

    VisitNoteDraft draft() {
        return new VisitNoteDraft(township.getValue(), village.getValue(), visitedAt.getValue(), function.getValue(),
                urgency.getValue(), title.getValue(), content.getValue());
    }

    /**
     * Marks the fields named by the problems; returns the problems no field of this form shows (e.g. the
     * office, which comes from the account).
     */
    List<VisitNoteProblem> show(List<VisitNoteProblem> problems) {
        for (HasValidation field : List.of(township, village, visitedAt, function, urgency, title, content)) {
            field.setInvalid(false);
        }
        return problems.stream().filter(p -> {
            HasValidation field = field(p.field());
            if (field == null) {
                return true;
            }
            field.setErrorMessage(p.message(this::getTranslation));
            field.setInvalid(true);
            return false;
        }).toList();
    }

    void clearText() {
        village.clear();
        title.clear();
        content.clear();
        function.clear();
    }

    private HasValidation field(String name) {
        return switch (name) {
            case Fields.TOWNSHIP, Fields.DISTRICT -> township;
            case Fields.VisitNote.VILLAGE -> village;
            case Fields.VisitNote.VISITED_AT -> visitedAt;
            case Fields.VisitNote.FUNCTION -> function;
            case Fields.VisitNote.URGENCY -> urgency;
            case Fields.TITLE -> title;
            case Fields.CONTENT -> content;
            default -> null;
        };
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    static final class SubmitEvent extends ComponentEvent<VisitNoteForm> {
        final VisitNoteDraft draft;

        SubmitEvent(VisitNoteForm source, VisitNoteDraft draft) {
            super(source, false);
            this.draft = draft;
        }
    }
}
