package coop.harvest.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Registration, tokens and sign-in rules over HTTP against the running application. */
class AccountsIT {

    private final ApiClient api = HarvestServer.shared().api();

    @Test
    void cooperativeRegistersGetsATokenAndSeesItself() {
        String username = Fixtures.unique("hesheng");
        JsonObject body = Fixtures.cooperativeRegistration(username, "中方县和平种养专业合作社" + username, "zhongfang");
        ApiClient.Response created = api.post("/api/accounts", body);
        assertEquals(201, created.status(), created::toString);
        assertNotNull(created.header("Location"));
        assertEquals("COOPERATIVE", created.object().getString("role"));
        long cooperativeId = created.object().getJsonNumber("cooperativeId").longValue();

        String token = Fixtures.token(api, username.toUpperCase(), Fixtures.PASSWORD);
        JsonObject me = api.withToken(token).get("/api/me").object();
        assertEquals(username, me.getString("username"));
        assertEquals(cooperativeId, me.getJsonNumber("cooperativeId").longValue());

        JsonObject profile = api.get("/api/cooperatives/" + cooperativeId).object();
        assertEquals("中方县", profile.getString("county"), "county aliases are stored by their Chinese name");
        assertFalse(profile.getBoolean("verified"), "a new cooperative is unverified");
        assertFalse(profile.containsKey("registrationNumber"), "the public does not see the registration number");
        JsonObject own = api.withToken(token).get("/api/cooperatives/" + cooperativeId).object();
        assertEquals(body.getJsonObject("cooperative").getString("registrationNumber"),
                own.getString("registrationNumber"));
    }

    @Test
    void cooperativesAreListedPubliclyAndFilteredByCountyAndVerification() {
        Fixtures.TestAccount unverified = Fixtures.cooperative(api);
        Fixtures.TestAccount verified = Fixtures.verifiedCooperative(api);
        java.util.List<Long> unverifiedIds = ids(api.get("/api/cooperatives?verified=false&county=xupu&size=100"));
        java.util.List<Long> verifiedIds = ids(api.get("/api/cooperatives?verified=true&county=溆浦县&size=100"));
        assertTrue(unverifiedIds.contains(unverified.cooperativeId()), unverifiedIds::toString);
        assertFalse(unverifiedIds.contains(verified.cooperativeId()));
        assertTrue(verifiedIds.contains(verified.cooperativeId()), verifiedIds::toString);
        assertTrue(api.get("/api/cooperatives?county=atlantis").isProblem(422));
    }

