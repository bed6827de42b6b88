package coop.harvest.operations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One finished online backup; never changed afterwards. */
@Entity
@Table(name = "BACKUP_RUN")
public class BackupRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "FOLDER", nullable = false, updatable = false)
    private String folder;

    @Column(name = "DATABASE_PATH", nullable = false, updatable = false)
    private String databasePath;

    @Column(name = "STARTED_AT", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "FINISHED_AT", nullable = false, updatable = false)
    private Instant finishedAt;

    @Column(name = "ACTOR", nullable = false, updatable = false)
    private String actor;

    protected BackupRun() {
    }

    public BackupRun(String folder, String databasePath, Instant startedAt, Instant finishedAt, String actor) {
        this.folder = folder;
        this.databasePath = databasePath;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.actor = actor;
    }

    public Long getId() {
        return id;
    }

    public String getFolder() {
        return folder;
    }

    public String getDatabasePath() {
        return databasePath;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getActor() {
        return actor;
    }
}
