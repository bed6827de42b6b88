package coop.harvest.accounts.boundary;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Every Faces page keeps its view state (and the visitor's preferences) in a session, so each visitor and each
 * crawler request without a cookie opens one. A visitor's session lasts 10 idle minutes; signing in extends it to the
 * hour users expect, so anonymous traffic cannot fill the memory with hour-long sessions.
 */
@WebListener
public class SignedInSessions implements HttpSessionListener {

    static final int VISITOR_SECONDS = 10 * 60;
    static final int SIGNED_IN_SECONDS = 60 * 60;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(VISITOR_SECONDS);
    }
}
