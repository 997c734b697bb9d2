package app.resell.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The 1099-K check of the tax-year report (issue 18, docs/ANALYTICS.md): what an eBay report told
 * the buyers paid (items, shipping, marketplace-collected tax) next to the sales recorded, the
 * difference explained by tax, shipping, a refund from a later report, and the line no item was
 * found for. Figures are read before and after, so other tests' sales of that year do not matter.
 */
@ResellIT
class SalesReportsTaxYearIT {

  /** A year no other test sells in, after the years AnalyticsIT adds up (its inventory counts). */
  static final String YEAR = "2017";

  static final List<String> FIGURES =
      List.of(
          "reported_lines",
          "reported_gross",
          "sales_count",
          "recorded_sales",
          "difference",
          "marketplace_tax",
          "buyer_shipping",
          "refunds",
          "unexplained");

  @Test
  void theTaxYearShowsEbaysReportedGrossNextToTheSalesRecordedWithTheDifferenceExplained(Api api)
      throws Exception {
    SalesReports r = new SalesReports(api);
    r.item("Tole lamp {m}", "SKU-{m}-L", 1);
    r.item("Jadeite bowl {m}", "SKU-{m}-B", 1);
    Map<String, BigDecimal> before = ebay(api);

    JsonPath orders = importText(api, r, orders(r), "ebay-orders-2017.csv");
    assertThat(orders.getInt("result.recorded")).isEqualTo(2);
    JsonPath refund = importText(api, r, refund(r), "ebay-transactions-2017.csv");
    assertThat(refund.getInt("result.updated")).isEqualTo(1);
    // the same report again changes nothing: each order line counts once
    importText(api, r, orders(r), "ebay-orders-2017-again.csv", "force", "true");

    Map<String, BigDecimal> after = ebay(api);
    Map<String, String> expected = new HashMap<>();
    expected.put("reported_lines", "3");
    expected.put("reported_gross", "101.50"); // 45 + 8.50 + 3.60 + 30 + 2.40 + 12
    expected.put("sales_count", "2");
    expected.put("recorded_sales", "65.00"); // 45 + 30 - 10 refunded
    expected.put("difference", "36.50");
    expected.put("marketplace_tax", "6.00");
    expected.put("buyer_shipping", "8.50");
    expected.put("refunds", "10.00");
    expected.put("unexplained", "12.00"); // the line no item was found for
    for (String figure : FIGURES) {
      assertThat(after.get(figure).subtract(before.get(figure)))
          .as(figure)
          .isEqualByComparingTo(expected.get(figure));
    }

    String csv =
        api.as("viewer")
            .accept("text/csv")
            .get("/api/v1/reports/tax-year?year=" + YEAR)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines())
        .contains(
            "1099-K ebay,Gross per the platform's reports,"
                + after.get("reported_gross").toPlainString(),
            "1099-K ebay,of which unexplained," + after.get("unexplained").toPlainString());
    byte[] pdf =
        api.as("viewer")
            .accept("application/pdf")
            .get("/api/v1/reports/tax-year?year=" + YEAR)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    String text;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
    assertThat(text).contains("1099-K check for " + YEAR);
    assertThat(text)
        .containsPattern(
            "of which marketplace-collected tax\\s+"
                + Pattern.quote(after.get("marketplace_tax").toPlainString()));
  }

  private static JsonPath importText(
      Api api, SalesReports r, String text, String name, String... fields) {
    String job = r.uploadText(text, name, fields).then().statusCode(202).extract().path("job_id");
    return Imports.awaitFinished(api, job);
  }

  /** The eBay entry of the year's 1099-K check, zeros when there is none yet. */
  private static Map<String, BigDecimal> ebay(Api api) {
    JsonPath t =
        api.as("viewer")
            .get("/api/v1/reports/tax-year?year=" + YEAR)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .using(
                JsonPathConfig.jsonPathConfig()
                    .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    Map<String, Object> entry = t.getMap("platform_reports.find { it.platform == 'ebay' }");
    Map<String, BigDecimal> figures = new HashMap<>();
    for (String figure : FIGURES) {
      Object value = entry == null ? null : entry.get(figure);
      figures.put(figure, value == null ? BigDecimal.ZERO : new BigDecimal(value.toString()));
    }
    return figures;
  }

  /** Two items matched by SKU (tax, shipping) and one line no item is found for. */
  private static String orders(SalesReports r) {
    String m = r.marker;
    return SalesReports.ebayOrders(
        new String[] {
          "17-" + m + "-1",
          "ann",
          "1",
          "Tole lamp " + m,
          "SKU-" + m + "-L",
          "1",
          "$45.00",
          "$8.50",
          "$3.60",
          "Jul-25-17",
          "T" + m + "1"
        },
        new String[] {
          "17-" + m + "-2",
          "bob",
          "2",
          "Jadeite bowl " + m,
          "SKU-" + m + "-B",
          "1",
          "$30.00",
          "$0.00",
          "$2.40",
          "Aug-02-17",
          "T" + m + "2"
        },
        new String[] {
          "17-" + m + "-3",
          "cy",
          "3",
          "Qxv zzkj wplm " + m,
          "",
          "1",
          "$12.00",
          "",
          "",
          "Sep-10-17",
          "T" + m + "3"
        });
  }

  /** eBay's transaction report with a partial refund of the bowl's order. */
  private static String refund(SalesReports r) {
    return String.join(
        "\n",
        "\"Transaction creation date\",\"Type\",\"Order number\",\"Net amount\","
            + "\"Gross transaction amount\",\"Transaction currency\",\"Description\"",
        "\"Oct 01, 2017\",\"Refund\",\"17-"
            + r.marker
            + "-2\",\"-10.00\",\"-10.00\",\"USD\",\"Partial refund: chip\"");
  }
}
