package coop.harvest.moderation.boundary;

import coop.harvest.accounts.boundary.CooperativeDirectory;
import coop.harvest.accounts.boundary.CooperativeView;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.platform.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Staff decisions, each audited in the transaction that makes it. */
@Stateless
@RolesAllowed("STAFF")
public class Moderation {

    @Inject
    CooperativeDirectory cooperatives;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** Verifies a cooperative: its later listings go live without review. */
    public CooperativeView verifyCooperative(long id) {
        CooperativeView verified = cooperatives.verify(id);
        audit.record(currentUser.require().username(), "COOPERATIVE_VERIFIED", "COOPERATIVE", id, null);
        return verified;
    }
}
