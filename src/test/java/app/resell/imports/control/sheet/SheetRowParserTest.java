package app.resell.imports.control.sheet;

import static app.resell.imports.control.sheet.SheetField.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.resell.tabular.DateOrder;
import app.resell.tabular.RawRow;
import app.resell.taxonomy.entity.Platform;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetRowParserTest {

  private final SheetRowParser parser = new SheetRowParser();

  @Test
  void turnsSalesRowsIntoListingsAndReportsBadRows() throws Exception {
    Path file = CsvImportTest.resource("sales.csv");
    Map<Integer, RowResult> results = new TreeMap<>();
    SheetLayout layout;
    try (SheetImportReader reader = SheetImportReaderTest.open(file, Map.of())) {
      layout = reader.layout();
      reader.forEachRemaining(r -> results.put(r.rowNumber(), parser.parse(r, reader.layout())));
    }
    assertThat(layout.columns())
        .containsEntry(3, ColumnTarget.of(SOLD_ON))
        .containsEntry(7, ColumnTarget.of(SHIPPING_PAID))
        .as("Shipping right of the sale columns is postage")
        .containsEntry(8, ColumnTarget.of(ACTUAL_SHIPPING));
    assertThat(layout.dateOrder()).isEqualTo(DateOrder.MDY);
    assertThat(layout.dateOrderConflict()).isTrue();

    ParsedRow pitcher = (ParsedRow) results.get(2);
    assertThat(pitcher.listings())
        .extracting(ParsedListing::platform, ParsedListing::status, ParsedListing::soldPrice)
        .containsExactly(
            tuple(Platform.EBAY, "active", null), tuple(Platform.ETSY, "sold", money("45.00")));
    ParsedListing etsy = pitcher.listings().get(1);
    assertThat(etsy.soldDate()).isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(etsy.platformFees()).isEqualByComparingTo("6.10");
    assertThat(etsy.shippingPaid()).isEqualByComparingTo("9.50");
    assertThat(etsy.actualShipping()).isEqualByComparingTo("8.75");

    ParsedRow mirror = (ParsedRow) results.get(3);
    assertThat(mirror.listings())
        .singleElement()
        .extracting(ParsedListing::platform, ParsedListing::platformName, ParsedListing::status)
        .containsExactly(Platform.FACEBOOK, "FBMP", "active");
    assertThat(mirror.notes()).isEqualTo("pickup only");

    ParsedRow pyrex = (ParsedRow) results.get(4);
    assertThat(pyrex.listings())
        .as("without Sold On the sale belongs to the first platform")
        .extracting(ParsedListing::platform, ParsedListing::status)
        .containsExactly(tuple(Platform.EBAY, "sold"), tuple(Platform.FACEBOOK, "active"));

    assertThat(results.get(5))
        .isEqualTo(
            new RejectedRow(
                5,
                "Vintage tin | (2.00) | Booth 114",
                "Cost is negative (-2.00) in column 'Cost'"));
    assertThat(((RejectedRow) results.get(6)).reason())
        .isEqualTo("No item name: column 'Item' is empty");
    assertThat(((RejectedRow) results.get(7)).reason())
        .isEqualTo("'twelve' in column 'Cost' is not an amount of money");
    assertThat(((RejectedRow) results.get(8)).reason())
        .isEqualTo("Date '31/02/2024' in column 'Date Sold' is not a date");
    assertThat(results).doesNotContainKeys(9, 10);
    assertThat(results.get(11)).isEqualTo(new SkippedRow(11, "totals row"));
    assertThat(results.get(12)).isEqualTo(new SkippedRow(12, "totals row"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "$1,234.50|1234.50",
        "1234.5|1234.50",
        "USD 5|5.00",
        "12,50|12.50",
        "1.234,50|1234.50",
        "free|0.00",
        "$ 7.25 |7.25",
      })
  void readsMoneyAsResellersWriteIt(String text, String expected) {
    ParsedRow row = (ParsedRow) parse(Map.of(ITEM_NAME, "Vase", BID_AMOUNT, text));
    assertThat(row.bidAmount()).isEqualByComparingTo(expected);
  }

  @Test
  void keepsNegativeFeesAsCreditsButRejectsNegativeCosts() {
    ParsedRow credit =
        (ParsedRow) parse(Map.of(ITEM_NAME, "Vase", SOLD_PRICE, "20", PLATFORM_FEES, "(1.50)"));
    assertThat(credit.listings().get(0).platformFees()).isEqualByComparingTo("-1.50");
    RowResult rejected = parse(Map.of(ITEM_NAME, "Vase", BID_AMOUNT, "5.00 CR", SOLD_PRICE, "-3"));
    assertThat(((RejectedRow) rejected).reason())
        .isEqualTo(
            "Cost is negative (-5.00) in column 'bid_amount'; Sold price is negative (-3.00) in column 'sold_price'");
  }

  @Test
  void readsPremiumAndTaxGivenAsPercentages() {
    ParsedRow row =
        (ParsedRow)
            parse(
                Map.of(
                    ITEM_NAME,
                    "Clock",
                    BID_AMOUNT,
                    "$40.00",
                    BUYERS_PREMIUM,
                    "18%",
                    SALES_TAX,
                    "8.25 %"));
    assertThat(row.buyersPremium()).isEqualByComparingTo("7.20");
    assertThat(row.salesTax()).as("8.25% of 47.20").isEqualByComparingTo("3.89");
    RowResult noBase = parse(Map.of(ITEM_NAME, "Clock", BUYERS_PREMIUM, "18%"));
    assertThat(((RejectedRow) noBase).reason())
        .isEqualTo(
            "'18%' in column 'buyers_premium' is a percentage, but the row has no cost to take it of");
  }

  @Test
  void blankishCellsAreAbsentNotZero() {
    ParsedRow row = (ParsedRow) parse(Map.of(ITEM_NAME, "Vase", BID_AMOUNT, "-", SALES_TAX, "n/a"));
    assertThat(row.bidAmount()).isNull();
    assertThat(row.salesTax()).isNull();
    assertThat(row.listings()).isEmpty();
  }

  @Test
  void fallsBackToTheDescriptionWhenTheNameIsBlank() {
    ParsedRow row = (ParsedRow) parse(Map.of(DESCRIPTION, "Box lot of linens"));
    assertThat(row.itemName()).isEqualTo("Box lot of linens");
    assertThat(row.description()).isNull();
  }

  @Test
  void readsLooseCategoriesAndConditionsAndKeepsUnknownWordsInNotes() {
    ParsedRow known =
        (ParsedRow) parse(Map.of(ITEM_NAME, "Ring", CATEGORY, "Jewellery", CONDITION, "VG"));
    assertThat(known.category()).isEqualTo(app.resell.taxonomy.entity.Category.JEWELRY);
    assertThat(known.condition()).isEqualTo(app.resell.taxonomy.entity.Condition.VERY_GOOD);
    ParsedRow unknown =
        (ParsedRow)
            parse(
                Map.of(
                    ITEM_NAME, "Thing", CATEGORY, "Gadgets", CONDITION, "meh", NOTES, "from Bob"));
    assertThat(unknown.category()).isNull();
    assertThat(unknown.condition()).isNull();
    assertThat(unknown.notes()).isEqualTo("from Bob\nCategory: Gadgets\nCondition: meh");
  }

  @ParameterizedTest
  @CsvSource({"0", "1.5", "two", "-1"})
  void rejectsQuantitiesThatAreNotWholePositiveNumbers(String qty) {
    RowResult r = parse(Map.of(ITEM_NAME, "Cup", QUANTITY, qty));
    assertThat(r).isInstanceOf(RejectedRow.class);
    assertThat(((RejectedRow) r).reason()).contains("Quantity '" + qty + "'");
  }

  @Test
  void aLinkAloneMakesAListingOnThePlatformItNames() {
    ParsedRow row =
        (ParsedRow)
            parse(
                Map.of(
                    ITEM_NAME,
                    "Cup",
                    LISTING_URL,
                    "https://www.etsy.com/listing/55",
                    LIST_PRICE,
                    "$18"));
    assertThat(row.listings())
        .singleElement()
        .extracting(ParsedListing::platform, ParsedListing::platformName, ParsedListing::listPrice)
        .containsExactly(Platform.ETSY, null, money("18.00"));
  }

  @Test
  void aSoldFlagMarksTheSale() {
    ParsedRow row =
        (ParsedRow) parse(Map.of(ITEM_NAME, "Cup", PLATFORM, "Mercari", SOLD_DATE, "yes"));
    assertThat(row.listings()).singleElement().extracting(ParsedListing::status).isEqualTo("sold");
  }

  @Test
  void unknownVenuesKeepTheirName() {
    ParsedRow row = (ParsedRow) parse(Map.of(ITEM_NAME, "Cup", PLATFORM, "Bonanza & eBay"));
    assertThat(row.listings())
        .extracting(ParsedListing::platform, ParsedListing::platformName)
        .containsExactly(tuple(Platform.OTHER, "Bonanza"), tuple(Platform.EBAY, "eBay"));
  }

  @Test
  void skipsRepeatedHeaders() {
    SheetLayout layout = layout(List.of(ITEM_NAME, BID_AMOUNT), List.of("Item", "Cost"));
    SheetRow row = row(layout, Map.of(ITEM_NAME, "item", BID_AMOUNT, "COST"));
    assertThat(parser.parse(row, layout)).isEqualTo(new SkippedRow(7, "repeated header row"));
  }

  @Test
  void skipsRowsWithValuesOnlyInUnmappedColumns() {
    SheetLayout layout = layout(List.of(ITEM_NAME, BID_AMOUNT), List.of("Item", "Cost"));
    SheetRow row =
        SheetImportReader.toSheetRow(new RawRow(9, List.of("", "", "profit 12")), layout.columns());
    assertThat(parser.parse(row, layout))
        .isEqualTo(new SkippedRow(9, "blank row (nothing in the mapped columns)"));
  }

  @Test
  void anItemNamedLikeATotalIsStillAnItem() {
    assertThat(parse(Map.of(ITEM_NAME, "Total Gym exercise machine", BID_AMOUNT, "40")))
        .isInstanceOf(ParsedRow.class);
    assertThat(parse(Map.of(ITEM_NAME, "Grand Total", BID_AMOUNT, "40")))
        .isInstanceOf(SkippedRow.class);
    assertThat(parse(Map.of(ITEM_NAME, "Total: 12 items", BID_AMOUNT, "40")))
        .isInstanceOf(SkippedRow.class);
  }

  private RowResult parse(Map<SheetField, String> cells) {
    List<SheetField> fields = new ArrayList<>(cells.keySet());
    List<String> headers = fields.stream().map(SheetField::key).toList();
    SheetLayout layout = layout(fields, headers);
    return parser.parse(row(layout, cells), layout);
  }

  static SheetLayout layout(List<SheetField> fields, List<String> headers) {
    Map<Integer, ColumnTarget> columns = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) columns.put(i, ColumnTarget.of(fields.get(i)));
    return new SheetLayout(
        SheetFormat.CSV,
        null,
        1,
        headers,
        columns,
        List.of(),
        DateOrder.MDY,
        false,
        false,
        ',',
        "UTF-8");
  }

  static SheetRow row(SheetLayout layout, Map<SheetField, String> cells) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < layout.headers().size(); i++) {
      values.add(cells.getOrDefault(layout.columns().get(i).field(), ""));
    }
    return SheetImportReader.toSheetRow(new RawRow(7, values), layout.columns());
  }

  private static java.math.BigDecimal money(String s) {
    return new java.math.BigDecimal(s);
  }
}
