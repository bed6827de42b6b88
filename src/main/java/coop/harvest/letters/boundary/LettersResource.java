package coop.harvest.letters.boundary;

import coop.harvest.letters.entity.LetterCategory;
import coop.harvest.letters.entity.LetterStatus;
import coop.harvest.platform.Actions;
import coop.harvest.platform.Page;
import coop.harvest.platform.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The bureau's mailbox over HTTP; the rules live in {@link Letters} and {@link LetterArchive}. */
@ApplicationScoped
@Path("letters")
@Produces(MediaType.APPLICATION_JSON)
public class LettersResource {

    @Inject
    Letters letters;

    @Inject
    LetterArchive archive;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "writeLetter", summary = "Write to the bureau (anyone; an account writes as itself)")
    @APIResponse(responseCode = "201", description = "The letter with its tracking number and access code (shown once)")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field of the wrong type")
    @APIResponse(responseCode = "422", description = "A rule is broken (errors name the fields)")
    @APIResponse(responseCode = "429", description = "Too many anonymous letters from this address this hour")
    public Response write(NewLetter body, @HeaderParam("Accept-Language") String acceptLanguage) {
        LetterView created = letters.write(body, request.getRemoteAddr(), language(acceptLanguage));
        return Response.created(UriBuilder.fromPath("/api/letters/{id}").build(created.id()))
                .tag(Long.toString(created.version())).entity(created).build();
    }

    @GET
    @Path("track")
    @Operation(operationId = "trackLetter", summary = "Follow a letter with its number and access code")
    @APIResponse(responseCode = "200", description = "The letter")
    @APIResponse(responseCode = "404", description = "No letter with this number and code")
    @APIResponse(responseCode = "422", description = "No number given")
    @APIResponse(responseCode = "429", description = "Too many wrong codes from this address this hour")
    public LetterView track(@QueryParam("number") String number, @QueryParam("code") String code) {
        return letters.track(number, code, request.getRemoteAddr());
    }

    @GET
    @Path("public")
    @Operation(operationId = "publishedLetters", summary = "Answered letters published with the writer's consent")
    @APIResponse(responseCode = "200", description = "A page of letters and answers, without names or phones")
    @APIResponse(responseCode = "422", description = "Unknown category")
    public Page<PublicLetter> published(@QueryParam("category") String category, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        return archive.published(QueryParams.enumValue("category", category, LetterCategory.class),
                QueryParams.page(page, size));
    }

    @GET
    @Path("stats")
    @Operation(operationId = "letterStats", summary = "The mailbox's figures for a year (letters received then)")
    @APIResponse(responseCode = "200", description = "Received, answered, on time, median days, satisfaction")
    @APIResponse(responseCode = "400", description = "year is not a number")
    @APIResponse(responseCode = "422", description = "year out of range")
    public LetterStats stats(@QueryParam("year") String year) {
        return archive.stats(QueryParams.integer("year", year));
    }

    @GET
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listLetters", summary = "Letters for staff, the soonest due first")
    @APIResponse(responseCode = "200", description = "A page of letters")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff")
    @APIResponse(responseCode = "422", description = "Unknown status")
    public Page<LetterView> list(@QueryParam("status") String status, @QueryParam("overdue") String overdue,
                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        return letters.list(QueryParams.enumValue("status", status, LetterStatus.class),
                QueryParams.bool("overdue", overdue), QueryParams.page(page, size));
    }

    @GET
    @Path("{id}")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getLetter", summary = "One letter (staff)")
    @APIResponse(responseCode = "200", description = "The letter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff")
    @APIResponse(responseCode = "404", description = "No such letter")
    public LetterView get(@PathParam("id") String id) {
        return letters.get(QueryParams.id("id", id));
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "assignLetter", summary = "Give a letter to a staff member")
    @APIResponse(responseCode = "200", description = "The letter, ASSIGNED")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff")
    @APIResponse(responseCode = "404", description = "No such letter")
    @APIResponse(responseCode = "409", description = "Already answered or closed")
    @APIResponse(responseCode = "422", description = "assignee is not a staff username")
    public LetterView assign(@PathParam("id") String id, AssignBody body) {
        return Actions.onId(id, letterId -> letters.assign(letterId, body));
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "answerLetter", summary = "Answer a letter; publish shows it on the public page")
    @APIResponse(responseCode = "200", description = "The letter, ANSWERED")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff")
    @APIResponse(responseCode = "404", description = "No such letter")
    @APIResponse(responseCode = "409", description = "Already answered or closed")
    @APIResponse(responseCode = "422", description = "No answer text")
    public LetterView answer(@PathParam("id") String id, AnswerBody body) {
        return Actions.onId(id, letterId -> letters.answer(letterId, body));
    }

    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "letterFeedback", summary = "The writer says whether the answer settled it")
    @APIResponse(responseCode = "200", description = "The letter, CLOSED or REOPENED with a new due date")
    @APIResponse(responseCode = "404", description = "No such letter, or a wrong code")
    @APIResponse(responseCode = "409", description = "The letter is not ANSWERED")
    @APIResponse(responseCode = "422", description = "satisfied is missing")
    @APIResponse(responseCode = "429", description = "Too many wrong codes from this address this hour")
    public LetterView feedback(@PathParam("id") String id, FeedbackBody body) {
        String client = request.getRemoteAddr();
        return Actions.onId(id, letterId -> letters.feedback(letterId, body, client));
    }

    static String language(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.strip().toLowerCase().startsWith("en") ? "en" : "zh";
    }
}
