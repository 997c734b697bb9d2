package app.resell.inventory.entity;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An item like another one: same category, words of the name in common, ranked by {@code score}.
 */
public record SimilarItem(
    UUID lotId,
    String itemName,
    String category,
    String condition,
    BigDecimal estimatedValue,
    BigDecimal totalCost,
    BigDecimal score) {}
