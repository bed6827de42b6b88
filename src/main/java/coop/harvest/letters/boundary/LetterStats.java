package coop.harvest.letters.boundary;

import java.math.BigDecimal;

/** The mailbox's figures for one year (letters received in that year, market time zone). */
public record LetterStats(int year, long received, long answered, long answeredOnTime, BigDecimal onTimeRate,
                          BigDecimal medianWorkingDaysToAnswer, long satisfied, long notSatisfied, long open) {
}
