package app.resell.comps.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A sold listing of a similar item, kept as research for an item (or unattached, for market
 * trends): a row of {@code comparable_sales}.
 *
 * @param id {@code null} before it is stored
 * @param lotId the item it is a comp for, or {@code null}
 * @param source where it was found, e.g. {@code ebay}, {@code terapeak}, {@code worthpoint}
 * @param condition an item condition's wire spelling, or {@code null}
 * @param category an item category's wire spelling, or {@code null}
 */
public record ComparableSale(
    UUID id,
    UUID lotId,
    String source,
    String title,
    BigDecimal price,
    BigDecimal shipping,
    LocalDate soldDate,
    String url,
    String condition,
    String category,
    OffsetDateTime createdAt) {

  /** The price and date the statistics use. */
  public CompSale sale() {
    return new CompSale(price, soldDate);
  }
}
