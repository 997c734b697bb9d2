package app.resell.money.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The amount a percentage fee is taken from. Platforms differ: eBay charges on everything the buyer
 * pays (item, shipping and sales tax), Etsy's transaction fee skips the tax, Poshmark looks at the
 * item price only. Spelled on the wire and in the fee file as {@link #value()}.
 */
public enum FeeBase {
  ITEM("item"),
  ITEM_AND_SHIPPING("item+shipping"),
  ITEM_SHIPPING_AND_TAX("item+shipping+tax");

  private final String value;

  FeeBase(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static Optional<FeeBase> parse(String text) {
    if (text == null) return Optional.empty();
    String wanted = text.strip().replace(" ", "");
    return Arrays.stream(values()).filter(b -> b.value.equalsIgnoreCase(wanted)).findFirst();
  }

  public static List<String> allowedValues() {
    return Arrays.stream(values()).map(FeeBase::value).toList();
  }
}
