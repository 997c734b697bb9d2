package app.resell.inventory.entity;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One change of one of an item's prices: its estimate, a listing's price or a sold price ({@code
 * price_type}), with the platform for listing and sale prices.
 */
public record PricePoint(
    UUID id,
    UUID listingId,
    String platform,
    String priceType,
    BigDecimal oldPrice,
    BigDecimal newPrice,
    String reason,
    UUID changedBy,
    OffsetDateTime changedAt) {}
