package io.liaisoninsight.ui.system;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Vaadin's {@code getTranslation(..)} backed by Spring's {@code messages*.properties}. Chinese is the
 * default bundle and the first provided locale, so a browser asking for neither language gets Chinese;
 * a browser that prefers English gets {@code messages_en.properties}.
 */
@Component
class MessagesI18NProvider implements I18NProvider {

    static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final MessageSource messages;

    MessagesI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        // A missing key shows as !key! (as Vaadin's default provider does) instead of failing the page.
        return messages.getMessage(key, params, "!" + key + "!", locale);
    }
}
