package app.resell.webui;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.imports.Imports;
import app.resell.locations.control.QrCodesTest;
import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 23, items 3 and 4, in a real browser at desk and phone sizes: an item put in a location
 * with the picker (typed code, then a tap) shows on the location's page, which its QR label opens,
 * and where another item is put by name; the inventory's selection moves to a location at once; the
 * filtered inventory exported and imported back creates no copies, and the same file twice is
 * refused in words.
 */
@ResellIT
class LocationsAndReimportPageIT {

  private static final List<Dimension> SIZES = List.of(Browser.DESKTOP, Browser.PHONE);

  @Test
  void anItemPutInALocationByThePickerShowsOnTheLocationPageAndThroughItsQrCode(
      Api api, ResellServer server) throws Exception {
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      for (Dimension size : SIZES) {
        browser.driver.manage().window().setSize(size);
        String device = size.equals(Browser.PHONE) ? "phone" : "desktop";
        String m = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String code = "PK" + m;
        String shelf = location(api, "Picker shelf " + m, code);
        String crate = location(api, "Crate " + m, "CR" + m);
        String clock = item(api, "Picker clock " + m);
        String bell = item(api, "Picker bell " + m);

        // the item page: type part of the code, choose the match, save
        browser.go("items/" + clock);
        browser.type(By.id("d-location_id"), code.toLowerCase().substring(0, 5));
        browser.clickable(By.cssSelector("[role=option][data-id='" + shelf + "']")).click();
        assertThat(browser.visible(By.id("d-location_id")).getAttribute("value"))
            .contains("Picker shelf " + m);
        browser.screenshot("location-picker-" + device);
        browser.clickable(By.cssSelector("#details-form button[type=submit]")).click();
        browser.waitForText(By.id("toasts"), "Saved");
        browser.waitForText(By.cssSelector("#item-location-link a"), "Picker shelf " + m);
        assertThat(locationOf(api, clock)).isEqualTo(shelf);

        // the QR label's address opens the location, which lists the item
        byte[] png =
            api.as("viewer")
                .get("/api/v1/locations/" + shelf + "/qr.png")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        String address = QrCodesTest.decode(png);
        assertThat(address).isEqualTo(server.baseUrl() + "/#/storage/" + code);
        browser.driver.get(address);
        browser.waitForText(By.id("where-h"), "Picker shelf " + m);
        browser.waitForText(By.id("location"), "Picker clock " + m);
        browser.screenshot("location-with-item-" + device);

        // where the label leads (a phone that scanned it), another item is put on the shelf
        browser.type(By.id("put-search"), "Picker bell " + m);
        browser
            .clickable(By.cssSelector("#put-list [role=option][data-id='" + bell + "']"))
            .click();
        browser.waitForText(By.id("toasts"), "Put Picker bell " + m + " in Picker shelf " + m);
        browser.waitForText(By.id("location"), "2 items here");
        assertThat(locationOf(api, bell)).isEqualTo(shelf);

        // the inventory's selection moves to another location in one go
        browser.go("inventory?search=" + m);
        browser.waitForText(By.id("list"), "Picker bell " + m);
        browser
            .clickable(By.cssSelector("input.select[aria-label='Select Picker clock " + m + "']"))
            .click();
        browser
            .clickable(By.cssSelector("input.select[aria-label='Select Picker bell " + m + "']"))
            .click();
        browser.clickable(By.id("bulk-move")).click();
        browser.type(By.id("move-location"), "crate " + m.toLowerCase());
        browser
            .clickable(By.cssSelector("#move-form [role=option][data-id='" + crate + "']"))
            .click();
        browser.screenshot("move-to-location-" + device);
        browser.clickable(By.id("move-save")).click();
        browser.waitForText(By.id("toasts"), "Moved 2 items to Crate " + m);
        browser.waitForText(By.id("list"), "Crate " + m);
        assertThat(locationOf(api, clock)).isEqualTo(crate);
        assertThat(locationOf(api, bell)).isEqualTo(crate);

        // the emptied shelf is deleted from its page; the crate refuses until told where to move
        browser.go("storage/" + code);
        browser.waitForText(By.id("location"), "0 items here");
        browser.go("storage/CR" + m);
        browser.waitForText(By.id("location"), "Picker bell " + m);
        browser.clickable(By.id("delete-location-button")).click();
        browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
        browser.waitForText(By.cssSelector("#delete-location [data-form-error]"), "still holds 2");
        new Select(browser.visible(By.id("d-move-to"))).selectByValue(shelf);
        browser.clickable(By.id("delete-location-button")).click();
        browser.waitForText(By.id("toasts"), "Moved what Crate " + m + " held and deleted it");
        assertThat(locationOf(api, bell)).isEqualTo(shelf);
      }
    }
  }

  @Test
  void theFilteredInventoryExportedAndImportedBackMakesNoCopies(
      Api api, ResellServer server, @TempDir Path dir) throws Exception {
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      for (Dimension size : SIZES) {
        browser.driver.manage().window().setSize(size);
        boolean phone = size.equals(Browser.PHONE);
        String format = phone ? "csv" : "xlsx";
        String word = "roundtrip" + UUID.randomUUID().toString().substring(0, 8);
        item(api, "Tin toy " + word);
        item(api, "Oil lamp " + word);
        byte[] export = Imports.exported(api, format, word);
        Path file = Files.write(dir.resolve("inventory-" + word + "." + format), export);

        browser.go("import");
        // the newest file's card comes first
        String card = "#imports > section:first-child ";
        browser.visible(By.id("files")).sendKeys(file.toString());
        browser.waitForText(By.cssSelector(card + "h2"), file.getFileName().toString());
        browser.waitForText(By.cssSelector(card + "#existing-choice"), "2 rows are items already");
        browser.waitForText(By.cssSelector(card + ".preview-count"), "0 items to import");
        browser.screenshot("reimport-preview-" + (phone ? "phone" : "desktop"));
        browser.clickable(By.cssSelector(card + "[data-action=import]")).click();
        browser.waitForText(
            By.cssSelector(card + ".existing-summary"), "2 rows were items already");
        browser.waitForText(By.cssSelector(card + ".import-summary"), "0 imported");
        assertThat(Imports.liveItemsEndingIn(server, word)).isEqualTo(2);

        // the same file again: refused in words before anything is imported
        int cards = browser.all(By.cssSelector("#imports > section")).size();
        browser.visible(By.id("files")).sendKeys(file.toString());
        browser.wait.until(d -> browser.all(By.cssSelector("#imports > section")).size() > cards);
        browser.waitForText(By.cssSelector(card + "#existing-choice"), "2 rows are items already");
        browser.clickable(By.cssSelector(card + "[data-action=import]")).click();
        browser.waitForText(By.cssSelector(card + "[data-form-error]"), "You imported the file");
        browser.screenshot("reimport-duplicate-" + (phone ? "phone" : "desktop"));
        assertThat(Imports.liveItemsEndingIn(server, word)).isEqualTo(2);
      }
    }
  }

  private static String location(Api api, String name, String code) {
    return api.as("staff")
        .body(Map.of("name", name, "code", code))
        .post("/api/v1/locations")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String item(Api api, String name) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("item_name", name);
    fields.put("category", "collectibles");
    fields.put("bid_amount", new BigDecimal("4.00"));
    return api.as("staff")
        .body(fields)
        .post("/api/v1/inventory")
        .then()
        .statusCode(201)
        .extract()
        .path("lot_id");
  }

  private static String locationOf(Api api, String lot) {
    return api.as("viewer")
        .get("/api/v1/inventory/" + lot)
        .then()
        .statusCode(200)
        .extract()
        .path("inventory.location_id");
  }
}
