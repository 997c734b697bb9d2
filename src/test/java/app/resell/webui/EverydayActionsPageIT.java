package app.resell.webui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Everyday actions that once lived only in the API, done in the browser: split a box lot after
 * seeing how its cost is shared, add and import comparable sales and read their summary, export the
 * filtered inventory, change the price of several listings at once, and save every report's CSV
 * under the report's name.
 */
@ResellIT
class EverydayActionsPageIT {

  private final String marker = "q" + UUID.randomUUID().toString().substring(0, 7);

  @Test
  void aBoxLotIsSplitOnceItsCostSplitIsShown(Api api, ResellServer server) {
    String lot =
        item(
            api,
            Map.of(
                "item_name", "Webui box lot " + marker,
                "bid_amount", "100.00",
                "buyers_premium", "18.00",
                "sales_tax", "8.27",
                "shipping_cost", "10.01"));
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      browser.go("items/" + lot);
      browser.clickable(By.id("split-lot")).click();
      browser.type(By.id("piece-name-0"), "Tin toy " + marker);
      browser.type(By.id("piece-value-0"), "75");
      browser.type(By.id("piece-name-1"), "Brass bell " + marker);
      browser.type(By.id("piece-value-1"), "25");
      // nothing to confirm before the cost split is shown
      assertThat(browser.driver.findElement(By.id("split-confirm")).isEnabled()).isFalse();
      browser.clickable(By.id("split-preview")).click();
      WebElement costs = browser.visible(By.id("split-costs"));
      assertThat(costs.getText()).contains("Tin toy " + marker, "102.21", "34.07", "136.28");
      browser.waitForText(By.id("split-confirm"), "Split into 2 items");
      browser.screenshot("item-split-preview");
      browser.phone();
      browser.screenshot("item-split-preview-phone");
      browser.desktop();

      browser.clickable(By.id("split-confirm")).click();
      browser.waitForText(By.id("toasts"), "Split into 2 items");
      assertThat(browser.all(By.cssSelector("#split-result a[href^='#/items/']"))).hasSize(2);
    }
    api.as("viewer").get("/api/v1/inventory/" + lot).then().statusCode(404);
    List<Map<String, Object>> pieces =
        server
            .database()
            .rows(
                "SELECT item_name, total_cost FROM inventory WHERE parent_lot_id = ? ORDER BY"
                    + " total_cost DESC",
                UUID.fromString(lot));
    assertThat(pieces)
        .extracting(p -> p.get("item_name"))
        .containsExactly("Tin toy " + marker, "Brass bell " + marker);
    assertThat(pieces)
        .extracting(p -> ((BigDecimal) p.get("total_cost")).toPlainString())
        .containsExactly("102.21", "34.07");
  }

  @Test
  void aCompIsAddedAndAnotherTwoImportedAndTheSummaryCountsThem(
      Api api, ResellServer server, @TempDir Path dir) throws IOException {
    String lot =
        item(api, Map.of("item_name", "Webui Roseville vase " + marker, "bid_amount", "9.00"));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Path terapeak = dir.resolve("terapeak.csv");
    Files.writeString(
        terapeak,
        "Title,Sold Price,Sold Date,Condition,URL\n"
            + "Roseville vase 9in,85.00,"
            + today.minusDays(20)
            + ",Used,https://www.ebay.com/itm/1\n"
            + "Roseville vase blue,95.00,"
            + today.minusDays(40)
            + ",Used,https://www.ebay.com/itm/2\n",
        StandardCharsets.UTF_8);
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      browser.phone();
      browser.go("items/" + lot);
      browser.clickable(By.cssSelector("#add-comp > summary")).click();
      browser.type(By.id("c-title"), "Roseville vase pink");
      browser.type(By.id("c-price"), "75.00");
      browser.clickable(By.id("c-save")).click();
      browser.waitForText(By.id("toasts"), "Comparable sale added");
      browser.waitForText(By.id("comps-stats"), "1 sale");

      browser.clickable(By.cssSelector("#import-comps > summary")).click();
      browser.driver.findElement(By.id("cf-file")).sendKeys(terapeak.toString());
      browser.clickable(By.id("cf-import")).click();
      browser.waitForText(By.id("comps-import-result"), "2 imported");
      browser.waitForText(By.id("comps-stats"), "3 sales");
      WebElement stats = browser.visible(By.id("comps-stats"));
      assertThat(stats.getText()).contains("85.00");
      browser.driver.executeScript("arguments[0].scrollIntoView()", stats);
      browser.screenshot("item-comps-phone");
      // no sideways scrolling on the phone
      assertThat(
              (Boolean)
                  browser.driver.executeScript(
                      "return document.documentElement.scrollWidth <= window.innerWidth"))
          .isTrue();
    }
    assertThat(
            api.as("viewer")
                .get("/api/v1/inventory/" + lot + "/comps")
                .jsonPath()
                .getList("source"))
        .containsExactlyInAnyOrder("ebay", "terapeak", "terapeak");
  }

  @Test
  void theFilteredInventoryIsExportedWithOnlyItsRows(Api api, ResellServer server) {
    for (String[] row : new String[][] {{"jug", "glass"}, {"goblet", "glass"}, {"robot", "toys"}}) {
      item(
          api,
          Map.of(
              "item_name",
              "Webui export " + marker + " " + row[0],
              "category",
              row[1],
              "bid_amount",
              "5.00",
              "auto_categorize",
              false));
    }
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      browser.go("inventory?search=" + marker + "&category=glass");
      browser.wait.until(d -> browser.all(By.cssSelector("#items tbody tr")).size() == 2);
      browser.clickable(By.cssSelector("#export > summary")).click();
      new Select(browser.visible(By.id("export-format"))).selectByValue("csv");
      browser.clickable(By.cssSelector("#export-columns input[value=item_name]")).click();
      browser.clickable(By.cssSelector("#export-columns input[value=category]")).click();
      browser.clickable(By.id("export-download")).click();
      WebElement saved = browser.visible(By.cssSelector("#export-form .file-link a[download]"));
      assertThat(saved.getAttribute("download"))
          .matches("resell-inventory-\\d{4}-\\d{2}-\\d{2}\\.csv");
      List<String> lines = text(browser, saved).replace("\uFEFF", "").lines().toList();
      assertThat(lines.get(0)).isEqualTo("item_name,category");
      assertThat(lines.subList(1, lines.size()))
          .containsExactlyInAnyOrder(
              "Webui export " + marker + " jug,glass", "Webui export " + marker + " goblet,glass");
      browser.screenshot("inventory-export");

      new Select(browser.visible(By.id("export-format"))).selectByValue("json");
      assertThat(browser.driver.findElement(By.id("export-columns")).isDisplayed()).isFalse();
      browser.clickable(By.id("export-download")).click();
      browser.wait.until(
          d ->
              browser
                  .driver
                  .findElement(By.cssSelector("#export-form .file-link a"))
                  .getAttribute("download")
                  .endsWith(".json"));
      JsonPath json =
          new JsonPath(
              text(
                  browser,
                  browser.driver.findElement(By.cssSelector("#export-form .file-link a"))));
      assertThat(json.getInt("metadata.total_items")).isEqualTo(2);
    }
  }

  @Test
  void thePriceOfTwoSelectedItemsListingsAndTheirEstimateChangeAtOnce(
      Api api, ResellServer server) {
    String jug =
        item(api, Map.of("item_name", "Webui bulk " + marker + " jug", "bid_amount", "4.00"));
    String bowl =
        item(api, Map.of("item_name", "Webui bulk " + marker + " bowl", "bid_amount", "6.00"));
    String jugListing = listing(api, jug);
    String bowlListing = listing(api, bowl);
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      browser.go("inventory?search=" + marker);
      browser.wait.until(d -> browser.all(By.cssSelector("#items tbody tr")).size() == 2);
      browser.clickable(By.id("select-all")).click();
      new Select(browser.visible(By.id("bulk-field"))).selectByValue("listing_price");
      new Select(browser.visible(By.id("bulk-platform"))).selectByValue("ebay");
      browser.type(By.id("bulk-value"), "44.50");
      browser.screenshot("inventory-bulk-price");
      browser.clickable(By.cssSelector("#bulk-form button[type=submit]")).click();
      browser.waitForText(By.id("toasts"), "Updated 2 items");
      for (String id : List.of(jugListing, bowlListing)) {
        assertThat(
                api.as("viewer").get("/api/v1/listings/" + id).jsonPath().getString("list_price"))
            .isEqualTo("44.5");
      }

      browser.wait.until(d -> browser.all(By.cssSelector("#items input.select:checked")).isEmpty());
      browser.clickable(By.id("select-all")).click();
      new Select(browser.visible(By.id("bulk-field"))).selectByValue("estimated_value");
      browser.type(By.id("bulk-value"), "60");
      browser.clickable(By.cssSelector("#bulk-form button[type=submit]")).click();
      await()
          .atMost(Browser.WAIT)
          .untilAsserted(
              () -> {
                for (String id : List.of(jug, bowl)) {
                  assertThat(
                          api.as("viewer")
                              .get("/api/v1/inventory/" + id)
                              .jsonPath()
                              .getDouble("inventory.estimated_value"))
                      .isEqualTo(60.0);
                }
              });
      // the totals say what they cover: both items have an estimate now
      browser.waitForText(By.id("summary"), "estimated value");
      browser.phone();
      browser.clickable(By.id("select-all")).click();
      browser.visible(By.id("bulk-form"));
      browser.screenshot("inventory-bulk-phone");
      browser.desktop();

      // the item's activity says what changed, from what to what
      browser.go("items/" + jug);
      WebElement activity = browser.visible(By.cssSelector("ul.activity"));
      browser.wait.until(d -> activity.getText().contains("Estimated value"));
      assertThat(activity.getText()).contains("Edited with other items", "$60.00", "→");
      assertThat(activity.getText()).contains("List price", "$30.00", "$44.50");
    }
  }

  @Test
  void everyReportsCsvIsSavedUnderTheReportsName(ResellServer server) {
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String lastYear = String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear() - 1);
    Map<String, String> names =
        Map.of(
            "sales", "sales-report-" + today + ".csv",
            "category-performance", "category-performance-report-" + today + ".csv",
            "platform-profitability", "platform-profitability-report-" + today + ".csv",
            "aging", "aging-report-" + today + ".csv",
            "seasonal", "seasonal-report-" + today + ".csv",
            "inventory-turnover", "inventory-turnover-report-" + today + ".csv",
            "tax-year", "tax-year-" + lastYear + ".csv");
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      for (var report : names.entrySet()) {
        browser.go("reports?report=" + report.getKey());
        browser.wait.until(d -> browser.all(By.cssSelector("[aria-busy=true]")).isEmpty());
        browser.clickable(By.cssSelector("#report-params [data-format=csv]")).click();
        WebElement saved = browser.visible(By.cssSelector("#report-params .file-link a[download]"));
        assertThat(saved.getAttribute("download")).as(report.getKey()).isEqualTo(report.getValue());
        assertThat(saved.getAttribute("data-type")).startsWith("text/csv");
        assertThat(text(browser, saved).replace("\uFEFF", "").lines().findFirst())
            .as(report.getKey() + " has its header")
            .hasValueSatisfying(header -> assertThat(header).contains(","));
      }
      browser.phone();
      browser.screenshot("reports-csv-phone");

      // the fee calculator: what the platform takes from one sale, fee by fee
      browser.go("tools");
      browser.type(By.id("f-price"), "100");
      browser.clickable(By.id("f-calculate")).click();
      browser.waitForText(By.id("fee-total"), "you keep");
      assertThat(browser.visible(By.id("fee-answer")).getText())
          .contains("Final value fee", "Total fees");
      browser.screenshot("tools-fees-phone");
    }
  }

  /** The jobs page names a job in words and keeps the server's file paths and ids to itself. */
  @Test
  void theJobsPageShowsNoInternalParameters(Api api, ResellServer server) {
    api.as("staff")
        .contentType("multipart/form-data")
        .multiPart(
            "file",
            "jobs-" + marker + ".csv",
            ("Vase," + marker + "\nLamp,3\n").getBytes(StandardCharsets.UTF_8),
            "text/csv")
        .post("/api/v1/import/csv")
        .then()
        .statusCode(202);
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      browser.go("jobs");
      browser.waitForText(By.id("executions"), "Spreadsheet import");
      browser.clickable(By.cssSelector("button[data-show]")).click();
      WebElement detail = browser.visible(By.id("exec-h")).findElement(By.xpath(".."));
      assertThat(detail.getText()).doesNotContain("filePath", "importJobId", "mapping", "/uploads");
      assertThat(browser.driver.findElement(By.tagName("resell-jobs")).getText())
          .doesNotContain("importJobId", "filePath");
    }
    // The jobs API keeps them to itself as well (the console is not the only reader).
    assertThat(api.asAdmin().get("/api/v1/jobs").then().statusCode(200).extract().asString())
        .doesNotContain("filePath", "importJobId", "mapping", "maxRows", "/uploads");
  }

  /** The text of a file the page saved (an object URL), read in the page. */
  private static String text(Browser browser, WebElement link) {
    return (String)
        browser.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('error ' + e));",
            link.getAttribute("href"));
  }

  private static String item(Api api, Map<String, Object> fields) {
    return api.as("staff")
        .body(fields)
        .post("/api/v1/inventory")
        .then()
        .statusCode(201)
        .extract()
        .path("lot_id");
  }

  private static String listing(Api api, String lotId) {
    return api.as("staff")
        .body(Map.of("platform", "ebay", "status", "active", "list_price", "30.00"))
        .post("/api/v1/inventory/" + lotId + "/listings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
