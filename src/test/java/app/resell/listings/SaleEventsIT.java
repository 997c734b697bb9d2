package app.resell.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A sale is announced to webhooks: item.sold, and item.needs_delist when other listings remain. */
@ResellIT
class SaleEventsIT {

  @Test
  void sellingTheLastUnitAnnouncesTheSaleAndTheListingsToTakeDown(Api api) throws Exception {
    List<JsonPath> received = new CopyOnWriteArrayList<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/sales",
        exchange -> {
          received.add(
              new JsonPath(
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    String hook = null;
    try {
      String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/sales";
      hook =
          api.asAdmin()
              .body(Map.of("url", url, "events", List.of("item.sold", "item.needs_delist")))
              .post("/api/v1/webhooks")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      String lot = Listings.item(api, "10.00", 1);
      String ebay = Listings.listing(api, lot, "ebay", "active");
      String etsy = Listings.listing(api, lot, "etsy", "active");

      String sale =
          Listings.sell(api, ebay, Map.of("sold_price", 30))
              .then()
              .statusCode(201)
              .extract()
              .path("id");

      await()
          .atMost(Duration.ofSeconds(40))
          .until(
              () ->
                  Stream.of("item.sold", "item.needs_delist")
                      .allMatch(
                          type ->
                              received.stream()
                                  .anyMatch(
                                      p ->
                                          type.equals(p.getString("type"))
                                              && lot.equals(p.getString("data.lot_id")))));
      JsonPath sold =
          received.stream()
              .filter(p -> p.getString("type").equals("item.sold"))
              .filter(p -> lot.equals(p.getString("data.lot_id")))
              .findFirst()
              .orElseThrow();
      assertThat(sold.getString("data.sale_id")).isEqualTo(sale);
      assertThat(sold.getString("data.platform")).isEqualTo("ebay");
      assertThat(sold.getBoolean("data.sold_out")).isTrue();
      JsonPath delist =
          received.stream()
              .filter(p -> p.getString("type").equals("item.needs_delist"))
              .filter(p -> lot.equals(p.getString("data.lot_id")))
              .findFirst()
              .orElseThrow();
      assertThat(delist.getList("data.listings.listing_id")).containsExactly(etsy);
      assertThat(delist.getList("data.listings.platform")).containsExactly("etsy");
    } finally {
      receiver.stop(0);
      if (hook != null) api.asAdmin().delete("/api/v1/webhooks/" + hook).then().statusCode(204);
    }
  }
}
