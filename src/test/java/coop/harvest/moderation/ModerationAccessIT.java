package coop.harvest.moderation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every moderation endpoint is the bureau's: 401 problem+json for anonymous callers, 403 for cooperatives and
 * buyers, whatever the target — and the audit log cannot be changed through any endpoint.
 */
class ModerationAccessIT {

    private static final String REASON = "{\"reason\":\"测试\"}";

    private static List<Fixtures.TestAccount> nonStaff;

    private final ApiClient api = HarvestServer.shared().api();

    /** One cooperative and one buyer for the whole table: signing up hashes passwords, which is slow on purpose. */
    private synchronized List<Fixtures.TestAccount> nonStaff() {
        if (nonStaff == null) {
            nonStaff = List.of(Fixtures.cooperative(api), Fixtures.buyer(api));
        }
        return nonStaff;
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("GET", "/api/moderation/queue", null),
                Arguments.of("POST", "/api/moderation/listings/1/approve", null),
                Arguments.of("POST", "/api/moderation/listings/1/reject", REASON),
                Arguments.of("POST", "/api/moderation/listings/1/suspend", REASON),
                Arguments.of("POST", "/api/moderation/listings/1/reinstate", null),
                Arguments.of("POST", "/api/moderation/demands/1/remove", REASON),
                Arguments.of("POST", "/api/moderation/cooperatives/1/verify", null),
                Arguments.of("POST", "/api/moderation/cooperatives/1/suspend", REASON),
                Arguments.of("POST", "/api/moderation/cooperatives/1/reinstate", null),
                Arguments.of("GET", "/api/moderation/reports", null),
                Arguments.of("GET", "/api/moderation/reports?status=OPEN", null),
                Arguments.of("GET", "/api/moderation/reports/1", null),
                Arguments.of("POST", "/api/moderation/reports/1/resolve", "{\"note\":\"ok\"}"),
                Arguments.of("GET", "/api/moderation/audit", null),
                Arguments.of("GET", "/api/moderation/audit?actor=x&page=0&size=5", null),
                Arguments.of("GET", "/api/moderation/audit.csv", null),
                Arguments.of("GET", "/api/moderation/trades", null),
                Arguments.of("POST", "/api/moderation/trades/1/accept", null),
                Arguments.of("POST", "/api/moderation/trades/1/exclude", REASON),
                Arguments.of("POST", "/api/moderation/accounts/1/reset-password", REASON),
                Arguments.of("POST", "/api/moderation/accounts/1/links", "{\"otherAccountId\":2,\"reason\":\"same\"}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void anonymousCallersGet401(String method, String path, String body) {
        ApiClient.Response response = client(api, path).send(method, path, body, "application/json");
        assertTrue(response.isProblem(401), response::toString);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void cooperativesAndBuyersGet403(String method, String path, String body) {
        for (Fixtures.TestAccount account : nonStaff()) {
            ApiClient.Response response = client(account.api(), path).send(method, path, body, "application/json");
            assertTrue(response.isProblem(403), response::toString);
        }
    }

    @Test
    void theOpenApiDocumentDescribesEveryModerationOperation() {
        ApiClient.Response openapi = api.withHeader("Accept", "application/json").get("/openapi");
        assertTrue(openapi.status() == 200, openapi::toString);
        for (String operation : List.of("moderationQueue", "approveListing", "rejectListing", "suspendListing",
                "reinstateListing", "removeDemand", "verifyCooperative", "suspendCooperative", "reinstateCooperative",
                "fileReport", "listReports", "getReport", "resolveReport", "auditLog", "auditLogCsv")) {
            assertTrue(java.util.regex.Pattern.compile("\"operationId\"\\s*:\\s*\"" + operation + "\"")
                    .matcher(openapi.body()).find(), operation);
        }
    }

    @Test
    void reportingNeedsASignedInAccount() {
        ApiClient.Response response = api.post("/api/reports",
                "{\"targetType\":\"ACCOUNT\",\"targetId\":1,\"reason\":\"spam\"}");
        assertTrue(response.isProblem(401), response::toString);
    }

    @Test
    void noEndpointChangesTheAuditLog() {
        ApiClient staff = Fixtures.staff(api).api();
        for (String path : List.of("/api/moderation/audit", "/api/moderation/audit.csv")) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                ApiClient.Response response = client(staff, path).send(method, path, body(method), "application/json");
                assertTrue(response.isProblem(405), response::toString);
            }
        }
        for (String method : List.of("GET", "PUT", "DELETE", "POST")) {
            ApiClient.Response response = staff.send(method, "/api/moderation/audit/1", body(method), "application/json");
            assertTrue(response.isProblem(404) || response.isProblem(405), response::toString);
        }
    }

    /** The CSV export is asked for as CSV, as a browser or spreadsheet tool does. */
    private static ApiClient client(ApiClient api, String path) {
        return path.contains(".csv") ? api.withHeader("Accept", "text/csv") : api;
    }

    private static String body(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH") ? "{}" : null;
    }
}
