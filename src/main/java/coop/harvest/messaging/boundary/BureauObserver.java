package coop.harvest.messaging.boundary;

import coop.harvest.letters.boundary.LetterAnswered;
import coop.harvest.messaging.control.SmsTexts;
import coop.harvest.posts.boundary.PostPublished;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The bureau's events that text people, in the transaction of the event: a new post tells POSTS subscribers, an
 * answered letter texts its writer's phone (when one was given).
 */
@Stateless
@PermitAll
public class BureauObserver {

    @Inject
    Subscriptions subscriptions;

    @Inject
    Outbox outbox;

    public void postPublished(@Observes PostPublished event) {
        subscriptions.postPublished(event.postId(), event.title(), event.lang());
    }

    public void letterAnswered(@Observes LetterAnswered event) {
        if (event.phone() != null && !event.phone().isBlank()) {
            outbox.queue(event.phone(), SmsTexts.letterAnswered(event.language(), event.trackingNumber()));
        }
    }
}
