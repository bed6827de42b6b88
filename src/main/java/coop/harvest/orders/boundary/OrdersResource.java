package coop.harvest.orders.boundary;

import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.orders.control.OrderAction;
import coop.harvest.orders.entity.OrderStatus;
import coop.harvest.platform.Actions;
import coop.harvest.platform.Idempotency;
import coop.harvest.platform.Page;
import coop.harvest.platform.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Orders: direct purchase, reading, and the lifecycle actions. */
@ApplicationScoped
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class OrdersResource {

    @Inject
    BuyerLocks buyerLocks;

    @Inject
    Orders orders;

    @Inject
    Idempotency idempotency;

    @Inject
    Fulfilment fulfilment;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.ext.Providers providers;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "placeOrder", summary = "Buy directly from a listing at its price (buyer)")
    @APIResponse(responseCode = "201", description = "The new order, awaiting the cooperative's confirmation")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a buyer")
    @APIResponse(responseCode = "404", description = "Unknown listing")
    @APIResponse(responseCode = "409", description = "Not enough available, or the listing is not on sale")
    @APIResponse(responseCode = "422", description = "Bad quantity, below the minimum order, or key reused")
    public Response place(NewOrder body,
                          @Parameter(description = "Replays the first answer for 24 h")
                          @HeaderParam(Idempotency.HEADER) String key) {
        long accountId = currentUser.require().accountId();
        buyerLocks.ensure(accountId); // before the order's transaction holds a connection
        return idempotency.execute(accountId, key, "POST /api/orders", body, () -> {
            OrderView created = orders.place(body);
            return Response.created(UriBuilder.fromPath("/api/orders/{id}").build(created.id()))
                    .entity(created).build();
        });
    }

    @GET
    @Operation(operationId = "listOrders", summary = "My orders (buyer), orders on my listings (cooperative), all (staff)")
    @APIResponse(responseCode = "200", description = "A page of orders, newest first")
    @APIResponse(responseCode = "400", description = "Malformed query parameter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "422", description = "Unknown status")
    public Page<OrderView> list(@QueryParam("status") String status, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        return orders.list(QueryParams.enumValue("status", status, OrderStatus.class), QueryParams.page(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOrder", summary = "One order (its buyer, its cooperative, staff)")
    @APIResponse(responseCode = "200", description = "The order with its history")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "Unknown order, or not yours")
    public OrderView get(@PathParam("id") String id) {
        return orders.get(QueryParams.id("id", id));
    }

    @POST
    @Path("{id}/confirm")
    @Operation(operationId = "confirmOrder", summary = "Confirm a pending order (its cooperative)")
    @APIResponse(responseCode = "200", description = "The confirmed order")
    @APIResponse(responseCode = "403", description = "Not the order's cooperative")
    @APIResponse(responseCode = "404", description = "Unknown order")
    @APIResponse(responseCode = "409", description = "Not pending confirmation")
    public OrderView confirm(@PathParam("id") String id) {
        return act(id, OrderAction.CONFIRM, null);
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declineOrder", summary = "Decline a pending order with a reason (its cooperative)")
    @APIResponse(responseCode = "200", description = "The declined order; its quantity is back on the listing")
    @APIResponse(responseCode = "403", description = "Not the order's cooperative")
    @APIResponse(responseCode = "404", description = "Unknown order")
    @APIResponse(responseCode = "409", description = "Not pending confirmation")
    @APIResponse(responseCode = "422", description = "No reason given")
    public OrderView decline(@PathParam("id") String id, ReasonBody body) {
        return act(id, OrderAction.DECLINE, body);
    }

    @POST
    @Path("{id}/ship")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "shipOrder",
            summary = "Mark a confirmed order shipped, with an optional carrier, tracking number and note (its cooperative)")
    @APIResponse(responseCode = "200", description = "The shipped order")
    @APIResponse(responseCode = "403", description = "Not the order's cooperative")
    @APIResponse(responseCode = "404", description = "Unknown order")
    @APIResponse(responseCode = "409", description = "Not confirmed")
    @APIResponse(responseCode = "422", description = "A field too long")
    public OrderView ship(@PathParam("id") String id,
                          @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = false,
                                  description = "Optional: the carrier, tracking number and a note",
                                  content = @org.eclipse.microprofile.openapi.annotations.media.Content(
                                          mediaType = MediaType.APPLICATION_JSON,
                                          schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                                                  implementation = ShipBody.class)))
                          byte[] body) {
        // the body is optional: none ships without details; one given is read and checked as every body is
        ShipBody shipment = body == null || body.length == 0 ? new ShipBody() : read(ShipBody.class, body);
        return Actions.onId(id, orderId -> orders.ship(orderId, shipment.carrier, shipment.trackingNumber,
                shipment.note));
    }

    @POST
    @Path("{id}/paid")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordOrderPayment",
            summary = "Record the payment made outside the marketplace (its cooperative; once)")
    @APIResponse(responseCode = "200", description = "The order with its payment")
    @APIResponse(responseCode = "403", description = "Not the order's cooperative")
    @APIResponse(responseCode = "404", description = "Unknown order")
    @APIResponse(responseCode = "409", description = "Not CONFIRMED, SHIPPED or COMPLETED, or paid already")
    @APIResponse(responseCode = "422", description = "No or unknown method, or reference too long")
    public OrderView paid(@PathParam("id") String id, PaymentBody body) {
        return Actions.onId(id, orderId -> fulfilment.recordPayment(orderId, body));
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewOrder", summary = "Rate a completed order 1 to 5 with a comment (its buyer; once)")
    @APIResponse(responseCode = "201", description = "The review")
    @APIResponse(responseCode = "403", description = "Not the order's buyer")
    @APIResponse(responseCode = "404", description = "Unknown order")
    @APIResponse(responseCode = "409", description = "Not completed, or reviewed already")
    @APIResponse(responseCode = "422", description = "Rating not 1 to 5, or comment too long")
    public Response review(@PathParam("id") String id, ReviewBody body) {
        ReviewView review = Actions.onId(id, orderId -> fulfilment.review(orderId, body));
        return Response.created(UriBuilder.fromPath("/api/orders/{id}/review").build(review.orderId()))
                .entity(review).build();
    }

    @POST
    @Path("{id}/review/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replyToReview", summary = "Answer the buyer's review (the order's cooperative; once)")
    @APIResponse(responseCode = "200", description = "The review with the reply")
    @APIResponse(responseCode = "403", description = "Not the order's cooperative")
    @APIResponse(responseCode = "404", description = "Unknown order")
    @APIResponse(responseCode = "409", description = "No review yet, or replied already")
    @APIResponse(responseCode = "422", description = "No text, or too long")
    public ReviewView reply(@PathParam("id") String id, ReplyBody body) {
        return Actions.onId(id, orderId -> fulfilment.reply(orderId, body));
    }

    @POST
    @Path("{id}/receive")
    @Operation(operationId = "receiveOrder", summary = "Confirm receipt of a shipped order (its buyer)")
    @APIResponse(responseCode = "200", description = "The completed order")
    @APIResponse(responseCode = "403", description = "Not the order's buyer")
    @APIResponse(responseCode = "404", description = "Unknown order")
    @APIResponse(responseCode = "409", description = "Not shipped")
    public OrderView receive(@PathParam("id") String id) {
        return act(id, OrderAction.RECEIVE, null);
    }

    @POST
    @Path("decline-pending")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declinePendingOfBuyer",
            summary = "Decline every order of one buyer that awaits confirmation, with one reason (the cooperative)")
    @APIResponse(responseCode = "200", description = "The ids of the orders declined")
    @APIResponse(responseCode = "403", description = "Not a cooperative")
    @APIResponse(responseCode = "422", description = "No buyer or no reason given")
    public java.util.Map<String, java.util.List<Long>> declinePending(DeclinePendingBody body) {
        if (body == null) {
            throw coop.harvest.platform.ProblemException.badRequest("The request needs a JSON body");
        }
        return java.util.Map.of("declined", coop.harvest.platform.TransientRetry.run(
                () -> orders.declinePendingOf(body.buyerId, body.reason)));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelOrder", summary = "Cancel an order before it is shipped (buyer or cooperative)")
    @APIResponse(responseCode = "200", description = "The cancelled order; its quantity is back on the listing")
    @APIResponse(responseCode = "404", description = "Unknown order")
    @APIResponse(responseCode = "409", description = "Shipped or finished already")
    public OrderView cancel(@PathParam("id") String id, ReasonBody body) {
        return act(id, OrderAction.CANCEL, body);
    }

    @POST
    @Path("{id}/dispute")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "disputeOrder", summary = "Dispute a shipped or completed order with a reason (its buyer)")
    @APIResponse(responseCode = "200", description = "The disputed order")
    @APIResponse(responseCode = "403", description = "Not the order's buyer")
    @APIResponse(responseCode = "404", description = "Unknown order")
    @APIResponse(responseCode = "409", description = "Not shipped yet")
    @APIResponse(responseCode = "422", description = "No reason given")
    public OrderView dispute(@PathParam("id") String id, ReasonBody body) {
        return act(id, OrderAction.DISPUTE, body);
    }

    private <T> T read(Class<T> type, byte[] body) {
        jakarta.ws.rs.ext.MessageBodyReader<T> reader = providers.getMessageBodyReader(type, type,
                new java.lang.annotation.Annotation[0], MediaType.APPLICATION_JSON_TYPE);
        try {
            return reader.readFrom(type, type, new java.lang.annotation.Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                    new jakarta.ws.rs.core.MultivaluedHashMap<>(), new java.io.ByteArrayInputStream(body));
        } catch (java.io.IOException unreadable) {
            throw coop.harvest.platform.ProblemException.badRequest("The body could not be read");
        }
    }

    private OrderView act(String id, OrderAction action, ReasonBody body) {
        String reason = body == null ? null : body.reason;
        return Actions.onId(id, orderId -> orders.act(orderId, action, reason));
    }
}
