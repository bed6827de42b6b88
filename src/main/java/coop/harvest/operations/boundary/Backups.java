package coop.harvest.operations.boundary;

import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.operations.control.BackupLocation;
import coop.harvest.operations.entity.BackupRun;
import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.platform.Dates;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Online backups of the embedded database, taken by staff, recorded and audited. */
@Stateless
@RolesAllowed("STAFF")
public class Backups {

    @Inject
    DerbyBackup derby;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "HARVEST_DATA_DIR", defaultValue = "./data")
    String dataDir;

    @PersistenceContext
    EntityManager em;

    /**
     * Copies the running database into {@code HARVEST_DATA_DIR/backups/<timestamp>} and answers once the copy is
     * complete; 409 when the database is not the embedded one.
     */
    public BackupView backUp() {
        String actor = currentUser.require().username();
        Instant startedAt = Dates.now();
        Path folder = BackupLocation.folder(Path.of(dataDir), startedAt);
        Path database = derby.copyTo(folder);
        BackupRun run = new BackupRun(folder.toString(), database.toString(), startedAt, Dates.now(), actor);
        em.persist(run);
        em.flush();
        audit.record(actor, "DATABASE_BACKED_UP", "BACKUP", run.getId(), folder.toString());
        return view(run);
    }

    /** Backups taken, newest first. */
    public Page<BackupView> list(PageRequest request) {
        long total = em.createQuery("SELECT COUNT(b) FROM BackupRun b", Long.class).getSingleResult();
        return request.page(em.createQuery("SELECT b FROM BackupRun b ORDER BY b.startedAt DESC, b.id DESC",
                        BackupRun.class)
                .setFirstResult(request.offset()).setMaxResults(request.size())
                .getResultStream().map(Backups::view).toList(), total);
    }

    private static BackupView view(BackupRun run) {
        return new BackupView(run.getFolder(), run.getDatabasePath(), run.getStartedAt(), run.getFinishedAt(),
                run.getActor());
    }
}
