package coop.harvest.notifications.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NotificationBadgeTest {

    @Test
    void theBadgeShowsTheCountUpToTheLimitAndNinetyNinePlusFromIt() {
        assertEquals("0", NotificationBadge.text(0));
        assertEquals("99", NotificationBadge.text(NotificationFeed.UNREAD_LIMIT - 1));
        assertEquals("99+", NotificationBadge.text(NotificationFeed.UNREAD_LIMIT));
    }
}
