package app.resell.webui;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.imports.Imports;
import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An imported invoice's page in a real browser: its fees shown on the invoice, and the switch that
 * capitalises them into the items' cost and returns them, reached from the invoice list.
 */
@ResellIT
class InvoicePageIT {

  @Test
  void theInvoicePageCapitalisesItsFeesAndReturnsThem(Api api, ResellServer server)
      throws IOException {
    String number = "PAGE-" + UUID.randomUUID().toString().substring(0, 8);
    String invoice = importInvoice(api, number);
    try (Browser browser = Browser.open(server).signInAsAdmin()) {
      browser.go("invoices");
      browser.clickable(By.linkText(number)).click();
      browser.waitForText(By.id("fees-state"), "stay on the invoice");
      browser.screenshot("invoice-fees-on-invoice");

      browser.clickable(By.cssSelector("#capitalize[data-capitalize=true]")).click();
      browser.waitForText(By.id("fees-state"), "are capitalised");
      assertThat(feesInItems(api, invoice)).isEqualByComparingTo("3.64");
      browser.phone();
      browser.screenshot("invoice-fees-capitalised-phone");
      browser.desktop();

      browser.clickable(By.cssSelector("#capitalize[data-capitalize=false]")).click();
      browser.waitForText(By.id("fees-state"), "stay on the invoice");
      assertThat(feesInItems(api, invoice)).isEqualByComparingTo("0.00");
    }
  }

  private static BigDecimal feesInItems(Api api, String invoice) {
    JsonPath view = api.as("viewer").get("/api/v1/invoices/" + invoice).then().extract().jsonPath();
    return view.getList("items.other_fees", String.class).stream()
        .map(BigDecimal::new)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String importInvoice(Api api, String number) {
    return Imports.importInvoice(api, "twinoaks-text-receipt-writer", number)
        .getString("invoice.id");
  }
}
