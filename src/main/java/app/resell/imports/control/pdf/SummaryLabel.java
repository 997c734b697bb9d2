package app.resell.imports.control.pdf;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an invoice-level amount line is, from its label: "Subtotal", "Buyer's Premium 18%", "Sales
 * Tax", "Loading fee", "Credit", "Amount paid", "Total due"... The kinds are tried in a fixed order
 * so that "Total premium" is a premium, "Credit card surcharge" a fee and "Subtotal" not a total.
 */
enum SummaryLabel {
  /** A running total repeated at a page break ("Brought forward", "Page subtotal"): no amount. */
  CARRIED("(brought|carried|carry) forward|page (sub)?total|this page|\\b[bc]/f\\b|continued"),
  SUBTOTAL(
      "^((invoice |sale |auction )?sub[\\s-]?total|hammer( total)?|total hammer|total (of )?(lots|bids?|items|purchases|hammer)"
          + "|(lots?|items?|bids?|merchandise|purchases?) (sub)?total|merchandise|total bid amount"
          + "|extended total|total extended|sale total|total sale|auction total"
          + "|winning (amounts?|bids?)|total winning (amounts?|bids?))\\b"),
  PREMIUM("premium|\\bbp\\b|\\bb\\.p\\.|commission|buyer'?s? (fee|charge)"),
  TAX("\\btax|\\bvat\\b|\\bgst\\b|\\bhst\\b|\\bpst\\b|\\bqst\\b"),
  SHIPPING("shipping|packing|crating|handling|delivery|freight|postage|\\bs ?& ?h\\b|\\bs/h\\b"),
  FEE(
      "\\bfees?\\b|surcharge|loading|convenience|processing|storage"
          + "|\\blabou?r\\b|pallet|service charge|card charge|internet charge|online charge"),
  CREDIT(
      "credit|refund|adjust|discount|allowance|courtesy|goodwill|rebate|promo|coupon"
          + "|\\breturn(ed)?\\b"),
  PAYMENT("\\bpaid\\b|payment|deposit|received|tendered"),
  BALANCE("balance"),
  TOTAL("total|amount due|\\bdue\\b|please pay|pay this amount|\\bpayable\\b|you owe");

  private static final Pattern CARD = Pattern.compile("credit[\\s/-]*card|debit[\\s/-]*card");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  // "VAT @ 20% on premium", "GST on buyer's premium": a tax whose base is the premium
  private static final Pattern TAX_ON_PREMIUM =
      Pattern.compile("\\b(tax|vat|gst|hst)\\b.*\\bon\\b.*(premium|\\bbp\\b|commission)");

  private final Pattern pattern;

  SummaryLabel(String regex) {
    this.pattern = Pattern.compile(regex);
  }

  /** The kind of a label, or empty when it names none of them. */
  static Optional<SummaryLabel> of(String label) {
    String t =
        SPACES
            .matcher(CARD.matcher(label.toLowerCase(Locale.ROOT)).replaceAll("card"))
            .replaceAll(" ")
            .strip();
    if (TAX_ON_PREMIUM.matcher(t).find()) return Optional.of(TAX);
    for (SummaryLabel kind : values()) {
      if (kind.pattern.matcher(t).find()) return Optional.of(kind);
    }
    return Optional.empty();
  }

  /**
   * How strongly a TOTAL label names the amount owed, higher first: "grand total" over "total due"
   * over a bare "total".
   */
  static int totalRank(String label) {
    String t = label.toLowerCase(Locale.ROOT);
    if (t.contains("grand") || t.contains("invoice total") || t.contains("total invoice")) return 3;
    if (t.contains("due") || t.contains("amount")) return 2;
    return 1;
  }
}
