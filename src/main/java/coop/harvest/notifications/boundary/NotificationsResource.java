package coop.harvest.notifications.boundary;

import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.platform.Actions;
import coop.harvest.platform.Page;
import coop.harvest.platform.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The signed-in account's notifications. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @Inject
    NotificationStreams streams;

    @Inject
    CurrentUser currentUser;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @GET
    @Operation(operationId = "listNotifications", summary = "My notifications, newest first")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    @APIResponse(responseCode = "400", description = "Malformed query parameter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Page<NotificationView> list(@QueryParam("unread") String unread, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        Boolean unreadOnly = QueryParams.bool("unread", unread);
        return notifications.mine(Boolean.TRUE.equals(unreadOnly), QueryParams.page(page, size), language());
    }

    @POST
    @Path("{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of my notifications read")
    @APIResponse(responseCode = "200", description = "The notification, read")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such notification of mine")
    public NotificationView markRead(@PathParam("id") String id) {
        String language = language();
        return Actions.onId(id, n -> notifications.markRead(n, language));
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamNotifications",
            summary = "Server-sent events: 'unread' on connect, 'notification' for each new one (bearer or session)")
    @APIResponse(responseCode = "200", description = "An event stream that ends after a few minutes")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        long accountId = currentUser.require().accountId();
        streams.open(accountId, language(), sink, sse);
    }

    /** The reader's language: the request's Accept-Language when it names zh or en, else the account's own. */
    private String language() {
        if (headers != null) {
            for (java.util.Locale locale : headers.getAcceptableLanguages()) {
                if ("zh".equals(locale.getLanguage()) || "en".equals(locale.getLanguage())) {
                    return locale.getLanguage();
                }
            }
        }
        String own = currentUser.require().language();
        return "en".equals(own) ? "en" : "zh";
    }
}
