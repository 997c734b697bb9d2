package app.resell.webui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.resell.imports.SalesReports;
import app.resell.photos.TestImages;
import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * "Import sales" on the import page (issue 18): a reseller drops an eBay orders report, reads the
 * preview, imports it, recognises the item of a line that needs a match by its photo and cost,
 * picks it, confirms, and the sale is recorded.
 */
@ResellIT
class SalesImportPageIT {

  @Test
  void anEbayReportIsPreviewedImportedAndItsWaitingLineMatchedByPhotoAndCost(
      Api api, ResellServer server, @TempDir Path dir) throws IOException {
    SalesReports r = new SalesReports(api);
    String marker = r.marker;
    String clock = r.item("Sessions mantel clock {m}", "SKU-{m}-A", 1, new BigDecimal("14.00"));
    String vase = r.item("Fenton hobnail milk glass vase {m}", null, 1, new BigDecimal("22.50"));
    r.listing(clock, "ebay", "active", null);
    r.listing(vase, "ebay", "active", null);
    api.as("staff")
        .contentType("multipart/form-data")
        .multiPart(
            "file",
            "vase.jpg",
            TestImages.encode(TestImages.photoLike(800, 600), "jpg"),
            "image/jpeg")
        .post("/api/v1/inventory/" + vase + "/photos")
        .then()
        .statusCode(201);
    Path report = dir.resolve("ebay-orders-" + marker + ".csv");
    // the clock by its SKU (recorded at once), the vase by a title alike (waits for a person)
    Files.writeString(
        report,
        SalesReports.ebayOrders(
            new String[] {
              "14-" + marker + "-01",
              "clock_fan",
              "310000000001",
              "Sessions mantel clock " + marker,
              "SKU-" + marker + "-A",
              "1",
              "$52.00",
              "$9.00",
              "$4.16",
              "Jul-25-26",
              "T" + marker + "1"
            },
            new String[] {
              "14-" + marker + "-02",
              "glass_fan",
              "310000000002",
              "Fenton Hobnail Milk Glass Vase vintage " + marker,
              "",
              "1",
              "$39.00",
              "$6.50",
              "$3.12",
              "Jul-26-26",
              "T" + marker + "2"
            }),
        StandardCharsets.UTF_8);

    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      browser.go("import");
      new Select(browser.visible(By.id("sales-platform"))).selectByValue("ebay");
      browser.driver.findElement(By.id("sales-file")).sendKeys(report.toString());
      WebElement preview = browser.visible(By.cssSelector(".sales .sales-preview-counts"));
      assertThat(preview.getText()).contains("1 recorded", "1 need a match", "0 duplicates");
      browser.driver.executeScript("arguments[0].scrollIntoView()", preview);
      browser.screenshot("sales-import-preview");

      browser.clickable(By.cssSelector(".sales [data-action=import]")).click();
      WebElement summary = browser.visible(By.cssSelector(".sales .sales-summary"));
      assertThat(summary.getText()).contains("1 recorded", "1 need a match");
      By line = By.cssSelector(".sales fieldset.match[data-row='4']");
      assertThat(browser.visible(line).getText())
          .contains("Fenton Hobnail Milk Glass Vase vintage " + marker, "$39.00")
          .contains("Cost $22.50");
      // the candidate's first photo, fetched with the sign-in
      browser.wait.until(
          d ->
              !browser
                  .all(
                      By.cssSelector(".sales fieldset.match[data-row='4'] img.thumb[src^='blob:']"))
                  .isEmpty());
      browser.phone();
      browser.driver.executeScript("arguments[0].scrollIntoView()", browser.visible(line));
      browser.screenshot("sales-import-match-phone");
      assertThat(
              (Long)
                  browser.driver.executeScript(
                      "return document.documentElement.scrollWidth - window.innerWidth"))
          .as("nothing wider than a phone")
          .isLessThanOrEqualTo(0L);
      browser.desktop();

      browser
          .clickable(
              By.cssSelector(".sales fieldset.match[data-row='4'] input[value='" + vase + "']"))
          .click();
      browser.clickable(By.cssSelector(".sales [data-action=confirm-matches]")).click();
      browser.waitForText(By.cssSelector(".sales .sales-summary"), "2 recorded");
      assertThat(browser.all(line)).isEmpty();
      // the recorded sales link their items by name
      assertThat(
              browser
                  .all(
                      By.xpath(
                          "//table[caption='Sales recorded']//a[starts-with(@href, '#/items/')]"))
                  .stream()
                  .map(WebElement::getText))
          .containsExactlyInAnyOrder(
              "Sessions mantel clock " + marker, "Fenton hobnail milk glass vase " + marker);
      browser.driver.executeScript(
          "arguments[0].scrollIntoView()",
          browser.visible(By.cssSelector(".sales .sales-summary")));
      browser.screenshot("sales-import-matched");

      // the year's 1099-K check on the reports page has the platform's row
      browser.go("reports?report=tax-year");
      browser.type(By.id("p-year"), "2026");
      browser.clickable(By.cssSelector("#report-params button[type=submit]")).click();
      WebElement ebay =
          browser.visible(By.cssSelector("table.platform-gross tr[data-platform=ebay]"));
      assertThat(ebay.getText()).contains("$");
      browser.driver.executeScript("arguments[0].scrollIntoView()", ebay);
      browser.screenshot("tax-year-1099k");
    }

    JsonPath item =
        api.as("staff")
            .get("/api/v1/inventory/" + vase)
            .then()
            .statusCode(200)
            .body("inventory.quantity_sold", equalTo(1))
            .body("listings.find { it.platform == 'ebay' }.status", equalTo("sold"))
            .extract()
            .jsonPath();
    assertThat(item.getString("inventory.item_name")).contains(marker);
    JsonPath sales =
        api.as("staff")
            .get("/api/v1/inventory/" + vase + "/sales")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(sales.getList("platform")).containsExactly("ebay");
    assertThat(new BigDecimal(sales.getString("[0].sold_price"))).isEqualByComparingTo("39.00");
    assertThat(new BigDecimal(sales.getString("[0].shipping_paid"))).isEqualByComparingTo("6.50");
    api.as("staff")
        .get("/api/v1/inventory/" + clock + "/sales")
        .then()
        .statusCode(200)
        .body("[0].sold_price", equalTo(52.0f));
  }
}
