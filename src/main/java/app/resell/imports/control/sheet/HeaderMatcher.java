package app.resell.imports.control.sheet;

import static app.resell.imports.control.sheet.SheetField.*;

import app.resell.taxonomy.entity.Platform;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises one column header. Headers are compared after folding case, accents, spaces and
 * punctuation ("Lot #" = "lot", "Qty." = "qty"), so the synonym table stays readable. A match
 * carries a confidence: Resell's own export names and exact synonyms are sure; a header with units
 * or remarks ("Cost (USD)", "Item Name - required") or one typo away ("Quanity") is less so, and
 * the less sure claim loses when two columns want the same field.
 */
final class HeaderMatcher {

  /** A header's meaning and how sure we are (3 sure, 2 with extra words, 1 typo or contained). */
  record Match(ColumnTarget target, int confidence, Ambiguity ambiguity) {}

  /** Headers whose meaning the neighbours or the values decide. */
  enum Ambiguity {
    NONE,
    /** "Shipping", "Postage": purchase side or sale side, by position. */
    SHIPPING,
    /** "Sold": a price, or a date / yes flag, by the values below. */
    SOLD,
    /** "Listed": the platforms, or a date / yes flag, by the values below. */
    LISTED,
    /** "Sold On": the platform, or the sale date ("Sold on 3/5/2024"), by the values below. */
    SOLD_ON
  }

  private static final Map<String, SheetField> SYNONYMS = new HashMap<>();
  private static final Map<String, SheetField> LISTING_SUFFIXES = new HashMap<>();
  private static final Map<String, Ambiguity> AMBIGUOUS = new HashMap<>();

