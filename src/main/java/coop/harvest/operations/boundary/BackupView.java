package coop.harvest.operations.boundary;

import java.time.Instant;

/**
 * One backup: {@code path} is its folder; {@code databasePath} the copied database inside it, the value an operator
 * gives to {@code restoreFrom=} (or copies back in place of {@code HARVEST_DATA_DIR/harvest}) to restore it.
 */
public record BackupView(String path, String databasePath, Instant startedAt, Instant finishedAt, String actor) {
}
