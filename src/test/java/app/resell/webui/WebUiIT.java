package app.resell.webui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.resell.photos.TestImages;
import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web UI in a real browser: what a reseller does in a day, from signing in to importing an
 * invoice, finding an item, printing labels, restarting a failed job and watching a sale reach the
 * dashboard. Each journey saves screenshots under target/screenshots.
 */
@ResellIT
class WebUiIT {

  private final String marker = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void thePageAndItsModulesArePublicWhileTheApiNeedsAToken(Api api) {
    api.anonymous()
        .get("/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .header("Content-Security-Policy", containsString("script-src 'self'"))
        .header("Cache-Control", "no-cache");
    api.anonymous().get("/app/api.js").then().statusCode(200);
    api.anonymous()
        .get("/webjars/chart.js/4.4.1/dist/chart.umd.js")
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("max-age"));
    api.anonymous().get("/api/v1/inventory").then().statusCode(401);
    // Text travels compressed (Lighthouse: "enable text compression"); the page has an icon and
    // does not load Chart.js itself (the pages with charts fetch it).
    for (String text : new String[] {"/app/ui.js", "/style.css", "/"}) {
      api.anonymous()
          .header("Accept-Encoding", "gzip")
          .get(text)
          .then()
          .statusCode(200)
          .header("Content-Encoding", "gzip");
    }
    api.asAdmin()
        .header("Accept-Encoding", "gzip")
        .get("/api/v1/inventory?limit=100")
        .then()
        .statusCode(200)
        .header("Content-Encoding", "gzip");
    String page = api.anonymous().get("/").asString();
    assertThat(page).contains("rel=\"icon\"").doesNotContain("chart.umd.js");
    api.anonymous()
        .get("/favicon.svg")
        .then()
        .statusCode(200)
        .contentType(containsString("image/svg+xml"));
  }

  @Test
  void theApiDocsRenderUnderTheContentSecurityPolicy(ResellServer server) {
    try (Browser browser = Browser.open(server)) {
      browser.driver.get(server.baseUrl() + "/api-docs/");
      browser.waitForText(By.cssSelector(".swagger-ui .info .title"), "Resell API");
      browser.visible(By.cssSelector(".swagger-ui .opblock-tag"));
    }
  }

  @Test
  void signInShowsTheDashboardAndAWrongPasswordIsExplained(Api api, ResellServer server) {
    seedBusiness(api);
    // Sold on eBay, still offered on Etsy, neither listing with a title of its own: "delist now"
    // names the item, not "Sold item".
    String untitled = "Webui untitled cruet " + marker;
    String cruet = newItem(api, untitled, "glass", "9.00", "40.00", OffsetDateTime.now());
    String cruetOnEbay = listing(api, cruet, "ebay");
    listing(api, cruet, "etsy");
    sell(api, cruetOnEbay, new BigDecimal("38.00"), OffsetDateTime.now(ZoneOffset.UTC));
    try (Browser browser = Browser.open(server)) {
      browser.go("inventory");
      browser.visible(By.id("email"));
      browser.screenshot("login");

      browser.type(By.id("email"), ResellServer.ADMIN_EMAIL);
      browser.type(By.id("password"), "not-the-password");
      browser.clickable(By.id("sign-in")).click();
      assertThat(browser.visible(By.cssSelector("[data-form-error]")).getText()).isNotBlank();

      browser.type(By.id("password"), ResellServer.ADMIN_PASSWORD);
      browser.clickable(By.id("sign-in")).click();
      // Back to the page that asked for the sign-in.
      browser.visible(By.cssSelector("resell-inventory #items, resell-inventory .notice"));

      // A page without charts does not load Chart.js (200 KB of script).
      assertThat(browser.driver.executeScript("return typeof window.Chart")).isEqualTo("undefined");

      browser.go("dashboard");
      browser.visible(By.cssSelector("resell-dashboard #tiles .tile[data-key=total_revenue]"));
      // The four charts drawn from the seeded business, and the lists that need action.
      for (String chart : new String[] {"category", "platform", "monthly", "aging"}) {
        browser.visible(By.id(chart + "-chart"));
        browser.wait.until(
            d ->
                browser
                    .driver
                    .executeScript(
                        "arguments[0].scrollIntoView({block: 'center'});"
                            + " return !!window.Chart?.getChart(arguments[0])",
                        browser.driver.findElement(By.id(chart + "-chart")))
                    .equals(true));
      }
      // Amounts and counts are read against zero.
      for (String chart : new String[] {"platform", "monthly", "aging"}) {
        assertThat(
                browser.driver.executeScript(
                    "return Chart.getChart(arguments[0]).scales.y.min",
                    browser.driver.findElement(By.id(chart + "-chart"))))
            .isEqualTo(0L);
      }
      browser.visible(By.cssSelector("#delist li a[href^='#/items/']"));
      browser.visible(By.cssSelector("#alerts li"));
      browser.visible(By.cssSelector("#activity li"));
      // Lists name the item they link to: no bare "Sold item" or "item" links.
      browser.waitForText(By.id("delist"), untitled);
      for (WebElement link : browser.all(By.cssSelector("#delist a, #activity a, #alerts a"))) {
        assertThat(link.getText()).isNotBlank().isNotIn("Sold item", "item", "Item");
      }
      assertThat(browser.moneyProblems()).isEmpty();
      browser.wait.until(d -> !browser.all(By.cssSelector("#review ul, #review p")).isEmpty());
      // Live updates: the socket sent the token as its first message and was welcomed.
      browser.wait.until(
          d -> browser.all(By.id("live")).stream().anyMatch(b -> "Live".equals(b.getText())));
      browser.driver.executeScript("window.scrollTo(0, 0)");
      browser.screenshot("dashboard");
      browser.phone();
      browser.screenshot("dashboard-phone");
      phoneChecks(browser);
      browser.desktop();

      // One money format on every page that shows amounts, unbroken, on a desk and on a phone.
      for (String page :
          new String[] {
            "inventory",
            "items/" + cruet,
            "reports?report=sales",
            "reports?report=category-performance",
            "reports?report=platform-profitability",
            "reports?report=aging",
            "reports?report=inventory-turnover"
          }) {
        browser.go(page);
        browser.visible(By.cssSelector("main .page h1"));
        browser.wait.until(
            d ->
                browser.all(By.cssSelector("[aria-busy=true]")).isEmpty()
                    && !browser.all(By.cssSelector("main table, main .tile")).isEmpty());
        assertThat(browser.moneyProblems()).as(page).isEmpty();
        browser.phone();
        assertThat(browser.moneyProblems()).as(page + " on a phone").isEmpty();
        browser.desktop();
      }

      browser.clickable(By.id("logout")).click();
      browser.visible(By.id("email"));
      browser.go("dashboard");
      browser.visible(By.id("email"));
    }
  }

