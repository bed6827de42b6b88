package coop.harvest.reliability;

import coop.harvest.it.ApiClient;
import java.time.Instant;

/** What an instance answers for a token that another instance ended. */
final class Revocations {

    private Revocations() {
    }

    /**
     * The answer to /api/me once it is no longer 200, or the 200 still given after five seconds: an instance
     * remembers who a token stood for until it reads the other instances' count of such changes, at most
     * HARVEST_DATA_VERSION_MILLIS apart.
     */
    static ApiClient.Response meOnceSettled(ApiClient api) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(5);
        ApiClient.Response answer = api.get("/api/me");
        while (answer.status() == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            answer = api.get("/api/me");
        }
        return answer;
    }
}
