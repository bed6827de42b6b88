package coop.harvest.posts.boundary;

import coop.harvest.platform.IfMatch;
import coop.harvest.platform.Page;
import coop.harvest.platform.QueryParams;
import coop.harvest.platform.TransientRetry;
import coop.harvest.posts.entity.PostKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The bureau's posts over HTTP; the rules live in {@link Posts}. */
@ApplicationScoped
@Path("posts")
@Produces(MediaType.APPLICATION_JSON)
public class PostsResource {

    @Inject
    Posts posts;

    @GET
    @Operation(operationId = "listPosts", summary = "The bureau's posts, newest first")
    @APIResponse(responseCode = "200", description = "A page of posts")
    @APIResponse(responseCode = "400", description = "page or size is not a number")
    @APIResponse(responseCode = "422", description = "Unknown kind or language")
    public Page<PostView> list(@QueryParam("kind") String kind, @QueryParam("lang") String lang,
                               @QueryParam("page") String page, @QueryParam("size") String size) {
        return posts.list(QueryParams.enumValue("kind", kind, PostKind.class),
                lang == null || lang.isBlank() ? null : lang.strip(), QueryParams.page(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPost", summary = "One post")
    @APIResponse(responseCode = "200", description = "The post with its rendered HTML")
    @APIResponse(responseCode = "404", description = "No such post")
    public Response get(@PathParam("id") String id) {
        PostView post = posts.get(QueryParams.id("id", id));
        return Response.ok(post).tag(Long.toString(post.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createPost", summary = "Publish a post (staff)")
    @APIResponse(responseCode = "201", description = "The new post")
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff")
    @APIResponse(responseCode = "422", description = "A rule is broken (errors name the fields)")
    public Response create(NewPost body) {
        PostView created = posts.create(body);
        return Response.created(UriBuilder.fromPath("/api/posts/{id}").build(created.id()))
                .tag(Long.toString(created.version())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updatePost", summary = "Edit a post (staff); If-Match guards against a stale edit")
    @APIResponse(responseCode = "200", description = "The edited post")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff")
    @APIResponse(responseCode = "404", description = "No such post")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "A rule is broken (errors name the fields)")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, NewPost body) {
        long postId = QueryParams.id("id", id);
        Long expected = IfMatch.version(ifMatch);
        PostView updated = TransientRetry.run(() -> posts.update(postId, expected, body));
        return Response.ok(updated).tag(Long.toString(updated.version())).build();
    }

    @DELETE
    @Path("{id}")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deletePost", summary = "Delete a post (staff)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff")
    @APIResponse(responseCode = "404", description = "No such post")
    public Response delete(@PathParam("id") String id) {
        posts.delete(QueryParams.id("id", id));
        return Response.noContent().build();
    }

}