  @Test
  void aNewItemIsFoundBySearchAndEditedInline(Api api, ResellServer server) {
    String name = "Webui brass lamp " + marker;
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      browser.go("inventory");
      browser.clickable(By.id("new-item")).click();
      // A problem from the API is shown next to the field it names.
      browser.clickable(By.id("n-save")).click();
      WebElement error = browser.visible(By.cssSelector("#new-form .field-error"));
      assertThat(error.getText()).isNotBlank();
      assertThat(browser.driver.findElement(By.id("n-name")).getAttribute("aria-invalid"))
          .isEqualTo("true");

      browser.type(By.id("n-name"), name);
      browser.type(By.id("n-bid"), "12.50");
      browser.type(By.id("n-value"), "60");
      browser.type(By.id("n-location"), "Shelf " + marker);
      browser.clickable(By.id("n-save")).click();
      browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("new-form")));

      browser.type(By.id("search"), "brass lamp " + marker);
      By row = By.xpath("//table[@id='items']//a[normalize-space()='" + name + "']");
      // Exactly this item, once the last keystroke's search has answered.
      browser.wait.until(
          d ->
              browser.all(By.cssSelector("#items tbody tr")).size() == 1
                  && !browser.all(row).isEmpty());
      browser.screenshot("inventory");

      WebElement value =
          browser.visible(By.cssSelector("#items tbody tr input[name=estimated_value]"));
      value.sendKeys(Keys.chord(Keys.CONTROL, "a"), "75.00", Keys.TAB);
      browser.waitForText(By.id("toasts"), "Saved");
      String lotId =
          browser.driver.findElement(By.cssSelector("#items tbody tr")).getAttribute("data-id");
      await()
          .atMost(Browser.WAIT)
          .untilAsserted(
              () ->
                  assertThat(
                          api.asAdmin()
                              .get("/api/v1/inventory/" + lotId)
                              .jsonPath()
                              .getDouble("inventory.estimated_value"))
                      .isEqualTo(75.0));

      browser.phone();
      browser.screenshot("inventory-phone");
      browser.desktop();

      browser.clickable(row).click();
      browser.waitForText(By.cssSelector("resell-item h1"), name);
      browser.clickable(By.id("print-label")).click();
      WebElement pdf = browser.visible(By.cssSelector("#item-actions .file-link a"));
      assertThat(pdf.getAttribute("data-type")).isEqualTo("application/pdf");
      // The pricing calculator: the lowest price per platform that reaches the target ROI.
      browser.clickable(By.cssSelector("#pricing-form button[type=submit]")).click();
      browser.waitForText(By.id("pricing"), "Lowest price per platform");
      browser.screenshot("item");
    }
  }

  @Test
  void anInvoicePdfIsPreviewedImportedWithProgressAndItsItemsShown(ResellServer server) {
    Path invoice = Path.of("src/test/resources/invoices/lakeside-void-writer.pdf").toAbsolutePath();
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      browser.go("import");
      browser.visible(By.id("files")).sendKeys(invoice.toString());
      WebElement count = browser.visible(By.cssSelector(".import .preview-count"));
      assertThat(count.getText()).matches("\\d+ items to import");
      assertThat(browser.all(By.cssSelector("table.preview tbody tr"))).isNotEmpty();
      browser.screenshot("import-preview");

      // A fresh invoice number: other tests of this run may import the same file.
      browser.type(By.name("invoice_id"), "WEBUI-" + marker);
      browser.clickable(By.cssSelector(".import [data-action=import]")).click();
      browser.wait.until(
          d ->
              !browser
                  .all(By.cssSelector(".import progress, .import .form-error:not([hidden])"))
                  .isEmpty());
      for (WebElement again : browser.all(By.xpath("//button[text()='Import anyway']"))) {
        again.click();
      }
      WebElement summary = browser.visible(By.cssSelector(".import .import-summary"));
      assertThat(summary.getText()).containsPattern("[1-9]\\d* imported");
      assertThat(
              browser
                  .driver
                  .findElement(By.cssSelector(".import progress.done"))
                  .getAttribute("value"))
          .isEqualTo("100");
      assertThat(browser.all(By.cssSelector(".import table a[href^='#/items/']"))).isNotEmpty();
      browser.screenshot("import-done");
      browser.clickable(By.cssSelector(".import table a[href^='#/items/']")).click();
      browser.visible(By.cssSelector("resell-item h1"));
    }
  }

  @Test
  void aScannedInvoiceShowsItsCostsAndConfidenceAndIsImportedOnlyOnConfirmation(
      ResellServer server) {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/tesseract")), "tesseract is not installed");
    Path scan = Path.of("src/test/resources/scans/harborview-scan-200dpi.pdf").toAbsolutePath();
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      browser.go("import");
      browser.visible(By.id("files")).sendKeys(scan.toString());
      browser.visible(By.cssSelector(".import .preview-count"));
      assertThat(browser.all(By.cssSelector(".import table.preview tbody tr"))).hasSize(6);
      assertThat(browser.visible(By.cssSelector(".import table.preview thead")).getText())
          .contains("Premium", "Shipping", "Per unit", "OCR");
      assertThat(browser.visible(By.cssSelector(".import table.reconciliation")).getText())
          .contains("Printed");

      browser.type(By.name("invoice_id"), "WEBUI-SCAN-" + marker);
      browser.clickable(By.cssSelector(".import [data-action=import]")).click();
      browser.wait.until(
          d ->
              !browser
                  .all(
                      By.cssSelector(
                          ".import [data-action=confirm], .import .form-error:not([hidden])"))
                  .isEmpty());
      for (WebElement again : browser.all(By.xpath("//button[text()='Import anyway']"))) {
        again.click();
      }
      // nothing exists before the user confirms: the lines wait with their confidence
      browser.clickable(By.cssSelector(".import [data-action=confirm]")).click();
      WebElement summary = browser.visible(By.cssSelector(".import .import-summary"));
      assertThat(summary.getText()).contains("6 imported");
      browser.screenshot("import-scan-confirmed");
    }
  }

  @Test
  void aFailedImportIsRestartedFromTheJobsConsole(Api api, ResellServer server) {
    String jobId =
        api.as("staff")
            .contentType("multipart/form-data")
            .multiPart(
                "file",
                "no-header-" + marker + ".csv",
                // text that passes the upload checks, but no row of it is a header: the job fails
                ("Vase," + marker + "\nLamp,3\n").getBytes(StandardCharsets.UTF_8),
                "text/csv")
            .post("/api/v1/import/csv")
            .then()
            .statusCode(202)
            .extract()
            .path("job_id");
    long execution = awaitFailed(api, jobId).getLong("execution_id");

    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      browser.go("jobs");
      By restart = By.cssSelector("button[aria-label='Restart execution " + execution + "']");
      browser.screenshot("jobs");
      browser.clickable(By.cssSelector("button[data-show='" + execution + "']")).click();
      browser.visible(By.id("exec-h"));
      browser.clickable(restart).click();
      browser.waitForText(By.id("toasts"), "Restarted as execution #");
      String toast = browser.visible(By.cssSelector("#toasts .toast")).getText();
      long next = Long.parseLong(toast.replaceAll("(?s).*#(\\d+).*", "$1"));
      assertThat(next).isGreaterThan(execution);
      browser.visible(By.cssSelector("button[data-show='" + next + "']"));
      browser.screenshot("jobs-restarted");
    }
    api.asAdmin().get("/api/v1/jobs/" + execution).then().statusCode(200);
  }

  @Test
  void storageShowsALocationByItsCodeAndPrintsTheLabelSheet(Api api, ResellServer server) {
    String code = ("W" + marker).substring(0, 8).toUpperCase();
    api.as("staff")
        .body(Map.of("name", "Webui shelf " + marker, "code", code))
        .post("/api/v1/locations")
        .then()
        .statusCode(201);
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      browser.go("storage");
      browser.type(By.id("scan-code"), "RESELL-LOC:" + code + "\n");
      browser.waitForText(By.id("where-h"), "Webui shelf " + marker);
      browser.visible(By.cssSelector("img.qr"));
      browser.screenshot("storage");

      browser.clickable(By.id("location-labels")).click();
      WebElement link = browser.visible(By.cssSelector(".file-link a"));
      assertThat(link.getAttribute("data-type")).isEqualTo("application/pdf");
      assertThat(browser.contentTypeOf(link.getAttribute("href"))).startsWith("application/pdf ");

      // What a phone opens from a location's address.
      browser.phone();
      browser.go("storage/" + code);
      browser.waitForText(By.id("where-h"), "Webui shelf " + marker);
      browser.screenshot("storage-phone");
    }
  }

  /** Users are managed in the browser: a new role, a deactivation, a new password. */
  @Test
  void anAdminChangesAUsersRoleDeactivatesThemAndSetsANewPassword(Api api, ResellServer server) {
    String email = "webui-user-" + marker + "@resell.test";
    String id =
        api.asAdmin()
            .body(Map.of("email", email, "password", "first-webui-passphrase", "role", "viewer"))
            .post("/api/v1/users")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      browser.go("settings?tab=users");
      new org.openqa.selenium.support.ui.Select(browser.visible(By.id("role-" + id)))
          .selectByValue("staff");
      browser.waitForText(By.id("toasts"), "Role changed");
      browser.clickable(By.cssSelector("button[data-user-password='" + id + "']")).click();
      browser.type(By.id("r-password"), "second-webui-passphrase");
      browser.clickable(By.id("r-save")).click();
      browser.waitForText(By.id("toasts"), "Password set");
      browser.clickable(By.cssSelector("button[data-user-active='" + id + "']")).click();
      browser.waitForText(By.id("toasts"), "User deactivated");
      browser.screenshot("settings-users");
    }
    Map<String, Object> user =
        api.asAdmin().get("/api/v1/users").jsonPath().getMap("find { it.id == '" + id + "' }");
    assertThat(user).containsEntry("role", "staff").containsEntry("active", false);
    api.anonymous()
        .body(Map.of("email", email, "password", "second-webui-passphrase"))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(401);
  }

  @Test
  void everyOtherPageOpensOnADesktopAndAPhone(ResellServer server) {
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      for (String page : new String[] {"reports", "tools", "settings", "backups"}) {
        browser.go(page);
        browser.visible(By.cssSelector("resell-" + page + " h1"));
        browser.wait.until(d -> browser.all(By.cssSelector("[aria-busy=true]")).isEmpty());
        browser.screenshot(page);
        browser.phone();
        browser.screenshot(page + "-phone");
        browser.desktop();
      }
      browser.go("settings");
      browser.visible(By.cssSelector("#tab table"));
      assertThat(browser.driver.findElement(By.id("tab")).getText())
          .contains(ResellServer.ADMIN_EMAIL);

      // The money and analytics APIs answer each page with real figures.
      browser.go("settings?tab=fees");
      browser.clickable(By.xpath("//details[form[@data-platform='ebay']]/summary")).click();
      browser.visible(By.id("fee-ebay"));
      browser.go("settings?tab=alerts");
      browser.visible(By.cssSelector("form.rule-form[data-type=unsold_days]"));
      browser.go("settings?tab=webhooks");
      browser.type(By.id("h-url"), "https://example.com/resell-" + marker);
      browser.clickable(By.cssSelector("#hook-form button[type=submit]")).click();
      browser.waitForText(By.id("hook-secret"), "whsec_");
      browser.waitForText(By.cssSelector("#tab table"), "resell-" + marker);
      browser.screenshot("settings-webhooks");

      // An admin backs up now and sees the run end with its archive to download.
      browser.go("backups");
      browser.clickable(By.id("now")).click();
      browser.waitForText(By.id("progress"), "Backup succeeded");
      browser.visible(By.cssSelector("#runs button[data-download]"));
      browser.screenshot("backups-done");

      browser.go("reports?report=tax-year");
      browser.visible(By.cssSelector("table.tax-year tr[data-key=net_profit]"));
      browser.go("reports?report=category-performance");
      browser.wait.until(d -> browser.all(By.cssSelector("[aria-busy=true]")).isEmpty());
      browser.clickable(By.cssSelector("#report-params [data-format=csv]")).click();
      WebElement csv = browser.visible(By.cssSelector("#report-params .file-link a"));
      assertThat(csv.getAttribute("data-type")).startsWith("text/csv");

      browser.go("tools");
      browser.type(By.id("t-price"), "120");
      browser.clickable(By.cssSelector("#max-bid button[type=submit]")).click();
      browser.waitForText(By.id("max-bid-answer"), "Bid at most");
      browser.screenshot("tools-answer");
    }
  }

  /**
   * A photo taken on a phone (the file input opens the camera there) is uploaded with its progress
   * bar and shows in the item page's strip; its large view opens from the thumbnail; the inventory
   * list shows it in its thumbnail column.
   */
  @Test
  void aPhotoTakenOnAPhoneShowsOnTheItemPage(Api api, ResellServer server, @TempDir Path dir)
      throws java.io.IOException {
    String name = "Webui photographed clock " + marker;
    String lotId =
        api.as("staff")
            .body(Map.of("item_name", name, "bid_amount", "9.00"))
            .post("/api/v1/inventory")
            .then()
            .statusCode(201)
            .extract()
            .path("lot_id");
    Path shot = dir.resolve("clock.jpg");
    java.nio.file.Files.write(shot, TestImages.encode(TestImages.photoLike(1200, 900), "jpg"));
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      browser.phone();
      browser.go("items/" + lotId);
      browser.waitForText(By.cssSelector("resell-item h1"), name);
      assertThat(browser.driver.findElement(By.id("photo-input")).getAttribute("capture"))
          .isEqualTo("environment");
      browser.driver.findElement(By.id("photo-input")).sendKeys(shot.toString());
      browser.waitForText(By.id("toasts"), "Photo added");
      browser.wait.until(
          d -> !browser.all(By.cssSelector("#photo-strip img[src^='blob:']")).isEmpty());
      browser.clickable(By.cssSelector("#photo-strip .photo-thumb")).click();
      browser.wait.until(
          d -> !browser.all(By.cssSelector("#photo-large[open] img[src^='blob:']")).isEmpty());
      browser.screenshot("item-photo-phone");

      // the inventory list, on the phone too, shows the photo in its thumbnail column, lazily
      browser.go("inventory?search=photographed%20clock");
      By thumb = By.cssSelector("#items tr[data-id='" + lotId + "'] td.thumb img");
      // by selector: an img whose thumbnail is still loading has no src yet (getAttribute: null)
      browser.wait.until(
          d ->
              !browser
                  .all(
                      By.cssSelector(
                          "#items tr[data-id='" + lotId + "'] td.thumb img[src^='blob:']"))
                  .isEmpty());
      assertThat(browser.driver.findElement(thumb).getAttribute("loading")).isEqualTo("lazy");
      assertThat(browser.driver.findElement(thumb).isDisplayed()).isTrue();
      browser.screenshot("inventory-thumbnails-phone");
    }
    assertThat(
            api.as("viewer")
                .get("/api/v1/inventory/" + lotId + "/photos")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id"))
        .hasSize(1);
  }

  /**
   * The sell flow on the item page: a listing added elsewhere (another tab, the API, an import)
   * shows after a reload, because the page's ETag covers its listings; a price change, a sale, and
   * the "delist now" it raises on the other listing cleared by marking that one taken down. On a
   * desk and on a phone.
   */
  @ParameterizedTest
  @ValueSource(strings = {"desktop", "phone"})
  void theSellFlowOnTheItemPageNeverShowsStaleListingsAndClearsDelistNow(
      String size, Api api, ResellServer server) {
    String lotId =
        api.as("staff")
            .body(
                Map.of(
                    "item_name", "Webui relisted jug " + size + " " + marker, "bid_amount", "6.00"))
            .post("/api/v1/inventory")
            .then()
            .statusCode(201)
            .extract()
            .path("lot_id");
    String ebay = listing(api, lotId, "ebay");
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      if (size.equals("phone")) browser.phone();
      browser.go("items/" + lotId);
      browser.visible(By.cssSelector("button[data-sell='" + ebay + "']"));
      String etsy = listing(api, lotId, "etsy");
      browser.driver.navigate().refresh();
      browser.visible(By.cssSelector("button[data-sell='" + etsy + "']"));
      assertThat(browser.all(By.cssSelector("#listings button[data-sell]"))).hasSize(2);

      browser.clickable(By.cssSelector("button[data-reprice='" + ebay + "']")).click();
      browser.type(By.id("p-price"), "45.00");
      browser.clickable(By.id("p-save")).click();
      browser.waitForText(By.id("toasts"), "Price changed");
      await()
          .atMost(Browser.WAIT)
          .untilAsserted(
              () ->
                  assertThat(
                          api.asAdmin()
                              .get("/api/v1/listings/" + ebay)
                              .jsonPath()
                              .getDouble("list_price"))
                      .isEqualTo(45.0));

      browser.clickable(By.cssSelector("button[data-sell='" + ebay + "']")).click();
      browser.clickable(By.id("s-save")).click();
      browser.waitForText(By.id("toasts"), "Sale recorded");
      By markDelisted = By.cssSelector("button[data-delisted='" + etsy + "']");
      browser.waitForText(markDelisted, "Mark delisted");
      browser.screenshot("item-delist-now-" + size);
      browser.clickable(markDelisted).click();
      browser.waitForText(By.id("toasts"), "no longer needs delisting");
      await()
          .atMost(Browser.WAIT)
          .untilAsserted(
              () -> {
                var etsyListing = api.asAdmin().get("/api/v1/listings/" + etsy).jsonPath();
                assertThat(etsyListing.getBoolean("needs_delist")).isFalse();
                assertThat(etsyListing.getString("status")).isEqualTo("cancelled");
              });
      browser.wait.until(d -> d.findElements(By.cssSelector("#listings .badge.failed")).isEmpty());
    }
  }

  /**
   * Two people edit one item: the second save is refused, keeps what was typed, says what the other
   * person changed (old -> new, in words, with no ids or versions), and "Save my changes" puts the
   * typed change on the new version without undoing theirs. The API's own answer names the item.
   */
  @Test
  void aConflictingEditKeepsWhatWasTypedAndShowsWhatChangedMeanwhile(Api api, ResellServer server) {
    String name = "Webui contested clock " + marker;
    String lotId =
        newItem(api, name, "antiques", "20.00", "10.00", OffsetDateTime.now(ZoneOffset.UTC));
    String typed = "Chime works " + marker;
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      browser.go("items/" + lotId);
      browser.type(By.id("d-notes"), typed);
      api.as("staff")
          .header("If-Match", "\"1\"")
          .contentType("application/json-patch+json")
          .body("[{\"op\": \"replace\", \"path\": \"/estimated_value\", \"value\": 25}]")
          .patch("/api/v1/inventory/" + lotId)
          .then()
          .statusCode(200);

      browser.clickable(By.cssSelector("#details-form button[type=submit]")).click();
      WebElement conflict = browser.visible(By.cssSelector("#edit-conflict .conflict"));
      assertThat(conflict.getText())
          .contains("Someone else saved this item", "Estimated value", "$10.00", "$25.00")
          .doesNotContain(lotId)
          .doesNotContainIgnoringCase("version");
      assertThat(browser.visible(By.id("d-notes")).getAttribute("value")).isEqualTo(typed);
      assertThat(browser.all(By.cssSelector("#details-form [data-form-error]:not([hidden])")))
          .isEmpty();
      browser.phone();
      browser.screenshot("item-edit-conflict-phone");
      browser.desktop();

      browser.clickable(By.id("save-mine")).click();
      browser.waitForText(By.id("toasts"), "Saved");
      JsonPath saved =
          await()
              .atMost(Browser.WAIT)
              .until(
                  () -> api.asAdmin().get("/api/v1/inventory/" + lotId).jsonPath(),
                  now -> typed.equals(now.getString("inventory.notes")));
      assertThat(saved.getDouble("inventory.estimated_value")).isEqualTo(25.0);

      // A link to an item that is not there says so in words, without the id it did not find.
      String gone = UUID.randomUUID().toString();
      browser.go("items/" + gone);
      browser.waitForText(By.cssSelector("resell-item h1"), "Item not found");
      assertThat(browser.visible(By.cssSelector("resell-item [role=alert]")).getText())
          .contains("not in the inventory")
          .doesNotContain(gone);
    }
    String stale =
        api.as("staff")
            .header("If-Match", "\"1\"")
            .contentType("application/json-patch+json")
            .body("[{\"op\": \"replace\", \"path\": \"/notes\", \"value\": \"late\"}]")
            .patch("/api/v1/inventory/" + lotId)
            .then()
            .statusCode(412)
            .extract()
            .path("detail");
    assertThat(stale).contains(name).doesNotContain(lotId).doesNotContainIgnoringCase("version");
  }

  private static String listing(Api api, String lotId, String platform) {
    return api.as("staff")
        .body(Map.of("platform", platform, "status", "active", "list_price", "30.00"))
        .post("/api/v1/inventory/" + lotId + "/listings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void aSaleRecordedOnTheItemPageReachesTheOpenDashboard(Api api, ResellServer server) {
    Instant start = Instant.now();
    String lotId =
        api.as("staff")
            .body(
                Map.of(
                    "item_name", "Webui sold vase " + marker,
                    "bid_amount", "5.00",
                    "estimated_value", "40.00"))
            .post("/api/v1/inventory")
            .then()
            .statusCode(201)
            .extract()
            .path("lot_id");
    String listingId =
        api.as("staff")
            .body(Map.of("platform", "ebay", "status", "active", "list_price", "40.00"))
            .post("/api/v1/inventory/" + lotId + "/listings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // The dashboard reads roll-ups refreshed a moment after each change: start from figures that
    // include everything done so far (the item above changes them), so the one change the page
    // must show is the sale.
    long soldBefore = settledDashboard(api, start).getLong("summary.total_sold");

    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      browser.go("dashboard");
      By sold = By.cssSelector("#tiles .tile[data-key=total_sold] .value");
      browser.wait.until(d -> units(d.findElement(sold).getText()) == soldBefore);
      String dashboard = browser.driver.getWindowHandle();

      browser.driver.switchTo().newWindow(WindowType.TAB);
      browser.go("items/" + lotId);
      browser.clickable(By.cssSelector("button[data-sell='" + listingId + "']")).click();
      browser.type(By.id("s-price"), "42.00");
      browser.clickable(By.id("s-save")).click();
      browser.waitForText(By.id("toasts"), "Sale recorded");

      browser.visible(By.cssSelector("#sale-result .kv"));
      browser.screenshot("item-sold");

      // No reload: the roll-up refresh is pushed over /ws/events and the page fetches again.
      browser.driver.switchTo().window(dashboard);
      browser.wait.until(d -> units(d.findElement(sold).getText()) == soldBefore + 1);
      browser.waitForText(By.cssSelector("#activity li:first-child"), "Sale");
      browser.screenshot("dashboard-after-sale");
    }
  }

  /** A whole number as the page shows it ("1,234"). */
  private static long units(String shown) {
    String digits = shown.replaceAll("[^0-9-]", "");
    return digits.isEmpty() ? Long.MIN_VALUE : Long.parseLong(digits);
  }

  /** The dashboard once its roll-ups have been refreshed after the given instant. */
  private static JsonPath settledDashboard(Api api, Instant after) {
    JsonPath[] last = new JsonPath[1];
    await()
        .atMost(Browser.WAIT)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              last[0] =
                  api.asAdmin()
                      .get("/api/v1/dashboard")
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath();
              return Instant.parse(last[0].getString("refreshed_at")).isAfter(after);
            });
    return last[0];
  }

  /**
   * The dashboard on a phone: every page of the navigation is on the screen (none hidden off its
   * side), the first Tab after a load reaches the skip link, and nothing moves once drawn (the
   * tiles and charts keep the room they will need: Lighthouse's CLS under 0.1). The charts below
   * the fold are drawn once scrolled to.
   */
  private static void phoneChecks(Browser browser) {
    browser.driver.navigate().refresh();
    browser.visible(By.cssSelector("#tiles .tile[data-key=total_revenue]"));
    browser.wait.until(
        d -> !browser.all(By.cssSelector("#tiles .tile .value")).get(0).getText().equals("…"));
    browser.wait.until(
        d ->
            browser
                .driver
                .executeScript(
                    "const aging = document.getElementById('aging-chart');"
                        + " aging.scrollIntoView({block: 'center'});"
                        + " return !!window.Chart?.getChart(aging)")
                .equals(true));
    assertThat(browser.layoutShift()).isLessThan(0.1);

    int width = ((Long) browser.driver.executeScript("return window.innerWidth")).intValue();
    for (WebElement link : browser.all(By.cssSelector("#nav li:not([hidden]) a"))) {
      assertThat(link.isDisplayed()).as(link.getText()).isTrue();
      var box = link.getRect();
      assertThat(box.getX()).as(link.getText()).isGreaterThanOrEqualTo(0);
      assertThat(box.getX() + box.getWidth()).as(link.getText()).isLessThanOrEqualTo(width);
    }

    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    WebElement focused = browser.driver.switchTo().activeElement();
    assertThat(focused.getAttribute("class")).isEqualTo("skip");
    assertThat(focused.getText()).isEqualTo("Skip to content");
  }

  /**
   * A small business of the last months through the API (items, listings, sales, one listing to
   * take down, one old unsold item with its alert), so the dashboard has real charts and lists.
   * Sales are dated in past months for the monthly chart.
   */
  private void seedBusiness(Api api) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withHour(12);
    String[][] business = {
      // name, category, hammer bid, estimate, platform, sold how many months ago (0: not sold)
      {"Art deco bronze lamp", "antiques", "45.00", "160.00", "ebay", "5"},
      {"Roseville pottery vase", "pottery", "22.00", "95.00", "etsy", "4"},
      {"Sterling silver tea set", "silver", "80.00", "260.00", "ebay", "3"},
      {"Vintage Pyrex bowls", "glass", "12.00", "48.00", "facebook", "2"},
      {"Mid-century teak side table", "furniture", "35.00", "180.00", "chairish", "1"},
      {"Signed oil landscape", "art", "60.00", "240.00", "etsy", "0"},
      {"Lionel train set", "toys", "25.00", "110.00", "ebay", "0"},
    };
    for (String[] row : business) {
      int soldAgo = Integer.parseInt(row[5]);
      String lotId = newItem(api, row[0], row[1], row[2], row[3], now.minusMonths(soldAgo + 2L));
      String listingId = newListing(api, lotId, row[4], row[3], row[0]);
      if (soldAgo > 0) {
        BigDecimal price = new BigDecimal(row[3]).multiply(new BigDecimal("0.9"));
        sell(api, listingId, price.setScale(2, RoundingMode.HALF_UP), now.minusMonths(soldAgo));
      }
    }
    // Sold on eBay while still offered on Etsy: the Etsy listing must come down.
    String crossListed =
        newItem(api, "Fenton hobnail goblets", "glass", "18.00", "70.00", now.minusMonths(1));
    String sold = newListing(api, crossListed, "ebay", "70.00", "Fenton hobnail goblets");
    newListing(api, crossListed, "etsy", "75.00", "Fenton hobnail goblets");
    sell(api, sold, new BigDecimal("68.00"), now.minusDays(3));
    // Bought long ago and never sold: the unsold-items rule raises an alert.
    newItem(api, "Cast iron trivets", "tools", "30.00", "45.00", now.minusMonths(8));
    api.as("staff").post("/api/v1/alerts/evaluate").then().statusCode(200);
  }

  private static String newItem(
      Api api, String name, String category, String bid, String estimate, OffsetDateTime bought) {
    return api.as("staff")
        .body(
            Map.of(
                "item_name", name,
                "category", category,
                "bid_amount", bid,
                "estimated_value", estimate,
                "acquisition_date", bought.toString()))
        .post("/api/v1/inventory")
        .then()
        .statusCode(201)
        .extract()
        .path("lot_id");
  }

  private static String newListing(
      Api api, String lotId, String platform, String price, String title) {
    return api.as("staff")
        .body(
            Map.of(
                "platform", platform,
                "status", "active",
                "list_price", price,
                "listing_title", title))
        .post("/api/v1/inventory/" + lotId + "/listings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static void sell(Api api, String listingId, BigDecimal price, OffsetDateTime when) {
    api.as("staff")
        .body(
            Map.of(
                "sold_price",
                price.toPlainString(),
                "sold_date",
                when.toString(),
                "shipping_paid",
                "8.00",
                "actual_shipping",
                "7.10"))
        .post("/api/v1/listings/" + listingId + "/sale")
        .then()
        .statusCode(201);
  }

  private static JsonPath awaitFailed(Api api, String jobId) {
    JsonPath[] last = new JsonPath[1];
    await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              last[0] = api.asAdmin().get("/api/v1/import/status/" + jobId).jsonPath();
              return "failed".equals(last[0].getString("status"));
            });
    return last[0];
  }
}
