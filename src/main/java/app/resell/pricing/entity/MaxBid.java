package app.resell.pricing.entity;

import java.math.BigDecimal;

/**
 * A hammer bid with what it costs and what selling the item then yields.
 *
 * @param hammer the bid
 * @param buyersPremium premium on the hammer, rounded half-up to the cent
 * @param salesTax tax on the hammer (and premium when taxed), rounded half-up to the cent
 * @param otherCosts the other costs from the terms
 * @param landedCost hammer + premium + tax + other costs
 * @param sale the expected sale with this landed cost: fees, net proceeds, profit, ROI
 */
public record MaxBid(
    BigDecimal hammer,
    BigDecimal buyersPremium,
    BigDecimal salesTax,
    BigDecimal otherCosts,
    BigDecimal landedCost,
    PriceQuote sale) {}
