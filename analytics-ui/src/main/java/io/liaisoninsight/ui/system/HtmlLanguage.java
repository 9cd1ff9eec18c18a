package io.liaisoninsight.ui.system;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Sets {@code <html lang>} to the UI's language: browsers pick Simplified Chinese rather than Japanese
 * glyph forms of shared characters by it, and screen readers pick their voice.
 */
@Component
class HtmlLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage()
                .executeJs("document.documentElement.lang = $0", init.getUI().getLocale().toLanguageTag()));
    }
}
