package coop.harvest.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the generated OpenAPI document with what every operation shares: the problem+json answers any
 * operation may give (400, 401, 403, 404, 413, 415, 422, 429 where they apply), so clients see every 4xx.
 */
public class OpenApiCompletion implements OASFilter {

    private static final Map<String, String> COMMON = new LinkedHashMap<>();

    static {
        COMMON.put("400", "Malformed JSON or a field of the wrong type");
        COMMON.put("401", "Not signed in, or the token is invalid or expired");
        COMMON.put("403", "The account may not do this");
        COMMON.put("404", "Unknown id");
        COMMON.put("415", "Unsupported media type");
        COMMON.put("422", "A rule is broken; errors name the fields");
    }

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        pathItem.getOperations().forEach((method, operation) -> complete(method, operation));
        return pathItem;
    }

    private void complete(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> common : COMMON.entrySet()) {
            boolean bodyCode = common.getKey().equals("415") || common.getKey().equals("400");
            boolean hasBody = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
            if ((!bodyCode || hasBody) && !responses.hasAPIResponse(common.getKey())) {
                responses.addAPIResponse(common.getKey(), problem(common.getValue()));
            }
        }
        if (hasBodyMethod(method) && !responses.hasAPIResponse("413")) {
            responses.addAPIResponse("413", problem("Body larger than 1 MiB"));
        }
    }

    /** JSON-B writes dates and instants as ISO strings; the scanner describes them as bare objects. */
    private static void datesAsStrings(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            boolean bare = property.getType() == Schema.SchemaType.OBJECT && property.getRef() == null
                    && (property.getProperties() == null || property.getProperties().isEmpty())
                    && property.getAdditionalPropertiesSchema() == null;
            if (bare) {
                property.setType(Schema.SchemaType.STRING);
                property.setFormat(DATE_PROPERTIES.contains(name) || name.endsWith("Date") ? "date" : "date-time");
            }
        });
    }

    /**
     * An operation that declares no security is public and says so with an empty requirement ({@code security:
     * [{}]}: no credentials needed), which the document writer keeps where it would drop an empty list.
     */
    private static void publicUnlessSecured(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(new java.util.ArrayList<>(java.util.List.of(
                    OASFactory.createSecurityRequirement())));
        }
    }

    /**
     * Payara writes the context roots of the deployed applications as a root field {@code endpoints}, which the
     * OpenAPI schema does not allow (linters refuse the document); it is filled from each application's model, so an
     * empty one here leaves it out.
     */
    private static void withoutEndpointsField(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new java.util.TreeMap<>());
        } catch (ReflectiveOperationException | RuntimeException notPayara) {
            // another runtime writes no such field
        }
    }

    private static boolean hasBodyMethod(PathItem.HttpMethod method) {
        return method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
    }

    private static APIResponse problem(String description) {
        Schema schema = OASFactory.createSchema().ref("#/components/schemas/Problem");
        MediaType mediaType = OASFactory.createMediaType().schema(schema);
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType);
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    /** Record components of type LocalDate among the schemas' properties; every other bare object is an Instant. */
    private static final java.util.Set<String> DATE_PROPERTIES = java.util.Set.of("date", "neededBy", "availableFrom",
            "availableUntil", "validUntil", "due", "dueBy", "commitBy", "from", "to");

    @Override
    public void filterOpenAPI(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        // one server, no trailing slash: the paths already begin with /api
        openAPI.setServers(new java.util.ArrayList<>(java.util.List.of(OASFactory.createServer()
                .url("http://localhost:8080").description("Any instance, at its own address"))));
        withoutEndpointsField(openAPI);
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(OpenApiCompletion::datesAsStrings);
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(OpenApiCompletion::publicUnlessSecured));
        }
        Schema fieldError = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING));
        Schema problem = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError));
        openAPI.getComponents().addSchema("Problem", problem);
    }
}
