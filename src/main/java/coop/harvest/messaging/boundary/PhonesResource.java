package coop.harvest.messaging.boundary;

import coop.harvest.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The signed-in account's phone for SMS, verified by a code. */
@ApplicationScoped
@Path("me/phone")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class PhonesResource {

    @Inject
    Phones phones;

    @GET
    @Operation(operationId = "myPhone", summary = "My phone for SMS and any code waiting to be entered")
    @APIResponse(responseCode = "200", description = "The phone's state")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public PhoneStatus status() {
        return phones.status();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestPhoneCode", summary = "Send a 6-digit code by SMS to verify this phone")
    @APIResponse(responseCode = "202", description = "The code is on its way (through the SMS outbox)")
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "422", description = "Not a mainland mobile number")
    @APIResponse(responseCode = "429", description = "Five codes in the last hour already (see Retry-After)")
    public Response requestCode(PhoneBody body) {
        return Response.accepted(phones.requestCode(body)).build();
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyPhone", summary = "Enter the code: the phone becomes the account's verified phone")
    @APIResponse(responseCode = "200", description = "Verified")
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "422", description = "Wrong code, no code pending, or the code is void after "
            + "five wrong tries")
    public PhoneStatus verify(CodeBody body) {
        Phones.Outcome outcome = phones.verify(body);
        return switch (outcome) {
            case VERIFIED -> phones.status();
            case WRONG -> throw ProblemException.invalid("code", "is wrong; " + phones.triesLeft()
                    + " tries left");
            case VOIDED -> throw ProblemException.invalid("code", "was wrong five times and is now void; "
                    + "request a new code");
            case NO_CODE -> throw ProblemException.invalid("code", "no code is waiting (or it expired); "
                    + "request a new code");
        };
    }
}
