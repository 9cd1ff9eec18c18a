package io.liaisoninsight.ui.meeting;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import java.time.LocalDate;

/**
 * Records a decision, instruction (批示) or follow-up (督办): kind, text, owner, due date. Knows no service
 * (as flow-crm's forms): "save" fires {@link SaveEvent}, the view stores it.
 */
class DecisionForm extends FormLayout {

    final Select<Decision.Kind> kind = new Select<>();
    final TextArea text = new TextArea();
    final TextField owner = new TextField();
    final DatePicker dueAt = new DatePicker();
    final Button save = new Button();

    DecisionForm() {
        setId("decision-form");
        kind.setLabel(getTranslation("meeting.decision.kind"));
        kind.setItems(Decision.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("meeting.decision.kind." + k.name()));
        kind.setValue(Decision.Kind.DECISION);
        text.setLabel(getTranslation("meeting.decision.text"));
        text.setMaxLength(Decision.MAX_TEXT);
        text.setRequired(true);
        owner.setLabel(getTranslation("meeting.decision.owner"));
        dueAt.setLabel(getTranslation("meeting.decision.due"));
        save.setText(getTranslation("meeting.decision.save"));
        save.setId("decision-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation("meeting.decision.textRequired"));
                return;
            }
            fireEvent(new SaveEvent(this, kind.getValue(), text.getValue(), owner.getValue(), dueAt.getValue()));
            text.clear();
            owner.clear();
            dueAt.clear();
            text.setInvalid(false);
        });
        add(kind, owner, dueAt, text, save);
        setColspan(text, 2);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<DecisionForm> {
        final Decision.Kind kind;
        final String text;
        final String owner;
        final LocalDate dueAt;

        SaveEvent(DecisionForm source, Decision.Kind kind, String text, String owner, LocalDate dueAt) {
            super(source, false);
            this.kind = kind;
            this.text = text;
            this.owner = owner;
            this.dueAt = dueAt;
        }
    }
}
