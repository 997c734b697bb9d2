package app.resell.listings;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.SaleAnnouncements;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sale is announced to webhooks: item.sold, and item.needs_delist when other listings remain. */
@ResellIT
class SaleEventsIT {

  @Test
  void sellingTheLastUnitAnnouncesTheSaleAndTheListingsToTakeDown(Api api) throws Exception {
    try (SaleAnnouncements announced = new SaleAnnouncements(api)) {
      String lot = Listings.item(api, "10.00", 1);
      String ebay = Listings.listing(api, lot, "ebay", "active");
      String etsy = Listings.listing(api, lot, "etsy", "active");

      String sale =
          Listings.sell(api, ebay, Map.of("sold_price", 30))
              .then()
              .statusCode(201)
              .extract()
              .path("id");

      announced.awaitSoldOut(lot);
      JsonPath sold = announced.of("item.sold", lot);
      assertThat(sold.getString("data.sale_id")).isEqualTo(sale);
      assertThat(sold.getString("data.platform")).isEqualTo("ebay");
      assertThat(sold.getBoolean("data.sold_out")).isTrue();
      JsonPath delist = announced.of("item.needs_delist", lot);
      assertThat(delist.getList("data.listings.listing_id")).containsExactly(etsy);
      assertThat(delist.getList("data.listings.platform")).containsExactly("etsy");
    }
  }
}