  static {
    syn(ITEM_NAME, "item", "item name", "name", "title", "item title", "product", "product name");
    syn(ITEM_NAME, "listing title", "article", "lot title", "what", "object", "piece");
    syn(DESCRIPTION, "description", "desc", "details", "item description", "long description");
    syn(DESCRIPTION, "item details", "item desc", "lot description");
    syn(CATEGORY, "category", "cat", "type", "item type", "department", "dept", "genre", "class");
    syn(CONDITION, "condition", "cond", "grade", "item condition");
    syn(QUANTITY, "qty", "quantity", "count", "units", "pcs", "pieces", "number of items");
    syn(QUANTITY, "no of items", "qty on hand", "on hand", "quanity");
    syn(
        BID_AMOUNT,
        "cost",
        "paid",
        "purchase price",
        "bid",
        "hammer",
        "price paid",
        "hammer price");
    syn(
        BID_AMOUNT,
        "winning bid",
        "cost each",
        "unit cost",
        "item cost",
        "buy price",
        "bought for");
    syn(BID_AMOUNT, "cost basis", "purchase cost", "amount paid", "cogs", "my cost", "bid amount");
    syn(BUYERS_PREMIUM, "premium", "bp", "buyers premium", "buyer premium", "bp amount");
    syn(SALES_TAX, "tax", "sales tax", "taxes", "tax paid", "purchase tax");
    syn(SHIPPING_COST, "shipping in", "inbound shipping", "freight", "freight in", "ship in");
    syn(SHIPPING_COST, "shipping to me", "inbound freight", "delivery to me");
    syn(ACQUISITION_DATE, "date bought", "acquired", "purchase date", "date", "date purchased");
    syn(ACQUISITION_DATE, "bought", "buy date", "bought on", "acquisition date", "date acquired");
    syn(ACQUISITION_DATE, "auction date", "purchased", "purchased on", "invoice date", "acq date");
    syn(ACQUISITION_SOURCE, "source", "where bought", "auction", "auction house", "bought from");
    syn(ACQUISITION_SOURCE, "seller", "vendor", "supplier", "where acquired", "purchased from");
    syn(ACQUISITION_SOURCE, "found at", "where found", "acquired from", "acquisition source");
    syn(LOT_NUMBER, "lot", "lot number", "lot no", "lot id", "lot num", "lot nbr");
    syn(INVOICE_ID, "invoice", "invoice id", "invoice number", "invoice no", "receipt");
    syn(INVOICE_ID, "receipt no", "receipt number", "invoice num");
    syn(SKU, "sku", "stock", "stock number", "stock no", "item number", "item no", "item id");
    syn(
        SKU,
        "inventory number",
        "inventory id",
        "inventory no",
        "custom label",
        "stock id",
        "sku no");
    syn(STORAGE_LOCATION, "location", "loc", "storage", "storage location", "where stored");
    syn(STORAGE_LOCATION, "room", "warehouse", "stored", "stored at", "stored in");
    syn(STORAGE_BIN, "bin", "shelf", "box", "tote", "bin number", "shelf number", "container");
    syn(STORAGE_BIN, "slot", "bin no", "bin shelf", "shelf bin");
    syn(ESTIMATED_VALUE, "est value", "estimate", "estimated value", "value", "est");
    syn(ESTIMATED_VALUE, "market value", "comps", "comp", "appraisal", "fmv", "est val");
    syn(LIST_PRICE, "list price", "asking", "asking price", "listed price", "listing price");
    syn(LIST_PRICE, "listed at", "ask", "retail", "retail price", "price listed", "list");
    syn(PLATFORM, "where listed", "platform", "venue", "listed on", "marketplace", "channel");
    syn(PLATFORM, "platforms", "listed where", "selling platform", "sales channel");
    syn(SOLD_ON, "sold on", "sold via", "sold where", "where sold", "sold at", "sale platform");
    syn(SOLD_ON, "sale venue", "sold through", "sold on platform");
    syn(SOLD_PRICE, "sold for", "sale price", "sold price", "sold amount", "sale amount");
    syn(SOLD_PRICE, "selling price", "price sold", "final price", "sold total", "sale total");
    syn(SOLD_PRICE, "revenue", "gross", "gross sale", "sale");
    syn(SOLD_DATE, "date sold", "sold date", "sale date", "date of sale", "sold on date");
    syn(PLATFORM_FEES, "fees", "platform fees", "selling fees", "fee", "final value fee", "fvf");
    syn(PLATFORM_FEES, "commission", "total platform fees", "total fees", "transaction fees");
    syn(PLATFORM_FEES, "seller fees", "marketplace fees");
    syn(SHIPPING_PAID, "shipping charged", "buyer paid shipping", "shipping income");
    syn(SHIPPING_PAID, "shipping collected", "buyer shipping", "ship charged", "s h charged");
    syn(SHIPPING_PAID, "shipping paid by buyer", "shipping received");
    syn(ACTUAL_SHIPPING, "shipping out", "actual shipping", "postage paid", "label cost");
    syn(ACTUAL_SHIPPING, "shipping label", "label", "outbound shipping", "my shipping cost");
    syn(ACTUAL_SHIPPING, "postage cost", "ship out", "shipping expense");
    syn(LISTING_URL, "url", "link", "listing url", "listing link", "web link", "ad link");
    syn(LISTED_DATE, "date listed", "listed date", "list date", "listing date");
    syn(STATUS, "status", "listing status", "item status");
    syn(KEYWORDS, "keywords", "tags", "key words", "search terms", "keyword");
    syn(NOTES, "notes", "note", "comments", "comment", "remarks", "memo");
    for (SheetField f : SheetField.values()) SYNONYMS.put(fold(f.key()), f);
    // Resell's export spells a few facts differently from the field names.
    syn(SOLD_PRICE, "sale_price");
    syn(SOLD_DATE, "sale_date");
    syn(PLATFORM_FEES, "total_platform_fees");

    suffix(LIST_PRICE, "price", "list price", "asking", "listed price", "list");
    suffix(LISTING_URL, "url", "link", "listing", "listing url", "id");
    suffix(LISTED_DATE, "listed", "listed date", "date listed", "list date");
    suffix(SOLD_DATE, "sold", "sold date", "date sold", "sale date");
    suffix(SOLD_PRICE, "sold price", "sale price", "sold for", "sold amount");
    suffix(PLATFORM_FEES, "fees", "fee", "platform fees", "fees paid");
    suffix(STATUS, "status");
    suffix(SHIPPING_PAID, "shipping paid", "shipping charged");
    suffix(ACTUAL_SHIPPING, "actual shipping", "postage", "label");

    for (String s : List.of("shipping", "shipping cost", "ship cost", "shipping costs", "s h")) {
      AMBIGUOUS.put(fold(s), Ambiguity.SHIPPING);
    }
    for (String s : List.of("postage", "shipping handling", "ship", "shipping amount")) {
      AMBIGUOUS.put(fold(s), Ambiguity.SHIPPING);
    }
    AMBIGUOUS.put("sold", Ambiguity.SOLD);
    AMBIGUOUS.put("listed", Ambiguity.LISTED);
    AMBIGUOUS.put("listedon", Ambiguity.LISTED);
    AMBIGUOUS.put("soldon", Ambiguity.SOLD_ON);
  }