    private static java.util.List<Long> ids(ApiClient.Response page) {
        assertEquals(200, page.status(), page::toString);
        return page.object().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void buyerAndStaffSignInAndSeeTheirRole() {
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        assertEquals("BUYER", buyer.api().get("/api/me").object().getString("role"));
        Fixtures.TestAccount staff = Fixtures.staff(api);
        assertEquals("STAFF", staff.api().get("/api/me").object().getString("role"));
    }

    @Test
    void aStaleEditOfOnesAccountGets412AndChangesNothing() {
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        long version = buyer.api().get("/api/me").object().getJsonNumber("version").longValue();
        ApiClient phone = buyer.api().withHeader("If-Match", "\"" + version + "\"");
        ApiClient.Response first = phone.put("/api/me", Json.createObjectBuilder().add("phone", "13912345678").build());
        assertEquals(200, first.status(), first::toString);
        assertEquals(version + 1, first.object().getJsonNumber("version").longValue());
        // the other device still holds the first version
        ApiClient.Response stale = phone.put("/api/me", Json.createObjectBuilder().add("phone", "13700000000").build());
        assertTrue(stale.isProblem(412), stale::toString);
        assertEquals("13912345678", buyer.api().get("/api/me").object().getString("phone"));
        assertTrue(buyer.api().withHeader("If-Match", "soon").put("/api/me", Json.createObjectBuilder()
                .add("phone", "13700000000").build()).isProblem(400));
        assertEquals(200, buyer.api().withHeader("If-Match", "*").put("/api/me", Json.createObjectBuilder()
                .add("phone", "13700000000").build()).status(), "* matches any version");
    }

    @Test
    void nobodyRegistersAsStaff() {
        ApiClient.Response response = api.post("/api/accounts", Json.createObjectBuilder()
                .add("username", Fixtures.unique("sneaky")).add("password", Fixtures.PASSWORD)
                .add("displayName", "Sneaky").add("role", "STAFF").build());
        assertTrue(response.isProblem(422), response::toString);
        assertTrue(response.errorFields().contains("role"));
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() {
        for (String weak : new String[]{"short", "password1234", "same-as-username"}) {
            String username = weak.equals("same-as-username") ? "same-as-username" : Fixtures.unique("weak");
            ApiClient.Response response = api.post("/api/accounts", Json.createObjectBuilder()
                    .add("username", username).add("password", weak).add("displayName", "W")
                    .add("role", "BUYER").build());
            assertTrue(response.isProblem(422), response::toString);
            assertEquals(java.util.List.of("password"), response.errorFields(), response::toString);
        }
    }

    @Test
    void invalidRegistrationNumberAndCountyAreNamed() {
        String username = Fixtures.unique("badcoop");
        ApiClient.Response response = api.post("/api/accounts", Json.createObjectBuilder()
                .add("username", username).add("password", Fixtures.PASSWORD).add("displayName", "X")
                .add("role", "COOPERATIVE")
                .add("cooperative", Json.createObjectBuilder().add("name", "某合作社")
                        .add("registrationNumber", "934312240000000001").add("county", "北京市"))
                .build());
        assertTrue(response.isProblem(422), response::toString);
        assertTrue(response.errorFields().containsAll(java.util.List.of(
                "cooperative.registrationNumber", "cooperative.county")), response::toString);
    }

    @Test
    void usernamesAreUniqueIgnoringCase() {
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        ApiClient.Response again = api.post("/api/accounts", Json.createObjectBuilder()
                .add("username", buyer.username().toUpperCase()).add("password", Fixtures.PASSWORD)
                .add("displayName", "Copy").add("role", "BUYER").build());
        assertTrue(again.isProblem(409), again::toString);
    }

    @Test
    void wrongCredentialsGetTheSameAnswerWhetherTheUserExistsOrNot() {
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        ApiClient.Response wrongPassword = api.post("/api/auth/token", Json.createObjectBuilder()
                .add("username", buyer.username()).add("password", "not-the-password-at-all").build());
        ApiClient.Response unknownUser = api.post("/api/auth/token", Json.createObjectBuilder()
                .add("username", Fixtures.unique("nobody")).add("password", "not-the-password-at-all").build());
        assertTrue(wrongPassword.isProblem(401));
        assertTrue(unknownUser.isProblem(401));
        assertEquals("Bearer", wrongPassword.header("WWW-Authenticate"), "RFC 9110: a 401 names the scheme to use");
        assertEquals(wrongPassword.object().getString("detail"), unknownUser.object().getString("detail"));
    }

    @Test
    void repeatedFailuresAreThrottledWithRetryAfter() {
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        JsonObject wrong = Json.createObjectBuilder().add("username", buyer.username())
                .add("password", "definitely-wrong-password").build();
        for (int i = 0; i < 5; i++) {
            assertTrue(api.post("/api/auth/token", wrong).isProblem(401), "attempt " + (i + 1) + " is a plain 401");
        }
        ApiClient.Response throttled = api.post("/api/auth/token", wrong);
        assertTrue(throttled.isProblem(429), throttled::toString);
        assertTrue(Integer.parseInt(throttled.header("Retry-After")) > 0);
        ApiClient.Response evenRight = api.post("/api/auth/token", Json.createObjectBuilder()
                .add("username", buyer.username()).add("password", Fixtures.PASSWORD).build());
        assertTrue(evenRight.isProblem(429), "a locked username stays locked, even with the right password");
    }

    @Test
    void forgedAndRevokedTokensAre401Problems() {
        assertTrue(api.withToken("forged-token-value").get("/api/me").isProblem(401));
        assertTrue(api.get("/api/me").isProblem(401));
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        assertEquals(204, buyer.api().delete("/api/auth/token").status());
        assertTrue(buyer.api().get("/api/me").isProblem(401), "a revoked token no longer works");
    }

    @Test
    void onlyStaffCreateStaffAndNewStaffCanSignIn() {
        JsonObject newStaff = Json.createObjectBuilder().add("username", Fixtures.unique("clerk"))
                .add("password", Fixtures.PASSWORD).add("displayName", "农业局 信息科").build();
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        assertTrue(buyer.api().post("/api/staff", newStaff).isProblem(403));
        assertTrue(api.post("/api/staff", newStaff).isProblem(401));
        ApiClient.Response created = Fixtures.staff(api).api().post("/api/staff", newStaff);
        assertEquals(201, created.status(), created::toString);
        assertEquals("STAFF", created.object().getString("role"));
        String token = Fixtures.token(api, newStaff.getString("username"), Fixtures.PASSWORD);
        assertEquals("STAFF", api.withToken(token).get("/api/me").object().getString("role"));
    }

    @Test
    void contactDetailsAreVisibleToTheOwnerAndStaffOnly() {
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        Fixtures.TestAccount other = Fixtures.buyer(api);
        assertTrue(buyer.api().get("/api/accounts/" + buyer.id()).object().containsKey("email"));
        assertTrue(Fixtures.staff(api).api().get("/api/accounts/" + buyer.id()).object().containsKey("email"));
        assertTrue(other.api().get("/api/accounts/" + buyer.id()).isProblem(404));
    }

    @Test
    void weakPasswordsAreRefusedAtRegistration() {
        ApiClient api = HarvestServer.shared().api();
        for (String weak : java.util.List.of(" ".repeat(12), "\u0000".repeat(12), "abababababab", "Password123!",
                "harvest-demo-2026", "harvest-demo-admin", "123456789012", "iloveyou2026!")) {
            ApiClient.Response refused = api.post("/api/accounts", Json.createObjectBuilder()
                    .add("username", Fixtures.unique("weak")).add("password", weak).add("displayName", "弱")
                    .add("role", "BUYER").build());
            assertTrue(refused.isProblem(422), () -> weak + ": " + refused);
            assertTrue(refused.errorFields().contains("password"), refused::toString);
        }
    }

    @Test
    void changingThePasswordEndsEveryTokenAndNeedsTheCurrentOne() {
        ApiClient api = HarvestServer.shared().api();
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        String second = Fixtures.token(api, buyer.username(), Fixtures.PASSWORD);
        ApiClient.Response wrong = buyer.api().put("/api/me/password", Json.createObjectBuilder()
                .add("current", "not-the-password-at-all").add("password", "purple tractor sings at dawn").build());
        assertTrue(wrong.isProblem(403), wrong::toString);
        ApiClient.Response weak = buyer.api().put("/api/me/password", Json.createObjectBuilder()
                .add("current", Fixtures.PASSWORD).add("password", "Password123!").build());
        assertTrue(weak.isProblem(422), weak::toString);
        assertEquals(200, buyer.api().get("/api/me").status(), "nothing changed yet");

        ApiClient.Response changed = buyer.api().put("/api/me/password", Json.createObjectBuilder()
                .add("current", Fixtures.PASSWORD).add("password", "purple tractor sings at dawn").build());
        assertEquals(204, changed.status(), changed::toString);
        assertTrue(buyer.api().get("/api/me").isProblem(401), "the token of the change ends");
        assertTrue(api.withToken(second).get("/api/me").isProblem(401), "and every other token");
        assertEquals(401, api.post("/api/auth/token", Json.createObjectBuilder().add("username", buyer.username())
                .add("password", Fixtures.PASSWORD).build()).status(), "the old password no longer signs in");
        Fixtures.token(api, buyer.username(), "purple tractor sings at dawn");
    }

    @Test
    void staffForceAResetThatEndsEveryTokenAndIsAudited() {
        ApiClient api = HarvestServer.shared().api();
        Fixtures.TestAccount staff = Fixtures.staff(api);
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        ApiClient.Response noReason = staff.api().post("/api/moderation/accounts/" + buyer.id() + "/reset-password",
                Json.createObjectBuilder().add("reason", " ").build());
        assertTrue(noReason.isProblem(422), noReason::toString);
        assertTrue(buyer.api().post("/api/moderation/accounts/" + buyer.id() + "/reset-password",
                Json.createObjectBuilder().add("reason", "mine").build()).isProblem(403), "staff only");
        ApiClient.Response reset = staff.api().post("/api/moderation/accounts/" + buyer.id() + "/reset-password",
                Json.createObjectBuilder().add("reason", "password seen in a leak").build());
        assertEquals(200, reset.status(), reset::toString);
        String temporary = reset.object().getString("temporaryPassword");
        assertTrue(buyer.api().get("/api/me").isProblem(401), "the owner's tokens end");
        Fixtures.token(api, buyer.username(), temporary);
        JsonObject audit = staff.api().get("/api/moderation/audit?action=PASSWORD_RESET&targetType=ACCOUNT&targetId="
                + buyer.id()).object();
        assertEquals(1, audit.getInt("total"), audit::toString);
        assertEquals("password seen in a leak", audit.getJsonArray("items").getJsonObject(0).getString("reason"));
    }
}
