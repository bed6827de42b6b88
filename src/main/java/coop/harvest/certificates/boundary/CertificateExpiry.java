package coop.harvest.certificates.boundary;

import coop.harvest.platform.SchemaMigrator;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every minute: expires approved certificates past their last day, and sends the 30-day reminders. */
@Stateless
public class CertificateExpiry {

    private static final Logger LOG = Logger.getLogger(CertificateExpiry.class.getName());

    @Inject
    SchemaMigrator schema;

    @Inject
    Certificates certificates;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "certificate expiry")
    public void sweep() {
        if (!schema.isMigrated()) {
            return;
        }
        int expired = certificates.expireDue();
        int reminded = certificates.remindDue();
        if (expired + reminded > 0) {
            LOG.log(Level.INFO, "{0} certificates expired, {1} reminders sent", new Object[]{expired, reminded});
        }
    }
}
