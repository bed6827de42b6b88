package coop.harvest.consultation.boundary;

import coop.harvest.consultation.entity.QuestionStatus;
import coop.harvest.media.boundary.ImageResponses;
import coop.harvest.media.boundary.ImageUploads;
import coop.harvest.media.boundary.ImageVariant;
import coop.harvest.platform.BodySizeLimit;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.Page;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Questions, answers and photos over HTTP; the rules live in {@link Questions} and {@link QuestionArchive}. */
@RequestScoped
@Path("questions")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionsResource {

    @Inject
    Questions questions;

    @Inject
    QuestionArchive archive;

    @Inject
    ConsultationFigures figures;

    @Context
    HttpServletRequest http;

    @GET
    @Operation(operationId = "listQuestions", summary = "The public archive of questions, newest first")
    @APIResponse(responseCode = "200", description = "A page of questions")
    @APIResponse(responseCode = "400", description = "A query parameter of the wrong type")
    @APIResponse(responseCode = "422", description = "Unknown product or status")
    public Page<QuestionView> list(@QueryParam("product") String product, @QueryParam("q") String q,
                                   @QueryParam("status") String status, @QueryParam("page") String page,
                                   @QueryParam("size") String size) {
        return archive.list(product == null || product.isBlank() ? null : product.strip(), q,
                QueryParams.enumValue("status", status, QuestionStatus.class), QueryParams.page(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "askQuestion", summary = "Ask a question (signed in), or log a hotline call (staff)")
    @APIResponse(responseCode = "201", description = "The new question, OPEN")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A hotline call logged by someone who is not staff")
    @APIResponse(responseCode = "422", description = "Unknown product or a missing field")
    public Response ask(NewQuestion body) {
        QuestionView created = questions.ask(body);
        return Response.created(UriBuilder.fromPath("/api/questions/{id}").build(created.id())).entity(created)
                .build();
    }

    @GET
    @Path("stats")
    @Operation(operationId = "questionStats", summary = "A year's consultation figures (market time zone)")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "422", description = "A year out of range")
    public QuestionStats stats(@QueryParam("year") String year) {
        Integer y = QueryParams.integer("year", year);
        int chosen = y == null ? MarketDay.today().getYear() : y;
        if (chosen < 2000 || chosen > 2100) {
            throw ProblemException.invalid("year", "must be between 2000 and 2100");
        }
        return figures.year(chosen);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getQuestion", summary = "One question with its answers and photos")
    @APIResponse(responseCode = "200", description = "The question")
    @APIResponse(responseCode = "404", description = "No such question")
    public QuestionView get(@PathParam("id") String id) {
        return archive.get(QueryParams.id("id", id));
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "answerQuestion", summary = "Answer a question (expert)")
    @APIResponse(responseCode = "201", description = "The answer; the question is ANSWERED")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an expert")
    @APIResponse(responseCode = "404", description = "No such question")
    @APIResponse(responseCode = "409", description = "The question is resolved")
    public Response answer(@PathParam("id") String id, NewAnswer body) {
        long questionId = QueryParams.id("id", id);
        AnswerView created = questions.answer(questionId, body);
        return Response.created(UriBuilder.fromPath("/api/questions/{id}/answers/{answer}")
                .build(questionId, created.id())).entity(created).build();
    }

    @POST
    @Path("{id}/answers/{answerId}/accept")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "acceptAnswer", summary = "Accept the answer that helped (the asker): RESOLVED")
    @APIResponse(responseCode = "200", description = "The resolved question")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the asker")
    @APIResponse(responseCode = "404", description = "No such question or answer")
    @APIResponse(responseCode = "409", description = "Not ANSWERED (already resolved)")
    public QuestionView accept(@PathParam("id") String id, @PathParam("answerId") String answerId) {
        return questions.accept(QueryParams.id("id", id), QueryParams.id("answerId", answerId));
    }

    @PUT
    @Path("{id}/photos/{n}")
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "putQuestionPhoto", summary = "Add or replace photo n (1-4) of one's question: "
            + "image/jpeg or image/png, at most 5 MiB; metadata is dropped")
    @APIResponse(responseCode = "204", description = "Stored")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the asker")
    @APIResponse(responseCode = "404", description = "No such question, or n outside 1-4")
    @APIResponse(responseCode = "409", description = "The question is resolved")
    @APIResponse(responseCode = "413", description = "Larger than 5 MiB")
    @APIResponse(responseCode = "415", description = "Not image/jpeg or image/png")
    @APIResponse(responseCode = "422", description = "The bytes are not the image the type says, or too many pixels")
    @APIResponse(responseCode = "503", description = "Too many photos being processed: send it again after Retry-After")
    public Response putPhoto(@PathParam("id") String id, @PathParam("n") String n,
                             @HeaderParam("Content-Type") String contentType, InputStream body) {
        long questionId = QueryParams.id("id", id);
        int number = photoNumber(n);
        try {
            questions.checkPhoto(questionId, number);
        } catch (RuntimeException refused) {
            BodySizeLimit.discard(body, Questions.MAX_PHOTO_BYTES);
            throw refused;
        }
        byte[] bytes = ImageUploads.read(body, contentType, http.getContentLengthLong(), Questions.MAX_PHOTO_BYTES);
        questions.putPhoto(questionId, number, questions.preparePhoto(bytes, contentType));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/photos/{n}")
    @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getQuestionPhoto", summary = "Photo n of a question (JPEG, ETag; If-None-Match → 304)")
    @APIResponse(responseCode = "200", description = "The photo")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such photo")
    public Response photo(@PathParam("id") String id, @PathParam("n") String n, @Context Request request) {
        return ImageResponses.serve(archive.photo(QueryParams.id("id", id), photoNumber(n), ImageVariant.FULL),
                request);
    }

    @GET
    @Path("{id}/photos/{n}/thumb")
    @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getQuestionPhotoThumb", summary = "Thumbnail of photo n (JPEG, at most 320 px)")
    @APIResponse(responseCode = "200", description = "The thumbnail")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such photo")
    public Response thumb(@PathParam("id") String id, @PathParam("n") String n, @Context Request request) {
        return ImageResponses.serve(archive.photo(QueryParams.id("id", id), photoNumber(n), ImageVariant.THUMB),
                request);
    }

    private static int photoNumber(String n) {
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("Photo " + n);
        }
    }
}