  /** Words that mean the same field whatever words stand beside them. */
  private static final Set<String> WORDS_ALONE =
      Set.of(
          "qty",
          "quantity",
          "cost",
          "sku",
          "lot",
          "notes",
          "condition",
          "category",
          "tags",
          "keywords",
          "url",
          "link",
          "bin",
          "shelf",
          "fees",
          "invoice");

  /** Words that say what happened rather than what the column holds. */
  private static final Set<String> PARTICIPLES =
      Set.of("purchased", "bought", "acquired", "paid", "sold", "listed", "stored", "received");

  /** Words that add nothing to a header's meaning: units, currencies, remarks. */
  private static final Set<String> FILLER =
      Set.of(
          "usd",
          "us",
          "eur",
          "gbp",
          "cad",
          "aud",
          "dollars",
          "each",
          "ea",
          "per",
          "unit",
          "the",
          "required",
          "optional",
          "opt",
          "amt",
          "amount",
          "total",
          "in",
          "of",
          "my",
          "our",
          "if",
          "any",
          "yyyy",
          "mm",
          "dd",
          "yy",
          "mmddyyyy",
          "ddmmyyyy",
          "x");

  private HeaderMatcher() {}

  /**
   * Columns of Resell's own export that hold nothing an import takes: ids, figures computed from
   * others, and facts the importer does not carry. Without this, {@code other_fees} as fees of the
   * platform "other".
   */
  private static final Set<String> EXPORT_ONLY =
      Set.of(
          "auction_id",
          "subcategory",
          "quantity_sold",
          "other_fees",
          "total_cost",
          "cost_per_item",
          "market_demand",
          "seasonality_notes",
          "needs_repair",
          "is_consignment",
          "is_returned",
          "net_proceeds",
          "net_profit",
          "roi_percent",
          "days_to_sell",
          "created_at",
          "updated_at");

  /** What a header means, if anything. */
  static Optional<Match> match(String header) {
    if (header == null || header.isBlank()) return Optional.empty();
    String raw = header.strip().toLowerCase(Locale.ROOT);
    if (EXPORT_ONLY.contains(raw)) return Optional.empty();
    Optional<Match> exportName = exportName(raw);
    if (exportName.isPresent()) return exportName;
    String key = fold(header);
    if (key.isEmpty()) return Optional.empty();
    Optional<Match> sure = byKey(key, 3);
    if (sure.isPresent()) return sure;
    Optional<Match> platformSpecific = platformSpecific(header);
    if (platformSpecific.isPresent()) return platformSpecific;
    String trimmed = fold(withoutFiller(header));
    if (!trimmed.isEmpty() && !trimmed.equals(key)) {
      Optional<Match> loose = byKey(trimmed, 2);
      if (loose.isPresent()) return loose;
    }
    return typoOrContained(header, key);
  }

  /** Resell's export columns, taken literally so {@code shipping_cost} never means postage. */
  static Optional<Match> exportName(String raw) {
    for (SheetField f : SheetField.values()) {
      if (f.key().equals(raw)) return Optional.of(sure(ColumnTarget.of(f)));
    }
    int underscore = raw.indexOf('_');
    if (underscore > 0) {
      Optional<Platform> p = Platform.parse(raw.substring(0, underscore));
      SheetField f = LISTING_SUFFIXES.get(fold(raw.substring(underscore + 1)));
      if (p.isPresent() && f != null) return Optional.of(sure(new ColumnTarget(f, p.get())));
    }
    return Optional.empty();
  }

  /** "eBay Price", "Etsy URL", "FB Sold": a listing fact for one platform. */
  private static Optional<Match> platformSpecific(String header) {
    String[] words = header.strip().split("[\\s_\\-:]+", 2);
    if (words.length < 2) return Optional.empty();
    PlatformMatch pm = PlatformNames.match(words[0]);
    if (pm.platform() == Platform.OTHER && !words[0].equalsIgnoreCase("other")) {
      return Optional.empty();
    }
    SheetField f = LISTING_SUFFIXES.get(fold(words[1]));
    if (f == null) f = LISTING_SUFFIXES.get(fold(withoutFiller(words[1])));
    if (f == null) return Optional.empty();
    return Optional.of(new Match(new ColumnTarget(f, pm.platform()), 3, Ambiguity.NONE));
  }

