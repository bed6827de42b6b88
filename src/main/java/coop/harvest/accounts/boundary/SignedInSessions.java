package coop.harvest.accounts.boundary;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * The public pages are stateless views and preferences live in cookies, so reading the market opens no session; the
 * sign-in and registration pages keep their view state in one. Such a visitor's session lasts 10 idle minutes;
 * signing in extends it to the hour users expect, so anonymous traffic cannot fill the memory with hour-long sessions.
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
