package coop.harvest.moderation.boundary;

import coop.harvest.audit.boundary.AuditEntryView;

import coop.harvest.audit.boundary.AuditTrail;

import coop.harvest.accounts.boundary.CooperativeView;
import coop.harvest.audit.control.AuditCsv;
import coop.harvest.audit.boundary.AuditFilter;
import coop.harvest.platform.Actions;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.Page;
import coop.harvest.platform.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The moderation queue, decisions on demands and cooperatives, and the audit log (staff). */
@Path("moderation")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not staff")
public class ModerationResource {

    private static final int CSV_CHUNK = 100;

    @Inject
    Moderation moderation;

    @Inject
    ModerationQueue queue;

    @Inject
    AuditTrail auditTrail;

    @GET
    @Path("queue")
    @Operation(operationId = "moderationQueue", summary = "Listings to review, open reports, cooperatives to verify")
    @APIResponse(responseCode = "200", description = "The queue, oldest first, with counts")
    public QueueView queue() {
        return queue.queue();
    }

    @POST
    @Path("demands/{id}/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "removeDemand", summary = "Remove a demand post, with a reason (staff)")
    @APIResponse(responseCode = "200", description = "The removed demand")
    @APIResponse(responseCode = "404", description = "No such demand")
    @APIResponse(responseCode = "409", description = "The demand is not open")
    @APIResponse(responseCode = "422", description = "No reason given")
    public ModeratedDemand removeDemand(@PathParam("id") String id, ReasonBody body) {
        return Actions.onId(id, demandId -> moderation.removeDemand(demandId, body));
    }

    @POST
    @Path("cooperatives/{id}/verify")
    @Operation(operationId = "verifyCooperative", summary = "Verify a cooperative (staff)")
    @APIResponse(responseCode = "200", description = "The verified cooperative")
    @APIResponse(responseCode = "404", description = "No such cooperative")
    @APIResponse(responseCode = "409", description = "Verified already")
    public CooperativeView verifyCooperative(@PathParam("id") String id) {
        return Actions.onId(id, moderation::verifyCooperative);
    }

    @POST
    @Path("cooperatives/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "suspendCooperative", summary = "Suspend a cooperative, with a reason (staff)")
    @APIResponse(responseCode = "200", description = "The suspended cooperative")
    @APIResponse(responseCode = "404", description = "No such cooperative")
    @APIResponse(responseCode = "409", description = "Suspended already")
    @APIResponse(responseCode = "422", description = "No reason given")
    public CooperativeView suspendCooperative(@PathParam("id") String id, ReasonBody body) {
        return Actions.onId(id, cooperativeId -> moderation.suspendCooperative(cooperativeId, body));
    }

    @POST
    @Path("cooperatives/{id}/reinstate")
    @Operation(operationId = "reinstateCooperative", summary = "Lift a cooperative's suspension (staff)")
    @APIResponse(responseCode = "200", description = "The reinstated cooperative")
    @APIResponse(responseCode = "404", description = "No such cooperative")
    @APIResponse(responseCode = "409", description = "Not suspended")
    public CooperativeView reinstateCooperative(@PathParam("id") String id) {
        return Actions.onId(id, moderation::reinstateCooperative);
    }

    @GET
    @Path("audit")
    @Operation(operationId = "auditLog", summary = "The audit log, newest first, filtered (staff)")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    @APIResponse(responseCode = "400", description = "An unreadable filter")
    @APIResponse(responseCode = "422", description = "A page size out of range or an empty time range")
    public Page<AuditEntryView> audit(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                      @QueryParam("targetType") String targetType,
                                      @QueryParam("targetId") String targetId, @QueryParam("from") String from,
                                      @QueryParam("to") String to, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        AuditFilter filter = filter(actor, action, targetType, targetId, from, to);
        return auditTrail.search(filter, QueryParams.page(page, size));
    }

    @GET
    @Path("audit.csv")
    @Produces("text/csv")
    @Operation(operationId = "auditLogCsv", summary = "The filtered audit log as a CSV file (staff)")
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a byte-order mark, newest first")
    @APIResponse(responseCode = "400", description = "An unreadable filter")
    public Response auditCsv(@QueryParam("actor") String actor, @QueryParam("action") String action,
                             @QueryParam("targetType") String targetType, @QueryParam("targetId") String targetId,
                             @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditFilter filter = filter(actor, action, targetType, targetId, from, to);
        AuditTrail.CsvChunk first = auditTrail.csvChunk(filter, null, CSV_CHUNK);
        StreamingOutput body = out -> {
            out.write((AuditCsv.BOM + AuditCsv.HEADER).getBytes(StandardCharsets.UTF_8));
            AuditTrail.CsvChunk chunk = first;
            out.write(chunk.rows().getBytes(StandardCharsets.UTF_8));
            while (chunk.count() == CSV_CHUNK) {
                chunk = auditTrail.csvChunk(filter, chunk.lastId(), CSV_CHUNK);
                out.write(chunk.rows().getBytes(StandardCharsets.UTF_8));
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"harvest-audit.csv\"").build();
    }

    private AuditFilter filter(String actor, String action, String targetType, String targetId, String from,
                               String to) {
        return AuditFilter.parse(actor, action, targetType, targetId, from, to, MarketDay.zone());
    }
}
