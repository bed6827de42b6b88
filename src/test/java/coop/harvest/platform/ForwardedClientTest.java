package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which address counts as the client's behind a trusted load balancer, and that nobody else can claim one. */
class ForwardedClientTest {

    private static final Set<String> BALANCER = ForwardedClient.parse(" 10.0.0.2, 127.0.0.1 ,");

    @Test
    void behindTheBalancerTheClientIsTheLastUntrustedHop() {
        assertEquals(Set.of("10.0.0.2", "127.0.0.1"), BALANCER);
        assertEquals("203.0.113.9", ForwardedClient.client("10.0.0.2", List.of("203.0.113.9"), BALANCER));
        // a client's own forged entry stays to the left of what the balancer appended
        assertEquals("203.0.113.9", ForwardedClient.client("10.0.0.2", List.of("1.2.3.4, 203.0.113.9"), BALANCER));
        assertEquals("203.0.113.9", ForwardedClient.client("10.0.0.2", List.of("1.2.3.4", "203.0.113.9, 127.0.0.1"),
                BALANCER));
    }

    @Test
    void aHeaderFromAnUntrustedPeerOrNoHeaderChangesNothing() {
        assertEquals("198.51.100.7", ForwardedClient.client("198.51.100.7", List.of("1.2.3.4"), BALANCER));
        assertEquals("10.0.0.2", ForwardedClient.client("10.0.0.2", List.of(), BALANCER));
        assertEquals("10.0.0.2", ForwardedClient.client("10.0.0.2", List.of(" , "), BALANCER));
        assertEquals("10.0.0.2", ForwardedClient.client("10.0.0.2", List.of("x".repeat(100)), BALANCER));
        assertEquals("10.0.0.2", ForwardedClient.client("10.0.0.2", List.of("9.9.9.9"), Set.of()));
    }
}
