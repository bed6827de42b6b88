package coop.harvest.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Moves the market clock ({@link MarketDay}) for black-box tests: {@code PUT /api/testing/clock?shiftSeconds=n} by
 * staff, only on a server started with {@code HARVEST_TEST_CLOCK=true}; everywhere else the path does not exist (404).
 * Business dates (expiry, the daily digest) follow the shift; instants stored in rows and tokens do not.
 */
@RequestScoped
@Path("testing/clock")
public class TestClock {

    static final long MAX_SHIFT_SECONDS = 10L * 366 * 24 * 3600;

    @Context
    SecurityContext security;

    @PUT
    @Operation(hidden = true)
    public Response shift(@QueryParam("shiftSeconds") String shiftSeconds) {
        if (!"true".equalsIgnoreCase(Settings.get("HARVEST_TEST_CLOCK", "false").strip())
                || security == null || !security.isUserInRole("STAFF")) {
            throw ProblemException.notFound("testing/clock");
        }
        long seconds;
        try {
            seconds = Long.parseLong(shiftSeconds == null ? "" : shiftSeconds.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("shiftSeconds", "must be a whole number of seconds");
        }
        if (Math.abs(seconds) > MAX_SHIFT_SECONDS) {
            throw ProblemException.invalid("shiftSeconds", "must be within ten years");
        }
        MarketDay.shift(Duration.ofSeconds(seconds));
        return Response.noContent().build();
    }
}
