package coop.harvest.messaging.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The SMS gateway's state on /health/ready: always UP (messages wait in the outbox while the SMSC is away or not
 * configured), with "not configured", "bound", "throttled", "unreachable" or "reconnecting" as data.
 */
@Readiness
@ApplicationScoped
public class SmsGatewayReadiness implements HealthCheck {

    @Inject
    SmppGateway gateway;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sms-gateway").up().withData("gateway", gateway.state()).build();
    }
}
