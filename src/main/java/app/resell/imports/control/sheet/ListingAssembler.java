package app.resell.imports.control.sheet;

import static app.resell.imports.control.sheet.SheetField.*;

import app.resell.listings.entity.ListingStatus;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a row's listings and its sale. The rule, in the order it is applied:
 *
 * <ol>
 *   <li>Every platform named in the "Where Listed" cell ("eBay / Etsy"), then in the "Sold On"
 *       cell, then every platform with its own columns ({@code etsy_price}) gets one listing.
 *   <li>The sale (sold price, sold date, fees, shipping charged and paid) belongs to the platform
 *       named in "Sold On"; without one, to the platform whose own columns show a sale ({@code
 *       ebay_sold}); without one, to the first platform listed. A platform's own sale columns win
 *       over the general ones, which fill in what they leave blank.
 *   <li>A general list price, listing date and status apply to every listing without its own; a
 *       listing link goes to the platform its address names, else to the first listing.
 *   <li>Sale or listing facts without any platform make one listing: the platform the link names,
 *       or {@link Platform#OTHER} with no name.
 * </ol>
 *
 * A listing with a sale is {@code sold}; others take the status column when it says something known
 * ("live", "ended", "draft"...), else {@code active}.
 */
final class ListingAssembler {

  private static final Map<String, ListingStatus> STATUS_WORDS =
      Map.ofEntries(
          Map.entry("listed", ListingStatus.ACTIVE),
          Map.entry("live", ListingStatus.ACTIVE),
          Map.entry("forsale", ListingStatus.ACTIVE),
          Map.entry("available", ListingStatus.ACTIVE),
          Map.entry("instock", ListingStatus.NOT_LISTED),
          Map.entry("inventory", ListingStatus.NOT_LISTED),
          Map.entry("notlisted", ListingStatus.NOT_LISTED),
          Map.entry("unlisted", ListingStatus.NOT_LISTED),
          Map.entry("soldout", ListingStatus.SOLD),
          Map.entry("gone", ListingStatus.SOLD),
          Map.entry("ended", ListingStatus.EXPIRED),
          Map.entry("delisted", ListingStatus.CANCELLED),
          Map.entry("removed", ListingStatus.CANCELLED),
          Map.entry("withdrawn", ListingStatus.CANCELLED),
          Map.entry("canceled", ListingStatus.CANCELLED),
          Map.entry("onhold", ListingStatus.PENDING),
          Map.entry("hold", ListingStatus.PENDING));

  private ListingAssembler() {}

  static List<ParsedListing> listings(RowFields f) {
    Map<String, Slot> slots = new LinkedHashMap<>();
    for (PlatformMatch m : PlatformNames.matchAll(f.text(PLATFORM))) slot(slots, m);
    List<PlatformMatch> soldOn = PlatformNames.matchAll(f.text(SOLD_ON));
    for (PlatformMatch m : soldOn) slot(slots, m);
    for (Platform p : f.row().platformCells().keySet()) {
      if (!onlyNoFlags(f, p)) slot(slots, new PlatformMatch(p, null)).own = true;
    }
    ListingStatus statusWord = status(f.text(STATUS));
    String url = f.text(LISTING_URL);
    Sale sale = generalSale(f);
    BigDecimal listPrice = f.money(LIST_PRICE);
    f.negative("List price", ColumnTarget.of(LIST_PRICE), listPrice);
    LocalDate listed = f.date(LISTED_DATE);
    boolean anyFacts =
        sale.any()
            || listPrice != null
            || url != null
            || listed != null
            || (statusWord != null && statusWord != ListingStatus.NOT_LISTED);
    if (slots.isEmpty() && anyFacts) {
      Platform fromUrl = PlatformNames.fromUrl(url);
      slot(slots, new PlatformMatch(fromUrl == null ? Platform.OTHER : fromUrl, null));
    }
    if (slots.isEmpty()) return List.of();
    Slot saleSlot = saleSlot(f, slots, soldOn);
    if (sale.any()) saleSlot.sale = sale;
    Slot urlSlot = slots.values().iterator().next();
    Platform urlPlatform = PlatformNames.fromUrl(url);
    for (Slot s : slots.values()) if (s.match.platform() == urlPlatform) urlSlot = s;
    List<ParsedListing> out = new ArrayList<>();
    for (Slot s : slots.values()) {
      out.add(build(f, s, listPrice, listed, s == urlSlot ? url : null, statusWord));
    }
    return out;
  }

  private static ParsedListing build(
      RowFields f, Slot s, BigDecimal listPrice, LocalDate listed, String url, ListingStatus word) {
    Platform p = s.match.platform();
    BigDecimal price = listPrice;
    LocalDate listedDate = listed;
    String link = url;
    Sale sale = s.sale;
    ListingStatus own = null;
    if (s.own) {
      BigDecimal ownPrice = f.platformMoney(p, LIST_PRICE);
      f.negative("List price", new ColumnTarget(LIST_PRICE, p), ownPrice);
      if (ownPrice != null) price = ownPrice;
      LocalDate ownListed = f.platformDate(p, LISTED_DATE);
      if (ownListed != null) listedDate = ownListed;
      if (f.platformText(p, LISTING_URL) != null) link = f.platformText(p, LISTING_URL);
      Sale ownSale = platformSale(f, p);
      if (ownSale.any()) sale = sale == null ? ownSale : ownSale.over(sale);
      own = status(f.platformText(p, STATUS));
    }
    ListingStatus status;
    if (sale != null && sale.any()) status = ListingStatus.SOLD;
    else if (own != null) status = own;
    else if (word != null && word != ListingStatus.SOLD) status = word;
    else status = ListingStatus.ACTIVE;
    Sale done = sale == null ? Sale.NONE : sale;
    return new ParsedListing(
        p,
        s.match.name(),
        status.value(),
        price,
        link,
        done.price,
        done.date,
        done.fees,
        done.shippingPaid,
        done.actualShipping,
        listedDate);
  }

  /** "Sold On" names it; else the platform whose own columns show a sale; else the first. */
  private static Slot saleSlot(RowFields f, Map<String, Slot> slots, List<PlatformMatch> soldOn) {
    if (!soldOn.isEmpty()) return slots.get(key(soldOn.get(0)));
    for (Slot s : slots.values()) {
      if (s.own && platformSale(f.quiet(), s.match.platform()).any()) return s;
    }
    return slots.values().iterator().next();
  }

  /** The row's general sale columns; a "sold" status alone also means the item sold. */
  private static Sale generalSale(RowFields f) {
    BigDecimal price = f.money(SOLD_PRICE);
    f.negative("Sold price", ColumnTarget.of(SOLD_PRICE), price);
    BigDecimal paid = f.money(SHIPPING_PAID);
    f.negative("Shipping charged", ColumnTarget.of(SHIPPING_PAID), paid);
    BigDecimal actual = f.money(ACTUAL_SHIPPING);
    f.negative("Shipping cost", ColumnTarget.of(ACTUAL_SHIPPING), actual);
    boolean flagged =
        Boolean.TRUE.equals(RowFields.flag(f.text(SOLD_DATE)))
            || status(f.text(STATUS)) == ListingStatus.SOLD
            || f.text(SOLD_ON) != null;
    return new Sale(price, f.date(SOLD_DATE), f.money(PLATFORM_FEES), paid, actual, flagged);
  }

  private static Sale platformSale(RowFields f, Platform p) {
    BigDecimal price = f.platformMoney(p, SOLD_PRICE);
    f.negative("Sold price", new ColumnTarget(SOLD_PRICE, p), price);
    boolean flagged =
        Boolean.TRUE.equals(RowFields.flag(f.platformText(p, SOLD_DATE)))
            || status(f.platformText(p, STATUS)) == ListingStatus.SOLD;
    return new Sale(
        price,
        f.platformDate(p, SOLD_DATE),
        f.platformMoney(p, PLATFORM_FEES),
        f.platformMoney(p, SHIPPING_PAID),
        f.platformMoney(p, ACTUAL_SHIPPING),
        flagged);
  }

  /** A platform whose own columns only say "no" (not listed there) gets no listing. */
  private static boolean onlyNoFlags(RowFields f, Platform p) {
    Map<SheetField, String> cells = f.row().platformCells().get(p);
    return cells.values().stream().allMatch(v -> Boolean.FALSE.equals(RowFields.flag(v)));
  }

  static ListingStatus status(String text) {
    if (text == null) return null;
    String key = HeaderMatcher.fold(text);
    ListingStatus known =
        ListingStatus.parse(text.strip().toLowerCase(Locale.ROOT).replace(' ', '_')).orElse(null);
    return known != null ? known : STATUS_WORDS.get(key);
  }

  private static Slot slot(Map<String, Slot> slots, PlatformMatch m) {
    return slots.computeIfAbsent(key(m), k -> new Slot(m));
  }

  private static String key(PlatformMatch m) {
    return m.platform() == Platform.OTHER && m.name() != null
        ? "other:" + m.name().toLowerCase(Locale.ROOT)
        : m.platform().value();
  }

  /** One listing under construction. */
  private static final class Slot {
    final PlatformMatch match;
    boolean own;
    Sale sale;

    Slot(PlatformMatch match) {
      this.match = match;
    }
  }

  private record Sale(
      BigDecimal price,
      LocalDate date,
      BigDecimal fees,
      BigDecimal shippingPaid,
      BigDecimal actualShipping,
      boolean flagged) {
    static final Sale NONE = new Sale(null, null, null, null, null, false);

    /** This platform's own sale facts, completed by the row's general ones. */
    Sale over(Sale general) {
      return new Sale(
          price != null ? price : general.price,
          date != null ? date : general.date,
          fees != null ? fees : general.fees,
          shippingPaid != null ? shippingPaid : general.shippingPaid,
          actualShipping != null ? actualShipping : general.actualShipping,
          flagged || general.flagged);
    }

    boolean any() {
      return flagged || price != null || date != null || fees != null || shippingPaid != null;
    }
  }
}
