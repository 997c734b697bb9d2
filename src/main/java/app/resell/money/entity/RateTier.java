package app.resell.money.entity;

import java.math.BigDecimal;

/**
 * One band of a marginal rate: {@code ratePercent} applies to the portion of the fee base above the
 * previous tier's {@code upTo} and up to this one's. eBay's "13.6% up to $7,500, 2.35% above" is
 * two tiers: {@code (7500, 13.6)} and {@code (null, 2.35)}. The last tier has no upper limit.
 *
 * @param upTo the upper end of the band, inclusive; {@code null} for the open last band
 * @param ratePercent the rate in percent, e.g. {@code 13.6}
 */
public record RateTier(BigDecimal upTo, BigDecimal ratePercent) {}
