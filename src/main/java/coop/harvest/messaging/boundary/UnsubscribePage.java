package coop.harvest.messaging.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * {@code /unsubscribe.xhtml?t=…}: the one-tap unsubscribe link of a subscription, without signing in (the token is
 * the proof). Opening the link only shows what it ends; the button ends it, so that link previews change nothing.
 */
@Named
@RequestScoped
public class UnsubscribePage {

    @Inject
    Subscriptions subscriptions;

    private String token;
    private boolean done;
    private Optional<SubscriptionView> found;

    /** The token from the link (?t=) or, on the button's post, from the form's plain hidden field of that name. */
    @PostConstruct
    void readToken() {
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("t");
    }

    public void unsubscribe() {
        done = subscriptions.unsubscribe(token);
        found = Optional.empty();
    }

    public SubscriptionView getSubscription() {
        if (found == null) {
            found = subscriptions.byToken(token);
        }
        return found.orElse(null);
    }

    public boolean isDone() { return done; }
    public String getToken() { return token; }
}
