package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransientRetryTest {

    private static RuntimeException deadlock() {
        return new jakarta.ejb.EJBException(new RuntimeException(new SQLException("deadlock", "40001")));
    }

    @Test
    void runsATransactionAgainWhenItLostADeadlock() {
        AtomicInteger calls = new AtomicInteger();
        String result = TransientRetry.run(() -> {
            if (calls.incrementAndGet() < 3) {
                throw deadlock();
            }
            return "done";
        });
        assertEquals("done", result);
        assertEquals(3, calls.get());
    }

    @Test
    void givesUpAfterAFewAttempts() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(jakarta.ejb.EJBException.class, () -> TransientRetry.run(() -> {
            calls.incrementAndGet();
            throw deadlock();
        }));
        assertEquals(TransientRetry.ATTEMPTS, calls.get());
    }

    @Test
    void neverRetriesARefusal() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(ProblemException.class, () -> TransientRetry.run(() -> {
            calls.incrementAndGet();
            throw ProblemException.conflict("not enough");
        }));
        assertEquals(1, calls.get());
    }
}
