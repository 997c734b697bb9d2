package app.resell.imports.control.pdf;

import app.resell.money.control.CostAllocator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random invoice and its truth: the lots a reader must find, priced the way the house priced
 * them, and the way it is printed (layout, headings, fonts, which charges appear per line and which
 * only as totals). {@link GeneratedInvoicePrinter} draws it; the same seed always gives the same
 * invoice.
 */
record GeneratedInvoice(
    long seed,
    String house,
    String invoiceNumber,
    Style style,
    List<Lot> lots,
    List<Row> rows,
    BigDecimal premiumRate,
    BigDecimal taxRate,
    Charge premium,
    Charge tax,
    Charge shipping,
    String shippingLabel,
    BigDecimal loadingFee,
    BigDecimal cardFee,
    BigDecimal credit,
    BigDecimal premiumTotal,
    BigDecimal taxTotal,
    BigDecimal shippingTotal,
    BigDecimal total) {

  /** How a charge is printed: not at all, on every line, or only as an invoice total. */
  enum Charge {
    NONE,
    PER_LINE,
    TOTAL_ONLY
  }

  /** How the lots are laid out. */
  enum Layout {
    TABLE,
    BLOCKS,
    TWO_COLUMN_BLOCKS
  }

  /** Everything about the printing that does not change the truth. */
  record Style(
      Layout layout,
      boolean landscape,
      String font,
      float size,
      boolean ruled,
      boolean boxed,
      boolean currencySign,
      boolean thousands,
      boolean lineTotal,
      QtyMode qty,
      int headingAlign,
      List<String> columns,
      List<String> headings,
      int rowsPerPage,
      boolean headless) {

    /** The layout, with the heading variant when there is one: misses are counted by it. */
    String label() {
      if (headless) return layout + "-headless";
      return columns.contains("bidprem") ? layout + "-bid+premium" : layout.toString();
    }
  }

  /** How quantities are printed. */
  enum QtyMode {
    NONE,
    QTY_COLUMN,
    QTY_EACH_EXTENDED,
    LOT_OF_N
  }

  /** A lot the reseller bought: the truth the parser must reproduce. */
  record Lot(
      String lot,
      String description,
      int quantity,
      BigDecimal unit,
      BigDecimal hammer,
      BigDecimal premium,
      BigDecimal tax,
      BigDecimal shipping) {

    BigDecimal lineTotal() {
      return hammer.add(premium).add(tax).add(shipping);
    }
  }

  /** A printed row: a bought lot, or a lot that is not an item (void, passed, withdrawn). */
  record Row(Lot lot, String status) {}

  private static final String[] ADJECTIVES = {
    "Victorian",
    "Mid-century",
    "Antique",
    "Vintage",
    "Art Deco",
    "Carved",
    "Hand painted",
    "Signed",
    "Pair of",
    "Early",
    "Primitive",
    "Large",
    "Small",
    "Cast iron",
    "Sterling",
    "Brass",
    "Walnut",
    "Oak",
    "Mahogany",
    "Cranberry glass",
    "Stoneware",
    "Enamel"
  };
  private static final String[] THINGS = {
    "washstand",
    "side table",
    "mantel clock",
    "skillet",
    "crock",
    "figurine",
    "oil lamp",
    "quilt",
    "rocking chair",
    "tea service",
    "candlesticks",
    "mirror",
    "jewelry box",
    "doorstop",
    "butter churn",
    "writing desk",
    "bookends",
    "water pitcher",
    "serving bowl",
    "wall sconce",
    "pocket watch",
    "fishing reel",
    "camera",
    "typewriter",
    "radio",
    "record player"
  };
  private static final String[] DETAILS = {
    "with original hardware",
    "some wear to finish",
    "minor chip to rim",
    "marked on base",
    "as found",
    "working condition",
    "from estate collection",
    "needs restoration",
    "with key",
    "small crack",
    "light foxing",
    "original paint",
    "replaced knobs",
    "12 in. tall",
    "8 x 10 in.",
    "circa 1920",
    "set of 8",
    "40 pcs",
    "service for 12",
    "lot of 18 figures",
    "3 drawers",
    "2 shelves"
  };

  static GeneratedInvoice random(long seed) {
    Random r = new Random(seed);
    Layout layout =
        r.nextInt(10) < 7
            ? Layout.TABLE
            : r.nextBoolean() ? Layout.BLOCKS : Layout.TWO_COLUMN_BLOCKS;
    BigDecimal premiumRate = new BigDecimal(pick(r, "10", "12.5", "15", "18", "20", "22"));
    BigDecimal taxRate =
        r.nextInt(6) == 0 ? null : new BigDecimal(pick(r, "5", "6", "6.5", "7", "7.25", "8.875"));
    Charge premium = r.nextBoolean() ? Charge.PER_LINE : Charge.TOTAL_ONLY;
    Charge tax =
        taxRate == null ? Charge.NONE : r.nextBoolean() ? Charge.PER_LINE : Charge.TOTAL_ONLY;
    Charge shipping = new Charge[] {Charge.NONE, Charge.PER_LINE, Charge.TOTAL_ONLY}[r.nextInt(3)];
    QtyMode qty =
        layout == Layout.TABLE
            ? QtyMode.values()[r.nextInt(4)]
            : r.nextBoolean() ? QtyMode.NONE : QtyMode.LOT_OF_N;
    int lotCount = 3 + r.nextInt(r.nextInt(4) == 0 ? 60 : 18);
    String lotStyle = pick(r, "n", "0n", "nA", "n-k", "Rk-n-k", "MH-0n");

    List<Lot> lots = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    int number = 1 + r.nextInt(200);
    for (int i = 0; i < lotCount; i++) {
      number += 1 + r.nextInt(4);
      String id = lotId(lotStyle, number, r);
      int quantity = 1;
      if ((qty == QtyMode.QTY_COLUMN || qty == QtyMode.QTY_EACH_EXTENDED) && r.nextInt(3) == 0) {
        quantity = 2 + r.nextInt(11);
      }
      String description = description(r);
      if (qty == QtyMode.LOT_OF_N && r.nextInt(3) == 0) {
        quantity = 2 + r.nextInt(20);
        description =
            "Lot of "
                + quantity
                + " "
                + description.substring(0, 1).toLowerCase()
                + description.substring(1);
      }
      BigDecimal unit;
      BigDecimal hammer;
      if (qty == QtyMode.QTY_EACH_EXTENDED) {
        unit = BigDecimal.valueOf(100 + r.nextInt(r.nextInt(5) == 0 ? 200_000 : 20_000), 2);
        if (r.nextBoolean()) unit = unit.setScale(0, RoundingMode.DOWN).setScale(2);
        hammer = unit.multiply(BigDecimal.valueOf(quantity));
      } else {
        unit = null;
        hammer = BigDecimal.valueOf(r.nextInt(r.nextInt(5) == 0 ? 4000 : 400) + 1).setScale(2);
        if (r.nextInt(4) == 0) hammer = hammer.add(new BigDecimal("0.50"));
      }
      BigDecimal p =
          premium == Charge.PER_LINE ? percent(premiumRate, hammer) : BigDecimal.ZERO.setScale(2);
      BigDecimal t =
          tax == Charge.PER_LINE ? percent(taxRate, hammer.add(p)) : BigDecimal.ZERO.setScale(2);
      BigDecimal s =
          shipping == Charge.PER_LINE
              ? BigDecimal.valueOf(500 + r.nextInt(6000), 2)
              : BigDecimal.ZERO.setScale(2);
      String status = null;
      if (r.nextInt(14) == 0) status = pick(r, "VOID", "PASSED", "WITHDRAWN", "NO SALE");
      Lot lot = new Lot(id, description, quantity, unit, hammer, p, t, s);
      rows.add(new Row(lot, status));
      if (status == null) lots.add(lot);
    }
    if (lots.isEmpty()) return random(seed + 1_000_003L);
    List<BigDecimal> hammers = lots.stream().map(Lot::hammer).toList();
    BigDecimal hammerSum = sum(hammers);
    BigDecimal premiumTotal = percent(premiumRate, hammerSum);
    if (premium == Charge.PER_LINE) premiumTotal = sum(lots.stream().map(Lot::premium).toList());
    else spread(lots, premiumTotal, 0, CostAllocator.allocateRemainderLast(premiumTotal, hammers));
    BigDecimal taxTotal = BigDecimal.ZERO.setScale(2);
    if (tax == Charge.PER_LINE) taxTotal = sum(lots.stream().map(Lot::tax).toList());
    else if (tax == Charge.TOTAL_ONLY) {
      taxTotal = percent(taxRate, hammerSum.add(premiumTotal));
      spread(lots, taxTotal, 1, CostAllocator.allocateRemainderLast(taxTotal, hammers));
    }
    BigDecimal shippingTotal = BigDecimal.ZERO.setScale(2);
    if (shipping == Charge.PER_LINE) shippingTotal = sum(lots.stream().map(Lot::shipping).toList());
    else if (shipping == Charge.TOTAL_ONLY) {
      shippingTotal = BigDecimal.valueOf(1500 + r.nextInt(20000), 2);
      spread(lots, shippingTotal, 2, CostAllocator.allocateRemainderLast(shippingTotal, hammers));
    }
    String shippingLabel =
        pick(
            r,
            "Shipping",
            "Shipping & Handling",
            "Packing and shipping",
            "Crating",
            "Delivery",
            "Freight");
    BigDecimal loading = r.nextInt(3) == 0 ? BigDecimal.valueOf(500 + r.nextInt(3000), 2) : null;
    BigDecimal card = r.nextInt(4) == 0 ? BigDecimal.valueOf(100 + r.nextInt(3000), 2) : null;
    BigDecimal credit = r.nextInt(5) == 0 ? BigDecimal.valueOf(500 + r.nextInt(2000), 2) : null;
    BigDecimal total =
        hammerSum
            .add(premiumTotal)
            .add(taxTotal)
            .add(shippingTotal)
            .add(loading == null ? BigDecimal.ZERO : loading)
            .add(card == null ? BigDecimal.ZERO : card)
            .subtract(credit == null ? BigDecimal.ZERO : credit);
    Style style =
        HeadingVariants.vary(style(r, layout, qty, premium, tax, shipping), premium, seed);
    return new GeneratedInvoice(
        seed,
        pick(
            r,
            "Bluebird Estate Auctions",
            "Crossroads Auction Co.",
            "Kettle Creek Auctioneers",
            "Wren & Hollis Sales",
            "Granite State Auction Gallery",
            "Red Barn Consignments"),
        String.valueOf(10000 + r.nextInt(90000)),
        style,
        List.copyOf(lots),
        rows,
        premiumRate,
        taxRate,
        premium,
        tax,
        shipping,
        shippingLabel,
        loading,
        card,
        credit,
        premiumTotal,
        taxTotal,
        shippingTotal,
        total);
  }

  private static Style style(
      Random r, Layout layout, QtyMode qty, Charge premium, Charge tax, Charge shipping) {
    List<String> columns = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    boolean lotFirst = r.nextInt(5) != 0;
    boolean lineTotal = r.nextBoolean();
    if (lotFirst) add(r, columns, headings, "lot");
    add(r, columns, headings, "desc");
    if (!lotFirst) add(r, columns, headings, "lot");
    if (qty == QtyMode.QTY_COLUMN) add(r, columns, headings, "qty");
    if (qty == QtyMode.QTY_EACH_EXTENDED) {
      add(r, columns, headings, "qty");
      add(r, columns, headings, "each");
      add(r, columns, headings, "extended");
    } else add(r, columns, headings, "hammer");
    List<String> charges = new ArrayList<>();
    if (premium == Charge.PER_LINE) charges.add("premium");
    if (tax == Charge.PER_LINE) charges.add("tax");
    if (shipping == Charge.PER_LINE) charges.add("shipping");
    if (r.nextInt(4) == 0) java.util.Collections.shuffle(charges, r);
    charges.forEach(c -> add(r, columns, headings, c));
    if (lineTotal) add(r, columns, headings, "total");
    boolean landscape = r.nextInt(4) == 0;
    float size = 7.5f + r.nextInt(6) * 0.5f;
    return new Style(
        layout,
        landscape,
        pick(r, "Helvetica", "Helvetica", "Times", "Courier"),
        size,
        r.nextBoolean(),
        r.nextInt(3) == 0,
        r.nextBoolean(),
        r.nextBoolean(),
        lineTotal,
        qty,
        r.nextInt(3),
        columns,
        headings,
        18 + r.nextInt(30),
        false);
  }

  private static void add(Random r, List<String> columns, List<String> headings, String column) {
    columns.add(column);
    String[] synonyms =
        switch (column) {
          case "lot" -> new String[] {"Lot", "Lot #", "Lot No.", "Item #", "Tag", "Ref"};
          case "desc" ->
              new String[] {
                "Description", "Item Description", "Title", "Details", "Lot Description"
              };
          case "qty" -> new String[] {"Qty", "Quantity", "Units"};
          case "each" -> new String[] {"Each", "Unit Price", "Price Each"};
          case "extended" -> new String[] {"Extended", "Ext."};
          case "hammer" ->
              new String[] {"Hammer", "Hammer Price", "High Bid", "Winning Bid", "Bid", "Sold For"};
          case "premium" -> new String[] {"Premium", "BP", "Buyer's Premium"};
          case "tax" -> new String[] {"Tax", "Sales Tax"};
          case "shipping" -> new String[] {"Shipping", "Ship", "S&H", "Freight"};
          default -> new String[] {"Total", "Line Total", "Lot Total"};
        };
    headings.add(synonyms[r.nextInt(synonyms.length)]);
  }

  private static String lotId(String style, int n, Random r) {
    return switch (style) {
      case "0n" -> String.format("%04d", n);
      case "nA" -> n + (r.nextBoolean() ? "" : String.valueOf((char) ('A' + r.nextInt(3))));
      case "n-k" -> n + "-" + (1 + r.nextInt(9));
      case "Rk-n-k" -> "R" + (1 + r.nextInt(4)) + "-" + n + "-" + (1 + r.nextInt(9));
      case "MH-0n" -> String.format("MH-%03d", n);
      default -> String.valueOf(n);
    };
  }

  private static String description(Random r) {
    StringBuilder sb = new StringBuilder();
    sb.append(ADJECTIVES[r.nextInt(ADJECTIVES.length)])
        .append(' ')
        .append(THINGS[r.nextInt(THINGS.length)]);
    int details = r.nextInt(4);
    for (int i = 0; i < details; i++) sb.append(", ").append(DETAILS[r.nextInt(DETAILS.length)]);
    return sb.toString();
  }

  private static void spread(List<Lot> lots, BigDecimal total, int which, List<BigDecimal> shares) {
    for (int i = 0; i < lots.size(); i++) {
      Lot l = lots.get(i);
      BigDecimal s = shares.get(i);
      lots.set(
          i,
          new Lot(
              l.lot(),
              l.description(),
              l.quantity(),
              l.unit(),
              l.hammer(),
              which == 0 ? s : l.premium(),
              which == 1 ? s : l.tax(),
              which == 2 ? s : l.shipping()));
    }
  }

  static BigDecimal percent(BigDecimal rate, BigDecimal base) {
    return base.multiply(rate).divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
  }

  static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }
}
