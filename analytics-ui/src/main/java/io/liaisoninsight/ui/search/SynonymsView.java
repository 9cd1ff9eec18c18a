package io.liaisoninsight.ui.search;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.liaisoninsight.ui.audit.AuditUnavailableException;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.CurrentUsers;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.system.Problems;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Administrators edit the search synonym dictionary (one group per line) and try it on a word. Saving
 * applies it to every search at once (query-time expansion: no reindexing) and is audited.
 */
@Route("admin/synonyms")
@Menu(title = "nav.synonyms", order = 95)
@RolesAllowed(Role.Names.ADMIN)
class SynonymsView extends VerticalLayout implements HasDynamicTitle {

    private final SynonymStore store;
    private final CurrentUser user;
    private final DateTimeFormatter time;
    private final TextArea text = new TextArea();
    private final Span version = new Span();
    private final TextField tryWord = new TextField();
    private final Span tryResult = new Span();

    SynonymsView(SynonymStore store, CurrentUsers users, java.time.Clock clock) {
        this.store = store;
        this.user = users.require();
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        text.setId("synonyms-text");
        text.setLabel(getTranslation("synonyms.text"));
        text.setWidthFull();
        text.setHeight("24rem");
        version.setId("synonyms-version");
        Button save = new Button(getTranslation("synonyms.save"), e -> save());
        save.setId("synonyms-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("synonyms.reset"), e -> reset());
        reset.setId("synonyms-reset");
        tryWord.setLabel(getTranslation("synonyms.try"));
        tryWord.setId("synonyms-try");
        tryWord.addValueChangeListener(e -> tryIt());
        HorizontalLayout buttons = new HorizontalLayout(save, reset);
        HorizontalLayout trying = new HorizontalLayout(tryWord, tryResult);
        trying.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("synonyms.title")), new Paragraph(getTranslation("synonyms.explanation")), version,
                text, buttons, trying);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("synonyms.title") + " · " + getTranslation("app.name");
    }

    private void load() {
        try {
            SynonymStore.Version current = store.read();
            text.setValue(current.text());
            version.setText(current.updatedAt() == null ? getTranslation("synonyms.default")
                    : getTranslation("synonyms.updated", time.format(current.updatedAt()), current.updatedBy()));
        } catch (RuntimeException e) {
            text.setValue(store.shipped().text());
            version.setText(getTranslation("engine.unavailable") + " " + Problems.describe(e));
        }
    }

    private void save() {
        try {
            SynonymDictionary saved = store.save(user, text.getValue());
            Notification.show(getTranslation("synonyms.saved", saved.size()));
            load();
            tryIt();
        } catch (AuditUnavailableException e) {
            Notification.show(getTranslation("audit.unavailable"));
        } catch (RuntimeException e) {
            Notification.show(getTranslation("engine.unavailable"));
        }
    }

    private void reset() {
        try {
            store.reset(user);
            Notification.show(getTranslation("synonyms.resetDone"));
            load();
        } catch (AuditUnavailableException e) {
            Notification.show(getTranslation("audit.unavailable"));
        } catch (RuntimeException e) {
            Notification.show(getTranslation("engine.unavailable"));
        }
    }

    private void tryIt() {
        String word = tryWord.getValue().strip();
        if (word.isEmpty()) {
            tryResult.setText("");
            return;
        }
        List<String> alternatives = SynonymDictionary.parse(text.getValue()).alternatives(word, 20);
        tryResult.setText(alternatives.isEmpty() ? getTranslation("synonyms.try.none", word)
                : getTranslation("synonyms.try.result", word, String.join(getTranslation("list.separator"), alternatives)));
    }
}
