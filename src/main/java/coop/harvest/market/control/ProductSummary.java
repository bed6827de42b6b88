package coop.harvest.market.control;

import java.math.BigDecimal;

/**
 * One product's market at a glance. {@code bestAsk}/{@code bestBid} are absent when nobody offers or asks;
 * {@code volume30d} is the quantity traded in the last 30 market days (today included).
 */
public record ProductSummary(String product, String name, String nameZh, String nameEn, String unit,
                             BigDecimal bestAsk, BigDecimal bestBid, long activeListings, long openDemands,
                             BigDecimal volume30d) {
}
