package app.resell.imports.control.sheet;

import static app.resell.imports.control.sheet.SheetField.*;
import static org.assertj.core.api.Assertions.assertThat;

import app.resell.tabular.RawRow;
import app.resell.taxonomy.entity.Platform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMatcherTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Item|ITEM_NAME",
        "ITEM NAME|ITEM_NAME",
        "Title|ITEM_NAME",
        "item_name|ITEM_NAME",
        "Details|DESCRIPTION",
        "Qty.|QUANTITY",
        "Quanity|QUANTITY",
        "Count|QUANTITY",
        "Purchase Price|BID_AMOUNT",
        "Hammer|BID_AMOUNT",
        "Price Paid ($)|BID_AMOUNT",
        "Cost (USD)|BID_AMOUNT",
        "Total Cost|BID_AMOUNT",
        "Buyer's Premium|BUYERS_PREMIUM",
        "BP|BUYERS_PREMIUM",
        "Tax|SALES_TAX",
        "Shipping In|SHIPPING_COST",
        "Date Bought|ACQUISITION_DATE",
        "Date|ACQUISITION_DATE",
        "Purchase Date (mm/dd/yyyy)|ACQUISITION_DATE",
        "Where Bought|ACQUISITION_SOURCE",
        "Auction|ACQUISITION_SOURCE",
        "Lot #|LOT_NUMBER",
        "Invoice No.|INVOICE_ID",
        "Stock #|SKU",
        "Item #|SKU",
        "Loc|STORAGE_LOCATION",
        "Shelf|STORAGE_BIN",
        "Est. Value|ESTIMATED_VALUE",
        "Asking|LIST_PRICE",
        "Where Listed|PLATFORM",
        "Venue|PLATFORM",
        "Sold On|SOLD_ON",
        "Sold For|SOLD_PRICE",
        "sale_price|SOLD_PRICE",
        "Date Sold|SOLD_DATE",
        "Platform Fees|PLATFORM_FEES",
        "total_platform_fees|PLATFORM_FEES",
        "Buyer Paid Shipping|SHIPPING_PAID",
        "Link|LISTING_URL",
        "Tags|KEYWORDS",
        "Comments|NOTES",
        "shipping_cost|SHIPPING_COST",
        "actual_shipping|ACTUAL_SHIPPING",
      })
  void matchesSynonymsWhateverTheSpelling(String header, SheetField expected) {
    assertThat(HeaderMatcher.match(header))
        .get()
        .extracting(m -> m.target())
        .isEqualTo(ColumnTarget.of(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ebay_price|EBAY|LIST_PRICE",
        "ebay_url|EBAY|LISTING_URL",
        "ebay_listed|EBAY|LISTED_DATE",
        "ebay_sold|EBAY|SOLD_DATE",
        "etsy_price|ETSY|LIST_PRICE",
        "eBay Fees|EBAY|PLATFORM_FEES",
        "Etsy URL|ETSY|LISTING_URL",
        "FB Price|FACEBOOK|LIST_PRICE",
        "rubylane_status|RUBYLANE|STATUS",
      })
  void matchesPlatformSpecificColumns(String header, Platform platform, SheetField field) {
    assertThat(HeaderMatcher.match(header))
        .get()
        .extracting(m -> m.target())
        .isEqualTo(new ColumnTarget(field, platform));
  }

  @Test
  void mapsAMessyRealWorldHeaderRow() {
    RawRow header =
        new RawRow(
            1,
            List.of(
                "Inv #",
                "Product Title",
                "Cond.",
                "Cat.",
                "Acquired From",
                "Acq. Date",
                "Cost/Unit",
                "Qty Purchased",
                "Storage Bin",
                "Listed Price",
                "Marketplace",
                "Sale Date",
                "Sale $",
                "Shipping Label",
                "eBay Fee",
                "Box Size",
                "Brand Name"));
    ColumnMapper.Mapping m = ColumnMapper.map(header, Map.of(), List.of());
    assertThat(m.columns())
        .containsEntry(1, ColumnTarget.of(ITEM_NAME))
        .containsEntry(2, ColumnTarget.of(CONDITION))
        .containsEntry(3, ColumnTarget.of(CATEGORY))
        .containsEntry(4, ColumnTarget.of(ACQUISITION_SOURCE))
        .containsEntry(5, ColumnTarget.of(ACQUISITION_DATE))
        .containsEntry(6, ColumnTarget.of(BID_AMOUNT))
        .as("a quantity, not a purchase date")
        .containsEntry(7, ColumnTarget.of(QUANTITY))
        .containsEntry(8, ColumnTarget.of(STORAGE_BIN))
        .containsEntry(9, ColumnTarget.of(LIST_PRICE))
        .containsEntry(10, ColumnTarget.of(PLATFORM))
        .containsEntry(11, ColumnTarget.of(SOLD_DATE))
        .containsEntry(12, ColumnTarget.of(SOLD_PRICE))
        .containsEntry(13, ColumnTarget.of(ACTUAL_SHIPPING))
        .containsEntry(14, new ColumnTarget(PLATFORM_FEES, Platform.EBAY));
    assertThat(m.unmapped()).containsExactly("Inv #", "Box Size", "Brand Name");
  }

  @Test
  void aSoldColumnBesideSoldPriceIsTheSaleDate() {
    RawRow header =
        new RawRow(1, List.of("Date", "Item", "Cost", "Sold", "Sold Price", "Fees", "Ship"));
    assertThat(ColumnMapper.map(header, Map.of(), List.of()).columns())
        .containsEntry(0, ColumnTarget.of(ACQUISITION_DATE))
        .containsEntry(3, ColumnTarget.of(SOLD_DATE))
        .containsEntry(4, ColumnTarget.of(SOLD_PRICE))
        .containsEntry(6, ColumnTarget.of(ACTUAL_SHIPPING));
  }

  @Test
  void ignoresHeadersItDoesNotKnow() {
    assertThat(HeaderMatcher.match("Photo taken")).isEmpty();
    assertThat(HeaderMatcher.match("Price")).as("too ambiguous to guess").isEmpty();
    assertThat(HeaderMatcher.match("")).isEmpty();
  }

  @Test
  void shippingMeansPurchaseSideLeftOfTheSaleColumnsAndPostageRightOfThem() {
    RawRow header =
        new RawRow(1, List.of("Item", "Cost", "Shipping", "Sold For", "Fees", "Shipping Cost"));
    ColumnMapper.Mapping m = ColumnMapper.map(header, Map.of(), List.of());
    assertThat(m.columns())
        .containsEntry(2, ColumnTarget.of(SHIPPING_COST))
        .containsEntry(5, ColumnTarget.of(ACTUAL_SHIPPING));
    RawRow saleOnly = new RawRow(1, List.of("Item", "Sold For", "Postage"));
    assertThat(ColumnMapper.map(saleOnly, Map.of(), List.of()).columns())
        .containsEntry(2, ColumnTarget.of(ACTUAL_SHIPPING));
  }

  @Test
  void descriptionIsTheNameWhenNoNameColumnExists() {
    RawRow withItem = new RawRow(1, List.of("Item", "Description", "Cost"));
    assertThat(ColumnMapper.map(withItem, Map.of(), List.of()).columns())
        .containsEntry(0, ColumnTarget.of(ITEM_NAME))
        .containsEntry(1, ColumnTarget.of(DESCRIPTION));
    RawRow descriptionOnly = new RawRow(1, List.of("Description", "Cost"));
    assertThat(ColumnMapper.map(descriptionOnly, Map.of(), List.of()).columns())
        .containsEntry(0, ColumnTarget.of(ITEM_NAME));
  }

  @Test
  void aSecondNameColumnBecomesTheDescriptionAndASecondCostIsReported() {
    RawRow header = new RawRow(1, List.of("Item", "Title", "Cost", "Paid"));
    ColumnMapper.Mapping m = ColumnMapper.map(header, Map.of(), List.of());
    assertThat(m.columns())
        .containsEntry(0, ColumnTarget.of(ITEM_NAME))
        .containsEntry(1, ColumnTarget.of(DESCRIPTION))
        .containsEntry(2, ColumnTarget.of(BID_AMOUNT));
    assertThat(m.unmapped()).containsExactly("Paid");
  }

  @Test
  void soldAndListedAreSettledByTheirValues() {
    RawRow header = new RawRow(1, List.of("Item", "Listed", "Sold"));
    List<RawRow> amounts =
        List.of(
            new RawRow(2, List.of("Cup", "eBay", "$12.00")),
            new RawRow(3, List.of("Jug", "Etsy", "")));
    assertThat(ColumnMapper.map(header, Map.of(), amounts).columns())
        .containsEntry(1, ColumnTarget.of(PLATFORM))
        .containsEntry(2, ColumnTarget.of(SOLD_PRICE));
    List<RawRow> dates =
        List.of(
            new RawRow(2, List.of("Cup", "3/1/2024", "3/9/2024")),
            new RawRow(3, List.of("Jug", "yes", "no")));
    assertThat(ColumnMapper.map(header, Map.of(), dates).columns())
        .containsEntry(1, ColumnTarget.of(LISTED_DATE))
        .containsEntry(2, ColumnTarget.of(SOLD_DATE));
  }

  @Test
  void soldOnAndListedOnHoldPlatformsOrDatesByTheirValues() {
    RawRow header = new RawRow(1, List.of("Item", "Listed On", "Sold On"));
    List<RawRow> platforms = List.of(new RawRow(2, List.of("Cup", "eBay / Etsy", "Etsy")));
    assertThat(ColumnMapper.map(header, Map.of(), platforms).columns())
        .containsEntry(1, ColumnTarget.of(PLATFORM))
        .containsEntry(2, ColumnTarget.of(SOLD_ON));
    List<RawRow> dates = List.of(new RawRow(2, List.of("Cup", "3/1/2024", "3/5/2024")));
    assertThat(ColumnMapper.map(header, Map.of(), dates).columns())
        .containsEntry(1, ColumnTarget.of(LISTED_DATE))
        .containsEntry(2, ColumnTarget.of(SOLD_DATE));
  }

  @Test
  void scoresTheHeaderAboveTitlesAndData() {
    RawRow title = new RawRow(1, List.of("My Inventory 2024"));
    RawRow header = new RawRow(3, List.of("Item", "Cost", "Date"));
    RawRow data = new RawRow(4, List.of("Lamp", "$5.00", "3/4/2024"));
    assertThat(HeaderDetector.find(List.of(title, header, data), Map.of())).contains(header);
    assertThat(HeaderDetector.find(List.of(title, data), Map.of())).isEmpty();
  }
}
