package coop.harvest.catalog.boundary;

import coop.harvest.vocabulary.Counties;
import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import coop.harvest.catalog.entity.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import coop.harvest.platform.IfMatch;
import coop.harvest.platform.ProblemException;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Products, grades, certifications and counties. */
@ApplicationScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    Catalog catalog;

    @GET
    @Path("products")
    @Operation(operationId = "listProducts", summary = "List the products of the catalogue")
    public List<ProductView> products(@HeaderParam("Accept-Language") String language) {
        return catalog.products().stream().map(p -> view(p, language, catalog.aliasesOf(p.getCode()))).toList();
    }

    @GET
    @Path("products/{code}")
    @Operation(operationId = "getProduct", summary = "One product of the catalogue, with its aliases")
    @APIResponse(responseCode = "200", description = "The product")
    @APIResponse(responseCode = "404", description = "Unknown product")
    public Response product(@PathParam("code") String code, @HeaderParam("Accept-Language") String language) {
        CatalogProduct product = catalog.product(code).orElseThrow(() -> ProblemException.notFound("Product " + code));
        ProductView view = view(product, language, catalog.aliasesOf(product.getCode()));
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }

    @PUT
    @Path("products/{code}/aliases")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "setProductAliases",
            summary = "Replace a product's aliases, the everyday names a search finds it by (staff)")
    @APIResponse(responseCode = "200", description = "The product with its aliases")
    @APIResponse(responseCode = "400", description = "The body is not a JSON array, or If-Match holds no version")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff")
    @APIResponse(responseCode = "404", description = "Unknown product")
    @APIResponse(responseCode = "412", description = "If-Match names an older version: someone changed them since")
    @APIResponse(responseCode = "422", description = "An alias that is no string, too long, or too many")
    public Response setAliases(@PathParam("code") String code, String body,
                               @HeaderParam("If-Match") String ifMatch,
                               @HeaderParam("Accept-Language") String language) {
        Long expected = IfMatch.version(ifMatch);
        List<String> aliases = AliasList.parse(body);
        Catalog.Aliases kept = catalog.setAliases(code, aliases, expected);
        CatalogProduct product = catalog.product(code).orElseThrow(() -> ProblemException.notFound("Product " + code));
        return Response.ok(view(product, language, kept)).build();
    }

    @POST
    @Path("products")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "addProduct", summary = "Add a product to the catalogue (staff)")
    public Response add(NewProduct request,
                        @HeaderParam("Accept-Language") String language) {
        Product product = catalog.add(request);
        return Response.created(UriBuilder.fromPath("/api/products/{code}").build(product.getCode()))
                .entity(view(product, language)).build();
    }

    @GET
    @Path("catalog")
    @Operation(operationId = "getCatalogue", summary = "Grades (best first), certifications and counties")
    public CatalogView catalogue() {
        return new CatalogView(Arrays.asList(Grade.values()), Arrays.asList(Certification.values()),
                Counties.ALL);
    }

    static ProductView view(Product p, String language) {
        String lang = language == null ? "en" : language.toLowerCase();
        return new ProductView(p.getCode(), p.name(lang), p.getNameZh(), p.getNameEn(), p.getUnit(), List.of(), 1);
    }

    static ProductView view(CatalogProduct p, String language, Catalog.Aliases aliases) {
        String lang = language == null ? "en" : language.toLowerCase();
        return new ProductView(p.getCode(), p.name(lang), p.getNameZh(), p.getNameEn(), p.getUnit(), aliases.names(),
                aliases.version());
    }

    /** Reference data in one answer. */
    public record CatalogView(List<Grade> grades, List<Certification> certifications, List<Counties.County> counties) {
    }
}
