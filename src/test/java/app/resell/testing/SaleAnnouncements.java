package app.resell.testing;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A webhook subscribed to {@code item.sold} and {@code item.needs_delist}, with a receiver on a
 * local port that keeps every payload: what a test's sales announced. Closing it removes the
 * webhook and stops the receiver.
 */
public final class SaleAnnouncements implements AutoCloseable {

  private final List<JsonPath> received = new CopyOnWriteArrayList<>();
  private final HttpServer receiver;
  private final Api api;
  private String hook;

  public SaleAnnouncements(Api api) throws IOException {
    this.api = api;
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
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
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/sales";
    hook =
        api.asAdmin()
            .body(Map.of("url", url, "events", List.of("item.sold", "item.needs_delist")))
            .post("/api/v1/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
  }

  /** Waits for both events of the item's sale of its last unit. */
  public void awaitSoldOut(String lot) {
    await()
        .atMost(Duration.ofSeconds(40))
        .until(() -> Stream.of("item.sold", "item.needs_delist").allMatch(t -> of(t, lot) != null));
  }

  /** The first payload of that type about the item; null when none came. */
  public JsonPath of(String type, String lot) {
    return received.stream()
        .filter(p -> type.equals(p.getString("type")))
        .filter(p -> lot.equals(p.getString("data.lot_id")))
        .findFirst()
        .orElse(null);
  }

  @Override
  public void close() {
    receiver.stop(0);
    if (hook != null) api.asAdmin().delete("/api/v1/webhooks/" + hook).then().statusCode(204);
  }
}
