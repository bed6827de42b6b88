package coop.harvest.platform;

import jakarta.ejb.ApplicationException;

/**
 * Another request with the same key inserted its record first: this attempt rolls back and looks again, which
 * waits for the first request's outcome and then replays it (or, if it failed, runs this one).
 */
@ApplicationException(rollback = true)
class IdempotencyConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    IdempotencyConflict() {
        super("idempotency key in use", null, false, false);
    }
}