  private static Optional<Match> byKey(String key, int confidence) {
    Ambiguity a = AMBIGUOUS.get(key);
    if (a != null) {
      SheetField guess =
          switch (a) {
            case SHIPPING -> SHIPPING_COST;
            case SOLD -> SOLD_PRICE;
            case LISTED -> PLATFORM;
            case SOLD_ON -> SheetField.SOLD_ON;
            case NONE -> throw new IllegalStateException();
          };
      return Optional.of(new Match(ColumnTarget.of(guess), confidence, a));
    }
    SheetField f = SYNONYMS.get(key);
    return f == null
        ? Optional.empty()
        : Optional.of(new Match(ColumnTarget.of(f), confidence, Ambiguity.NONE));
  }

  private static Optional<Match> typoOrContained(String header, String key) {
    if (key.length() >= 5) {
      for (Map.Entry<String, SheetField> e : SYNONYMS.entrySet()) {
        if (e.getKey().length() >= 5 && EditDistance.withinOne(key, e.getKey())) {
          return Optional.of(new Match(ColumnTarget.of(e.getValue()), 1, Ambiguity.NONE));
        }
      }
    }
    String best = null;
    for (String candidate : partsOf(header, key)) {
      if (SYNONYMS.containsKey(candidate) && better(candidate, best)) best = candidate;
    }
    return best == null
        ? Optional.empty()
        : Optional.of(new Match(ColumnTarget.of(SYNONYMS.get(best)), 1, Ambiguity.NONE));
  }

  /**
   * Synonyms a header may hold among other words: each word and pair of neighbouring words ("Qty"
   * in "Qty Purchased", "Cost" in "Cost of Goods"), and longer synonyms anywhere inside ("location"
   * in "Item Location").
   */
  private static List<String> partsOf(String header, String key) {
    List<String> parts = new java.util.ArrayList<>();
    String[] words = withoutFiller(header).split(" ");
    for (int i = 0; i < words.length; i++) {
      String word = fold(words[i]);
      if (WORDS_ALONE.contains(word)) parts.add(word);
      if (i + 1 < words.length && fold(words[i] + words[i + 1]).length() >= 6) {
        parts.add(fold(words[i] + words[i + 1]));
      }
    }
    for (String synonym : SYNONYMS.keySet()) {
      if (synonym.length() >= 6 && key.contains(synonym)) parts.add(synonym);
    }
    return parts;
  }

  /**
   * Nouns beat participles ("Qty Purchased" is a quantity, not a purchase date), then longer
   * synonyms beat shorter ones ("Item Location" is a location).
   */
  private static boolean better(String candidate, String best) {
    if (best == null) return true;
    boolean candidateVerb = PARTICIPLES.contains(candidate);
    boolean bestVerb = PARTICIPLES.contains(best);
    if (candidateVerb != bestVerb) return bestVerb;
    return candidate.length() > best.length();
  }

  /** The header without parenthesised remarks, currency signs and filler words. */
  private static String withoutFiller(String header) {
    String noRemarks = header.replaceAll("\\(.*?\\)|\\[.*?]", " ").replaceAll("[$£€#%*?]", " ");
    StringBuilder kept = new StringBuilder();
    for (String word : noRemarks.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
      String w = word.replace("'", "");
      if (!w.isEmpty() && !FILLER.contains(w)) kept.append(w).append(' ');
    }
    return kept.toString();
  }

  /** Lower case, no accents, letters and digits only; "#" reads "no" so "Item #" is not "Item". */
  static String fold(String text) {
    String folded = PlatformNames.withoutAccents(text).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) b.append(c);
      else if (c == '#') b.append("no");
    }
    return b.toString();
  }

  private static Match sure(ColumnTarget target) {
    return new Match(target, 3, Ambiguity.NONE);
  }

  private static void syn(SheetField field, String... names) {
    for (String n : names) SYNONYMS.put(fold(n), field);
  }

  private static void suffix(SheetField field, String... names) {
    for (String n : names) LISTING_SUFFIXES.put(fold(n), field);
  }
}
