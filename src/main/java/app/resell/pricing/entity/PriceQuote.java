package app.resell.pricing.entity;

import app.resell.money.entity.FeeBreakdown;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;

/**
 * The outcome of selling at one list price on one platform.
 *
 * @param listPrice the price of one unit
 * @param salesTax the sales tax the platform would collect (it is the buyer's, not revenue)
 * @param fees the platform fees
 * @param netProceeds list price + shipping charged - fees - shipping cost
 * @param landedCost the cost of the item
 * @param netProfit net proceeds - landed cost
 * @param roiPercent net profit / landed cost x 100 (2 decimals), {@code null} when cost is zero
 * @param marginPercent net profit / (list price + shipping charged) x 100 (2 decimals)
 */
public record PriceQuote(
    Platform platform,
    BigDecimal listPrice,
    BigDecimal salesTax,
    FeeBreakdown fees,
    BigDecimal netProceeds,
    BigDecimal landedCost,
    BigDecimal netProfit,
    BigDecimal roiPercent,
    BigDecimal marginPercent) {}
