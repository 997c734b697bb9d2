package app.resell.money.entity;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What the money tools need of an inventory item, read with one query.
 *
 * @param category the category's wire spelling
 * @param totalCost the landed cost of all units ({@code total_cost})
 * @param quantity units bought
 * @param quantitySold units already sold
 */
public record ItemCost(
    UUID lotId,
    String itemName,
    String category,
    BigDecimal totalCost,
    int quantity,
    int quantitySold) {}
