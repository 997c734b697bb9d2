package app.resell.imports.control.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The amounts at the end of a line that each carry a label naming their role: "Hammer $120.00
 * Premium $21.60 Total $141.60", "Bid: 45.00 Buyer's Premium (18%): 8.10 Tax 4.26". Found only when
 * at least two labelled amounts end the line and every label is one of the roles below, so a title
 * that merely ends in a price ("Framed print, total 2 pieces 12.00") is not taken for labels; or
 * when a line is nothing but "Lot total: $109.14", the total of the lot above it.
 *
 * @param start the index of the first word of the labels: the title ends before it
 */
record LabelledAmounts(
    int start,
    BigDecimal bid,
    BigDecimal premium,
    BigDecimal tax,
    BigDecimal shipping,
    BigDecimal total,
    List<BigDecimal> amounts) {

  private enum Role {
    BID,
    PREMIUM,
    TAX,
    SHIPPING,
    TOTAL
  }

  private static final Pattern CURRENCY = Pattern.compile("(?i)\\$|USD|US\\$");

  /** A printed rate inside a label: "Buyer's Premium (20%):", "Tax 7.25%". */
  private static final Pattern RATE = Pattern.compile("\\(?\\d+(?:\\.\\d+)?\\s*%\\)?");

  /** Labels that name one lot's total: alone on a line under the lot, still that lot's. */
  private static final Pattern LOT_TOTAL = Pattern.compile("(?i)(lot|line|item) total:?");

  /** Labels of one to three words, lower case, without their colon. */
  private static Optional<Role> role(String label) {
    String l =
        RATE.matcher(label.toLowerCase(Locale.ROOT).replaceAll("[:=]$", ""))
            .replaceAll(" ")
            .replaceAll("[:=]$", "")
            .replaceAll("\\s+", " ")
            .strip();
    return switch (l) {
      case "hammer",
          "hammer price",
          "bid",
          "high bid",
          "winning bid",
          "sold",
          "sold for",
          "price",
          "sale price",
          "hammer amt" ->
          Optional.of(Role.BID);
      case "premium",
          "bp",
          "buyer's premium",
          "buyers premium",
          "buyer premium",
          "commission",
          "buyer's fee",
          "buyers fee" ->
          Optional.of(Role.PREMIUM);
      case "tax", "sales tax", "vat", "gst", "hst" -> Optional.of(Role.TAX);
      case "shipping", "ship", "s&h", "handling", "packing", "delivery", "freight", "postage" ->
          Optional.of(Role.SHIPPING);
      case "total", "lot total", "line total", "amount", "amount due", "subtotal" ->
          Optional.of(Role.TOTAL);
      default -> Optional.empty();
    };
  }

  /** The labelled amounts ending these words, when there are at least two. */
  static Optional<LabelledAmounts> of(List<String> words) {
    BigDecimal[] found = new BigDecimal[Role.values().length];
    List<BigDecimal> amounts = new ArrayList<>();
    int end = words.size();
    int pairs = 0;
    while (end > 0) {
      int amountAt = end - 1;
      Optional<BigDecimal> amount = LotText.strictMoney(words.get(amountAt));
      if (amount.isEmpty()) amount = LotText.money(words.get(amountAt));
      if (amount.isEmpty()) break;
      int labelEnd = amountAt;
      if (labelEnd > 0 && CURRENCY.matcher(words.get(labelEnd - 1)).matches()) labelEnd--;
      Optional<Role> role = Optional.empty();
      int labelStart = labelEnd;
      // the longest label first: "Sales Tax" is one label, not "Tax" after a word of the title
      for (int n = Math.min(3, labelEnd); n >= 1 && role.isEmpty(); n--) {
        role = role(String.join(" ", words.subList(labelEnd - n, labelEnd)));
        labelStart = labelEnd - n;
      }
      if (role.isEmpty() || found[role.get().ordinal()] != null) break;
      found[role.get().ordinal()] = amount.get();
      amounts.add(0, amount.get());
      end = labelStart;
      pairs++;
    }
    boolean lotTotal =
        pairs == 1
            && end == 0
            && LOT_TOTAL
                .matcher(
                    String.join(" ", words.subList(0, words.size() - 1)).replace("$", "").strip())
                .matches();
    if (pairs < 2 && !lotTotal) return Optional.empty();
    return Optional.of(
        new LabelledAmounts(
            end,
            found[Role.BID.ordinal()],
            found[Role.PREMIUM.ordinal()],
            found[Role.TAX.ordinal()],
            found[Role.SHIPPING.ordinal()],
            found[Role.TOTAL.ordinal()],
            amounts));
  }
}
