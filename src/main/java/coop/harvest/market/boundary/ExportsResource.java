package coop.harvest.market.boundary;

import coop.harvest.market.control.CsvWriter;
import coop.harvest.market.control.OrderCsv;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** CSV exports for spreadsheets. */
@Path("exports")
public class ExportsResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    OrderExports exports;

    @Inject
    Market market;

    @GET
    @Path("orders.csv")
    @Produces({"text/csv", "application/problem+json"})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "exportOrders",
            summary = "The caller's orders as CSV (staff: all orders), created between from and to (inclusive)")
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a byte-order mark, RFC 4180 quoting")
    @APIResponse(responseCode = "400", description = "from or to is not a date such as 2026-11-24")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "422", description = "to is before from")
    public Response orders(@QueryParam("from") String from, @QueryParam("to") String to,
                           @HeaderParam("Accept-Language") String language) {
        OrderExport export = exports.prepare(from, to);
        OrderCsv columns = new OrderCsv(language, market.calendar().zone());
        StreamingOutput body = out -> {
            CsvWriter csv = new CsvWriter(out);
            csv.row(columns.header());
            try {
                exports.stream(export, row -> {
                    try {
                        csv.row(columns.fields(row));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (RuntimeException e) {
                throw writeFailure(e);
            }
            csv.flush();
        };
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The client's broken connection, unwrapped from the EJB's exception, or the failure itself. */
    private static IOException writeFailure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UncheckedIOException io) {
                return io.getCause();
            }
        }
        throw e;
    }
}
