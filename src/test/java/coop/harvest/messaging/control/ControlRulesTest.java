package coop.harvest.messaging.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.messaging.control.Crossing.Direction;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Alert crossings, replies from phones, phone numbers, backoff, the sending pace and "slow down". */
class ControlRulesTest {

    private static final BigDecimal FIVE = new BigDecimal("5.00");

    @Test
    void aBelowAlertFiresOncePerCrossingAndRearmsWhenCrossedBack() {
        Crossing.Outcome first = Crossing.evaluate(Direction.BELOW, true, new BigDecimal("4.99"), FIVE);
        assertTrue(first.fire());
        assertFalse(first.armed());
        Crossing.Outcome still = Crossing.evaluate(Direction.BELOW, false, new BigDecimal("4.50"), FIVE);
        assertFalse(still.fire(), "still below: no second alert");
        assertFalse(still.armed());
        Crossing.Outcome back = Crossing.evaluate(Direction.BELOW, false, FIVE, FIVE);
        assertFalse(back.fire());
        assertTrue(back.armed(), "at the threshold again: armed");
        assertTrue(Crossing.evaluate(Direction.BELOW, true, new BigDecimal("4"), FIVE).fire(), "a new crossing");
    }

    @Test
    void anAboveAlertFiresOnATradeOverTheThreshold() {
        assertFalse(Crossing.evaluate(Direction.ABOVE, true, FIVE, FIVE).fire(), "equal is not above");
        assertTrue(Crossing.evaluate(Direction.ABOVE, true, new BigDecimal("5.01"), FIVE).fire());
        assertFalse(Crossing.evaluate(Direction.ABOVE, false, new BigDecimal("6"), FIVE).fire());
    }

    @Test
    void noPriceChangesNothing() {
        Crossing.Outcome none = Crossing.evaluate(Direction.BELOW, false, null, FIVE);
        assertFalse(none.fire());
        assertFalse(none.armed(), "nobody offering does not re-arm");
    }

    @Test
    void repliesFromPhonesAreParsed() {
        assertEquals(MoCommand.Kind.STOP, MoCommand.parse("TD").kind());
        assertEquals(MoCommand.Kind.STOP, MoCommand.parse(" td ").kind());
        assertEquals(MoCommand.Kind.STOP, MoCommand.parse("Stop").kind());
        assertEquals(MoCommand.Kind.STOP, MoCommand.parse("退订").kind());
        assertEquals(new MoCommand(MoCommand.Kind.PRICE, "猕猴桃"), MoCommand.parse("JG猕猴桃"));
        assertEquals(new MoCommand(MoCommand.Kind.PRICE, "kiwi"), MoCommand.parse("jg kiwi"));
        assertEquals(new MoCommand(MoCommand.Kind.PRICE, "Navel orange"), MoCommand.parse("JG: Navel orange"));
        assertEquals(new MoCommand(MoCommand.Kind.PRICE, "脐橙"), MoCommand.parse("价格　脐橙"));
        assertEquals(MoCommand.Kind.HELP, MoCommand.parse("JG").kind());
        assertEquals(MoCommand.Kind.HELP, MoCommand.parse("你好").kind());
        assertEquals(MoCommand.Kind.HELP, MoCommand.parse("TD please").kind());
        assertEquals(MoCommand.Kind.HELP, MoCommand.parse(null).kind());
    }

    @Test
    void mainlandMobileNumbers() {
        assertEquals(Optional.of("13800138000"), PhoneNumbers.mainlandMobile("13800138000"));
        assertEquals(Optional.of("13800138000"), PhoneNumbers.mainlandMobile("+86 138-0013-8000"));
        assertEquals(Optional.of("19912345678"), PhoneNumbers.mainlandMobile("8619912345678"));
        assertEquals(Optional.empty(), PhoneNumbers.mainlandMobile("12345678901"));
        assertEquals(Optional.empty(), PhoneNumbers.mainlandMobile("1380013800"));
        assertEquals(Optional.empty(), PhoneNumbers.mainlandMobile("0745-2345678"));
        assertEquals(Optional.empty(), PhoneNumbers.mainlandMobile(null));
        assertEquals("138****8000", PhoneNumbers.masked("13800138000"));
    }

    @Test
    void backoffDoublesAndGivesUpAfterFiveAttempts() {
        Duration base = Duration.ofSeconds(30);
        assertEquals(Duration.ofSeconds(30), Backoff.after(1, base));
        assertEquals(Duration.ofSeconds(60), Backoff.after(2, base));
        assertEquals(Duration.ofSeconds(240), Backoff.after(4, base));
        assertEquals(Duration.ofHours(1), Backoff.after(30, base));
        assertFalse(Backoff.exhausted(4));
        assertTrue(Backoff.exhausted(5));
    }

    @Test
    void aPaceSpacesSubmitsEvenInABurstAndSavesNoSlotsInAQuietSpell() {
        SubmitPace pace = new SubmitPace(4); // 250 ms apart
        long ms = 1_000_000;
        assertEquals(0, pace.book(1_000 * ms), "the first goes at once");
        assertEquals(250 * ms, pace.book(1_000 * ms), "a burst: the second waits its slot");
        assertEquals(500 * ms, pace.book(1_000 * ms));
        assertEquals(150 * ms, pace.book(1_600 * ms), "its slot is at 1,750 ms");
        assertEquals(0, pace.book(60_000 * ms), "after a quiet minute it goes at once");
        assertEquals(250 * ms, pace.book(60_000 * ms), "and the quiet minute left no slots to burst with");
        SubmitPace none = new SubmitPace(0);
        for (int i = 0; i < 1_000; i++) {
            assertEquals(0, none.book(5 * ms), "0: no pace");
        }
    }

    @Test
    void slowingDownDoublesWhileTheSmscKeepsAskingAndStartsOverOnceATextGoesThrough() {
        SlowDown slowDown = new SlowDown(Duration.ofSeconds(1));
        assertFalse(slowDown.slowed());
        assertEquals(Duration.ofSeconds(1), slowDown.asked());
        assertTrue(slowDown.slowed());
        assertEquals(Duration.ofSeconds(2), slowDown.asked());
        assertEquals(Duration.ofSeconds(4), slowDown.asked());
        for (int i = 0; i < 10; i++) {
            slowDown.asked();
        }
        assertEquals(SlowDown.LONGEST, slowDown.asked(), "never more than 30 s");
        slowDown.sent();
        assertFalse(slowDown.slowed());
        assertEquals(Duration.ofSeconds(1), slowDown.asked(), "a new ask starts from the first pause");
        assertEquals(SlowDown.LONGEST, new SlowDown(Duration.ofMinutes(5)).asked(), "a longer setting is capped");
    }
}
