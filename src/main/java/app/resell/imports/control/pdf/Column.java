package app.resell.imports.control.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a table column holds, recognised from its heading. The heading synonyms are the ones seen
 * across auction software; {@code PRICE}, {@code AMOUNT} and {@code ITEM} are ambiguous on their
 * own and are resolved by {@link ColumnLayout} from the other headings of the same table.
 */
enum Column {
  LOT(
      "lot|lot ?(#|no|num|number|id)|#|no|tag|tag ?(#|no)|item ?(#|no|id)|cat ?(#|no)|catalog ?(#|no)"
          + "|ref|lot/item|sale ?lot|lot ?n°"),
  DESCRIPTION(
      "description|desc|title|item description|lot description|details|article|name|lot title"
          + "|item ?title|item ?name|lot ?name|product|item ?details|lot ?details"
          + "|title ?/ ?description|description ?/ ?title"),
  ITEM("item|items"),
  QUANTITY("qty|quantity|qnty|units|pcs|pieces|count"),
  BID(
      "bid|high ?bid|winning ?bid|hammer|hammer ?price|sold|sold ?for|sale ?price|sold ?price"
          + "|bid ?amount|bid ?price|hammer ?amount|ext(ended)? ?(bid|hammer)|winning ?(amount|price)"
          + "|price ?realized|purchase ?price|selling ?price|your ?bid|final ?bid|knockdown"),
  BID_PREMIUM(
      "(bid|hammer) ?(\\+|&|and) ?(bp|premium|buyer'?s? ?premium)"
          + "|(bid|hammer|price|amount) ?(incl|including|with|w/|plus) ?(bp|premium|buyer'?s? ?premium)"),
  PRICE("price"),
  UNIT_PRICE("each|unit|unit ?price|price ?each|per ?item|per ?unit|@"),
  AMOUNT("amount|amt"),
  PREMIUM(
      "premium|bp|b ?p|buyer'?s? ?premium|buyers ?prem|prem|commission|buyer'?s? ?commission|comm"
          + "|buyer'?s? ?fee|buyer'?s? ?prem"),
  TAX(
      "tax|sales ?tax|vat|gst|hst|pst|qst|tax ?amount|state ?tax|local ?tax|use ?tax"
          + "|(tax|sales ?tax|vat|gst|hst) ?(on|of) ?(bp|premium|buyer'?s? ?premium|commission)"),
  SHIPPING(
      "ship|shipping|s ?& ?h|s/h|freight|packing|crating|handling|delivery|postage"
          + "|shipping ?(&|and) ?handling|packing ?(&|and) ?shipping|shipping ?cost"),
  /** A fee charged per lot ("Lot Fee"): the lot's own, beside its hammer. */
  FEE("(lot|handling|internet|online|service|clerking|removal) ?fees?|fees?|lot ?charges?"),
  TOTAL("total|line ?total|extended|ext|ext ?price|extension|lot ?total|item ?total|subtotal"),
  /** A printed rate per line ("BP %", "Tax Rate"): neither an amount nor text of the title. */
  PER_LINE_RATE(
      "((bp|b ?p|premium|buyer'?s? ?premium|tax|sales ?tax|commission) ?)?(%|rate|pct|percent)"),
  STATUS("status|notes|remarks|result|tx|taxable|tax ?code|tax ?status|t/e|txbl"),
  /**
   * A column whose heading is none of the above (Consignor, Date, Location) in a table that has a
   * description column: its cells are kept out of the description and the amounts.
   */
  OTHER("(?!)");

  private final Pattern heading;

  Column(String synonyms) {
    this.heading = Pattern.compile("^(?:" + synonyms + ")$");
  }

  private static final Pattern RATE = Pattern.compile("\\(?\\d+(\\.\\d+)?\\s*%\\)?");
  private static final Pattern BRACKETED = Pattern.compile("\\(.*?\\)");
  private static final Pattern PUNCTUATION = Pattern.compile("[.:$]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Money columns: cells there are amounts even without cents. */
  boolean isMoney() {
    return List.of(BID, BID_PREMIUM, PRICE, UNIT_PRICE, AMOUNT, PREMIUM, TAX, SHIPPING, FEE, TOTAL)
        .contains(this);
  }

  /** The role a heading cell names, ignoring case, punctuation and printed rates like "(18%)". */
  static Optional<Column> ofHeading(String text) {
    String t = normalise(text);
    if (t.isEmpty()) return Optional.empty();
    for (Column c : values()) {
      if (c.heading.matcher(t).matches()) return Optional.of(c);
    }
    // "BP Amt", "Tax Amount", "Shipping Charge": a charge's heading with a word saying it is money
    String charge = MONEY_SUFFIX.matcher(t).replaceFirst("");
    if (!charge.equals(t) && !charge.isEmpty()) {
      return ofHeading(charge).filter(c -> c == PREMIUM || c == TAX || c == SHIPPING || c == FEE);
    }
    return Optional.empty();
  }

  private static final Pattern MONEY_SUFFIX = Pattern.compile(" (amt|amount|charge|charged|cost)$");

  static String normalise(String text) {
    String t = RATE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
    t = BRACKETED.matcher(t).replaceAll(" ");
    t = PUNCTUATION.matcher(t).replaceAll(" ");
    return SPACES.matcher(t).replaceAll(" ").strip();
  }
}
