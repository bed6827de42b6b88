package coop.harvest.notifications.control;

import coop.harvest.vocabulary.Counties;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Renders a notification text in 'zh' (default) or 'en', when it is read. An argument that is a {@code Map} is
 * resolved to the reader's language first: one value per language ("zh", "en"), or a reference by code that is named
 * in that language ({@code {"product": "tea"}}, {@code {"county": "鹤城区"}}, {@code {"certification": "ORGANIC"}}).
 * A sentence that ends with an argument that ends a sentence itself gets no second full stop ("。。").
 */
public final class MessageRenderer {

    static final String BUNDLE = "coop.harvest.notifications.messages";
    private static final int MAX_LENGTH = 2000;
    private static final Pattern DOUBLED_STOP = Pattern.compile("([。．.！!？?])[。.]");

    /** Names a product code in a language ("zh" or "en"); the code itself when unknown. */
    public interface ProductNames extends BiFunction<String, String, String> {
    }

    private MessageRenderer() {
    }

    public static String render(String language, String key, Object[] args) {
        return render(language, key, args, (code, lang) -> code);
    }

    public static String render(String language, String key, Object[] args, ProductNames products) {
        String lang = "en".equals(language) ? "en" : "zh";
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String pattern = text(locale, key);
        if (pattern == null) {
            pattern = key;
        }
        Object[] resolved = args == null ? new Object[0] : new Object[args.length];
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = resolve(args[i], lang, locale, products);
        }
        String text = DOUBLED_STOP.matcher(new MessageFormat(pattern, locale).format(resolved)).replaceAll("$1");
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 1) + "…" : text;
    }

    private static Object resolve(Object arg, String lang, Locale locale, ProductNames products) {
        if (!(arg instanceof Map<?, ?> map)) {
            return arg == null ? "" : arg;
        }
        if (map.get("product") instanceof String code) {
            String name = products.apply(code, lang);
            return name == null ? code : name;
        }
        if (map.get("county") instanceof String county) {
            return Counties.ALL.stream().filter(c -> c.name().equals(county) || c.code().equals(county))
                    .findFirst().map(c -> "en".equals(lang) ? c.nameEn() : c.name()).orElse(county);
        }
        if (map.get("certification") instanceof String certification) {
            String name = text(locale, "certification." + certification);
            return name == null ? certification : name;
        }
        Object value = map.get(lang);
        return value == null ? "" : value;
    }

    private static String text(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, MessageRenderer.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
