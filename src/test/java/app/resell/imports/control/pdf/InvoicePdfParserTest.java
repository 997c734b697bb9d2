package app.resell.imports.control.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every invoice of the corpus in src/test/resources/invoices, checked field by field against its
 * {@code .expected.json}, which generate.py computes from the same data the PDF was printed from.
 */
@Execution(ExecutionMode.CONCURRENT) // long and pure: runs beside the other unit tests
class InvoicePdfParserTest {

  static final Path CORPUS = Path.of("src/test/resources/invoices");

  private final InvoicePdfParser parser = new InvoicePdfParser();

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "harborview-perline-chromium",
        "prairie-totals-fees-chromium",
        "copperkettle-receipt-rates-chromium",
        "bluegrass-sheet-calc",
        "lakeside-void-writer",
        "ironbridge-tbl-groff",
        "oldmill-courier-receipt-groff",
        "summit-multipage-pdfbox",
        "maplewood-mismatch-pdfbox",
        "hilltop-centred-status-chromium",
        "lanternhill-wrapped-headings-chromium",
        "twinoaks-text-receipt-writer",
        "granite-blocks-chromium",
        "foxglove-allbox-groff",
        "riverbend-bidpremium-writer",
        "cedarhollow-statement-calc",
        "stonegate-landscape-chromium",
        "millbrook-twocolumn-groff",
        "quarryhill-bottom-aligned-pdfbox",
        "ashford-charge-rows-writer",
        "blueheron-labelled-blocks-chromium",
        "whitfield-commission-wrapped-chromium",
        "granger-glued-cells-chromium",
        "northgate-field-blocks-chromium",
        "riverside-mono-returns-chromium",
        "hollowcreek-lot-blocks-chromium",
        "brightwater-centred-cells-chromium",
        "sterlingridge-hyphenated-groff",
        "cardinal-tag-taxflags-chromium",
        "pinevalley-sale-total-chromium",
        "pinevalley-subtotal-after-premium-chromium",
        "riverton-dash-shipping-wkhtmltopdf",
        "keystone-ext-bid-grid-reportlab",
        "harwood-brought-forward-reportlab",
        "sawmill-stacked-labels-reportlab",
        "granary-rate-column-wkhtmltopdf",
        "pemberton-accounting-reportlab",
        "meadowbrook-mixed-rates-weasyprint",
        "copperbeech-centred-long-titles-wkhtmltopdf",
        "blueridge-lot-fee-column-chromium",
        "hollis-online-wording-chromium",
        "foxrun-headless-receipt-weasyprint",
        "thornbury-gbp-landscape-chromium",
        "vanderveld-eur-comma-weasyprint",
        "maplecrest-cad-withdrawn-wkhtmltopdf",
        "kestrel-consignor-groups-reportlab",
        "hearthstone-category-groups-groff",
        "fieldstone-column-order-reportlab",
        "ridgeway-two-copies-reportlab",
        "larkin-threeline-box-weasyprint",
        "sutton-rate-only-chromium",
        "bramble-credits-deposit-groff",
        "mercer-amounts-first-chromium",
        "osprey-light-rules-wkhtmltopdf"
      })
  void readsEveryFieldOfTheInvoice(String name) throws Exception {
    JsonObject expected = expected(name);
    ParsedInvoice invoice = parser.parse(CORPUS.resolve(name + ".pdf"));

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(invoice.pageCount()).as("pages").isEqualTo(expected.getInt("pageCount"));
    checkHeader(soft, expected.getJsonObject("header"), invoice.header());
    checkItems(soft, expected, invoice);
    soft.assertThat(invoice.rejected()).as("rejected").hasSize(expected.getInt("rejected"));

    var adjustments = expected.getJsonArray("adjustments").getValuesAs(JsonObject.class);
    soft.assertThat(invoice.adjustments()).as("adjustments").hasSize(adjustments.size());
    for (int i = 0; i < Math.min(adjustments.size(), invoice.adjustments().size()); i++) {
      InvoiceAdjustment a = invoice.adjustments().get(i);
      soft.assertThat(a.description()).isEqualTo(adjustments.get(i).getString("description"));
      soft.assertThat(a.amount()).isEqualTo(money(adjustments.get(i), "amount"));
    }

    var skipped = expected.getJsonArray("skipped").getValuesAs(JsonObject.class);
    soft.assertThat(invoice.skipped()).as("skipped").hasSize(skipped.size());
    for (int i = 0; i < Math.min(skipped.size(), invoice.skipped().size()); i++) {
      SkippedLine s = invoice.skipped().get(i);
      soft.assertThat(s.rawText()).as("skipped lot").contains(skipped.get(i).getString("lot"));
      soft.assertThat(s.reason()).as("skip reason").isEqualTo(skipped.get(i).getString("reason"));
    }

    JsonObject totals = expected.getJsonObject("totals");
    TotalsCheck check = invoice.totals();
    soft.assertThat(check.matches())
        .as("totals match: " + check.detail())
        .isEqualTo(totals.getBoolean("matches"));
    soft.assertThat(check.expected()).as("printed total").isEqualTo(money(totals, "expected"));
    soft.assertThat(check.computed()).as("computed total").isEqualTo(money(totals, "computed"));
    soft.assertThat(check.difference()).as("difference").isEqualTo(money(totals, "difference"));
    soft.assertAll();
  }

  private static void checkHeader(SoftAssertions soft, JsonObject h, InvoiceHeader header) {
    soft.assertThat(header.auctionHouse()).as("auction house").isEqualTo(text(h, "auctionHouse"));
    soft.assertThat(header.invoiceNumber()).as("invoice no").isEqualTo(text(h, "invoiceNumber"));
    soft.assertThat(header.auctionId()).as("auction id").isEqualTo(text(h, "auctionId"));
    soft.assertThat(header.invoiceDate())
        .as("date")
        .isEqualTo(text(h, "invoiceDate") == null ? null : LocalDate.parse(text(h, "invoiceDate")));
    soft.assertThat(header.bidderNumber()).as("bidder").isEqualTo(text(h, "bidderNumber"));
    soft.assertThat(header.premiumRate()).as("premium rate").isEqualTo(money(h, "premiumRate"));
    soft.assertThat(header.taxRate()).as("tax rate").isEqualTo(money(h, "taxRate"));
    soft.assertThat(header.subtotal()).as("subtotal").isEqualTo(money(h, "subtotal"));
    soft.assertThat(header.premiumTotal()).as("premium total").isEqualTo(money(h, "premiumTotal"));
    soft.assertThat(header.taxTotal()).as("tax total").isEqualTo(money(h, "taxTotal"));
    soft.assertThat(header.feesTotal()).as("fees total").isEqualTo(money(h, "feesTotal"));
    soft.assertThat(header.shippingTotal())
        .as("shipping total")
        .isEqualTo(h.containsKey("shippingTotal") ? money(h, "shippingTotal") : null);
    soft.assertThat(header.creditsTotal()).as("credits").isEqualTo(money(h, "creditsTotal"));
    soft.assertThat(header.total()).as("total").isEqualTo(money(h, "total"));
    Map<String, BigDecimal> fees = new TreeMap<>();
    h.getJsonObject("fees")
        .forEach((k, v) -> fees.put(k, new BigDecimal(((jakarta.json.JsonString) v).getString())));
    soft.assertThat(new TreeMap<>(header.fees())).as("fees").isEqualTo(fees);
  }

  private static void checkItems(SoftAssertions soft, JsonObject expected, ParsedInvoice invoice) {
    List<JsonObject> items = expected.getJsonArray("items").getValuesAs(JsonObject.class);
    soft.assertThat(invoice.items().stream().map(InvoiceItem::lotNumber).toList())
        .as("lots")
        .containsExactlyElementsOf(items.stream().map(i -> i.getString("lot")).toList());
    for (int i = 0; i < Math.min(items.size(), invoice.items().size()); i++) {
      JsonObject e = items.get(i);
      InvoiceItem item = invoice.items().get(i);
      String lot = "lot " + e.getString("lot") + " ";
      soft.assertThat(item.description())
          .as(lot + "description")
          .isEqualTo(e.getString("description"));
      soft.assertThat(item.quantity()).as(lot + "qty").isEqualTo(e.getInt("quantity"));
      soft.assertThat(item.bid()).as(lot + "bid").isEqualTo(money(e, "bid"));
      soft.assertThat(item.premium()).as(lot + "premium").isEqualTo(money(e, "premium"));
      soft.assertThat(item.tax()).as(lot + "tax").isEqualTo(money(e, "tax"));
      soft.assertThat(item.shipping())
          .as(lot + "shipping")
          .isEqualTo(e.containsKey("shipping") ? money(e, "shipping") : new BigDecimal("0.00"));
      soft.assertThat(item.fees()).as(lot + "fees").isEqualTo(money(e, "fees"));
      soft.assertThat(item.lineTotal())
          .as(lot + "landed cost")
          .isEqualTo(
              item.bid().add(item.premium()).add(item.tax()).add(item.shipping()).add(item.fees()));
      String raw = item.rawText();
      String lotId = e.getString("lot");
      int cut = lotId.lastIndexOf('-') + 1;
      // a lot id broken over two lines of its column ("R2-105-" ... "3") is in its raw text in
      // pieces, each starting a line
      boolean brokenId =
          cut > 0
              && raw.lines().anyMatch(l -> l.startsWith(lotId.substring(0, cut)))
              && raw.lines().anyMatch(l -> l.strip().split("\\s+")[0].equals(lotId.substring(cut)));
      if (!brokenId) soft.assertThat(raw).as(lot + "raw text").contains(e.getString("lot"));
    }
  }

  @Test
  void numbersLinesTheSameWayEveryTime() throws Exception {
    Path pdf = CORPUS.resolve("summit-multipage-pdfbox.pdf");
    ParsedInvoice first = parser.parse(pdf);
    ParsedInvoice second = parser.parse(pdf);
    assertThat(second).isEqualTo(first);
    List<Integer> lines = first.items().stream().map(InvoiceItem::line).toList();
    assertThat(lines).isSorted().doesNotHaveDuplicates().allMatch(n -> n >= 1);
    assertThat(lines.get(lines.size() - 1)).isLessThanOrEqualTo(first.lineCount());
  }

  @Test
  void joinsWrappedDescriptionsAcrossLinesButNotAcrossPages() throws Exception {
    ParsedInvoice invoice = parser.parse(CORPUS.resolve("harborview-perline-chromium.pdf"));
    InvoiceItem washstand = invoice.items().get(1);
    assertThat(washstand.description()).endsWith("some veneer loss to the left side");
    assertThat(washstand.rawText().lines().count()).isGreaterThan(1);
    assertThat(invoice.items().get(2).line()).isGreaterThan(washstand.line() + 1);
  }

  private static JsonObject expected(String name) throws Exception {
    try (Reader r = Files.newBufferedReader(CORPUS.resolve(name + ".expected.json"));
        JsonReader json = Json.createReader(r)) {
      return json.readObject();
    }
  }

  private static String text(JsonObject o, String key) {
    return o.isNull(key) ? null : o.getString(key);
  }

  private static BigDecimal money(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v == null || v == JsonValue.NULL ? null : new BigDecimal(o.getString(key));
  }
}
