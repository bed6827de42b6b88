package coop.harvest.notifications.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders a notification text in 'zh' (default) or 'en'. An argument that is a {@code Map} holds one value per
 * language (a product's zh and en names) and is resolved to the reader's language first.
 */
public final class MessageRenderer {

    static final String BUNDLE = "coop.harvest.notifications.messages";
    private static final int MAX_LENGTH = 2000;

    private MessageRenderer() {
    }

    public static String render(String language, String key, Object[] args) {
        String lang = "en".equals(language) ? "en" : "zh";
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, MessageRenderer.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        Object[] resolved = args == null ? new Object[0] : new Object[args.length];
        for (int i = 0; i < resolved.length; i++) {
            Object arg = args[i];
            resolved[i] = arg instanceof Map<?, ?> perLanguage ? perLanguage.get(lang) : arg == null ? "" : arg;
        }
        String text = new MessageFormat(pattern, locale).format(resolved);
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 1) + "…" : text;
    }
}
