package coop.harvest.notifications.boundary;

import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.catalog.boundary.CatalogProduct;
import coop.harvest.notifications.control.MessageRenderer;
import coop.harvest.notifications.entity.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders a stored notification in the reader's language at the moment it is read: from its message key and
 * arguments (product and county codes named in that language), or, for a row written before keys were kept, its
 * stored text.
 */
@ApplicationScoped
public class NotificationTexts {

    private static final Logger LOG = Logger.getLogger(NotificationTexts.class.getName());

    @Inject
    Catalog catalog;

    public String text(Notification n, String language) {
        if (n.getMessageKey() == null || n.getMessageArgs() == null) {
            return n.getMessage();
        }
        try {
            return MessageRenderer.render(language, n.getMessageKey(), NotificationArgs.decode(n.getMessageArgs()),
                    this::productName);
        } catch (RuntimeException unreadable) {
            LOG.log(Level.FINE, "notification {0}: stored arguments unreadable, showing its text", n.getId());
            return n.getMessage();
        }
    }

    public NotificationView view(Notification n, String language) {
        return new NotificationView(n.getId(), n.getType(), text(n, language), n.getAt(), n.isRead(), n.getLink());
    }

    /** A product's name in a language ("zh" or "en"), the code when unknown. */
    public String name(String code, String language) {
        return productName(code, language);
    }

    private String productName(String code, String language) {
        return catalog.product(code).map((CatalogProduct p) -> p.name(language)).orElse(code);
    }
}
