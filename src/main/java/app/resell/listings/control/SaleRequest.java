package app.resell.listings.control;

import app.resell.problems.control.ProblemException;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A sale as the seller reports it. {@code sold_price} is the price of one unit (like the list
 * price); shipping, postage, fees and tax are for the whole order. Fees left out are computed from
 * the platform's fee schedule.
 */
public record SaleRequest(
    BigDecimal soldPrice,
    int quantity,
    OffsetDateTime soldDate,
    BigDecimal shippingPaid,
    BigDecimal actualShipping,
    BigDecimal platformFees,
    BigDecimal salesTaxCollected,
    String buyerUsername) {

  static final Set<String> FIELDS =
      Set.of(
          "sold_price",
          "quantity",
          "sold_date",
          "shipping_paid",
          "actual_shipping",
          "platform_fees",
          "sales_tax_collected",
          "buyer_username");

  public static SaleRequest parse(String body) {
    JsonObject json = JsonFields.object(body);
    JsonFields.onlyKnown(json, FIELDS, Set.of());
    BigDecimal price = JsonFields.money(json, "sold_price");
    if (price == null) throw ProblemException.invalid("sold_price", "is required");
    Integer quantity = JsonFields.count(json, "quantity", 1);
    OffsetDateTime soldDate = JsonFields.time(json, "sold_date");
    if (soldDate != null && soldDate.isAfter(OffsetDateTime.now().plusDays(1))) {
      throw ProblemException.invalid("sold_date", "must not be in the future");
    }
    BigDecimal shipping = JsonFields.money(json, "shipping_paid");
    BigDecimal postage = JsonFields.money(json, "actual_shipping");
    return new SaleRequest(
        price,
        quantity == null ? 1 : quantity,
        soldDate,
        shipping == null ? BigDecimal.ZERO.setScale(2) : shipping,
        postage == null ? BigDecimal.ZERO.setScale(2) : postage,
        JsonFields.money(json, "platform_fees"),
        JsonFields.money(json, "sales_tax_collected"),
        JsonFields.text(json, "buyer_username", 100));
  }

  /** The item amount of the order: unit price times units. */
  public BigDecimal itemTotal() {
    return soldPrice.multiply(BigDecimal.valueOf(quantity));
  }
}
