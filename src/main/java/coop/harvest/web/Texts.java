package coop.harvest.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reads the page texts ({@code coop.harvest.web.messages}) in the view's language, for messages built in Java. */
public final class Texts {

    private Texts() {
    }

    public static String get(FacesContext faces, String key, Object... args) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, faces.getViewRoot().getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
