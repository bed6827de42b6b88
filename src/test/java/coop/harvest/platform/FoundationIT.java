package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.HarvestServer;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The walking skeleton over HTTP: health, OpenAPI, catalogue, pages in both languages, problem+json for bad requests. */
class FoundationIT {

    private final ApiClient api = HarvestServer.shared().api();

    @Test
    void readinessQueriesTheDatabase() {
        ApiClient.Response ready = api.get("/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        assertTrue(ready.body().contains("\"database\""), ready::toString);
        assertTrue(ready.body().contains("UP"), ready::toString);
    }

    @Test
    void catalogueHasTheSeededProductsWithBothNames() {
        ApiClient.Response products = api.get("/api/products");
        assertEquals(200, products.status());
        List<String> codes = products.array().stream().map(p -> p.asJsonObject().getString("code")).toList();
        assertTrue(codes.containsAll(List.of("honeysuckle", "kiwi", "grape", "rice", "navel-orange", "tea")), codes::toString);
        JsonObject honeysuckle = products.array().stream().map(p -> p.asJsonObject())
                .filter(p -> p.getString("code").equals("honeysuckle")).findFirst().orElseThrow();
        assertEquals("金银花", honeysuckle.getString("nameZh"));
        assertEquals("kg", honeysuckle.getString("unit"));
        JsonObject catalogue = api.get("/api/catalog").object();
        assertEquals("PREMIUM", catalogue.getJsonArray("grades").getString(0));
        assertEquals(13, catalogue.getJsonArray("counties").size());
    }

    @Test
    void openApiDescribesTheApiWithBearerSecurity() {
        ApiClient.Response openapi = api.withHeader("Accept", "application/json").get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/products"), "products path documented");
        assertTrue(openapi.body().contains("bearer"), "bearer scheme declared");
    }

    @Test
    void malformedJsonIsA400Problem() {
        ApiClient.Response response = api.post("/api/accounts", "{\"username\": ");
        assertTrue(response.isProblem(400), response::toString);
    }

    @Test
    void wrongTypesAreA400ProblemNamingTheField() {
        ApiClient.Response response = api.post("/api/accounts", "{\"username\": 42, \"role\": \"BUYER\"}");
        assertTrue(response.isProblem(400), response::toString);
        assertEquals(List.of("username"), response.errorFields());
    }

    @Test
    void unknownAndReadOnlyFieldsAreA422Problem() {
        ApiClient.Response response = api.post("/api/accounts",
                "{\"username\": \"someone\", \"role\": \"BUYER\", \"status\": \"ACTIVE\"}");
        assertTrue(response.isProblem(422), response::toString);
        assertTrue(response.errorFields().contains("status"), response::toString);
    }

    @Test
    void beanValidationFailuresListEveryField() {
        ApiClient.Response response = api.post("/api/accounts", "{\"username\": \"a\"}");
        assertTrue(response.isProblem(422), response::toString);
        assertTrue(response.errorFields().containsAll(List.of("username", "password", "displayName", "role")),
                response::toString);
    }

    @Test
    void unknownPathsWrongMethodsAndMediaTypesAreProblems() {
        assertTrue(api.get("/api/no-such-thing").isProblem(404));
        ApiClient.Response wrongMethod = api.delete("/api/products");
        assertTrue(wrongMethod.isProblem(405), wrongMethod::toString);
        ApiClient.Response wrongType = api.send("POST", "/api/accounts", "username=x", "text/plain");
        assertTrue(wrongType.isProblem(415), wrongType::toString);
    }

    @Test
    void bodiesOverOneMebibyteAreRefused() {
        String huge = "{\"username\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        ApiClient.Response response = api.post("/api/accounts", huge);
        assertTrue(response.isProblem(413), () -> "status " + response.status());
    }

    @Test
    void badQueryParametersAreProblemsNotNotFound() {
        ApiClient.Response badPage = api.get("/api/cooperatives?page=abc");
        assertTrue(badPage.isProblem(400), badPage::toString);
        ApiClient.Response hugePage = api.get("/api/cooperatives?size=1000");
        assertTrue(hugePage.isProblem(422), hugePage::toString);
    }

    @Test
    void homePageRendersInBothLanguagesWithSecurityHeaders() {
        ApiClient.Response chinese = api.withHeader("Accept-Language", "zh-CN,zh;q=0.9").send("GET", "/", null, null);
        assertEquals(200, chinese.status());
        assertTrue(chinese.body().contains("丰收交易所"), "Chinese page title");
        assertTrue(chinese.body().contains("lang=\"zh-CN\""));
        ApiClient.Response english = api.withHeader("Accept-Language", "en-US,en;q=0.9").send("GET", "/", null, null);
        assertTrue(english.body().contains("Harvest Exchange"), "English page title");
        assertTrue(english.body().contains("lang=\"en\""));
        assertTrue(chinese.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", chinese.header("X-Content-Type-Options"));
        assertFalse(chinese.body().contains("jsessionid"), "no session ids in URLs");
    }
}
