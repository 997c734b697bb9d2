package app.resell.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.resell.events.LiveEventsIT;
import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Webhooks: admin-only subscriptions, signed deliveries, retries with backoff, a delivery log. */
@ResellIT
class WebhooksIT {

  /** What the receiver got. */
  record Received(Map<String, List<String>> headers, String body, int answered) {}

  @Test
  void anAlertIsDeliveredSignedAndRetriedAfterAFailure(Api api) throws Exception {
    List<Received> received = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          int status = calls.incrementAndGet() == 1 ? 503 : 204;
          received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, status));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    receiver.start();
    // alerts for other tests' items are raised now, before the hook exists: the event announces
    // only the first 50 new alerts, and this test's item must be among them
    api.as("staff").post("/api/v1/alerts/evaluate").then().statusCode(200);
    String id = null;
    try {
      String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
      JsonPath created =
          api.asAdmin()
              .body(Map.of("url", url, "events", List.of("alert.raised")))
              .post("/api/v1/webhooks")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath();
      id = created.getString("id");
      String secret = created.getString("secret");
      assertThat(secret).startsWith("whsec_").hasSize(6 + 64);
      String listed =
          api.asAdmin().get("/api/v1/webhooks").then().statusCode(200).extract().asString();
      assertThat(listed).contains(id).doesNotContain(secret);

      String lot =
          LiveEventsIT.forgottenItem(
              api.as("staff"), "webhooks-it forgotten crate " + UUID.randomUUID(), "12.00", 400);
      api.as("staff").post("/api/v1/alerts/evaluate").then().statusCode(200);

      await().atMost(Duration.ofSeconds(40)).until(() -> received.size() >= 2);
      Received failed = received.get(0);
      Received delivered = received.get(1);
      assertThat(failed.answered()).isEqualTo(503);
      assertThat(delivered.body()).isEqualTo(failed.body());
      long timestamp = Long.parseLong(header(delivered, "X-resell-timestamp"));
      assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(120);
      assertThat(header(delivered, "X-resell-signature"))
          .isEqualTo("sha256=" + hmac(secret, timestamp + "." + delivered.body()));
      assertThat(header(delivered, "X-resell-event")).isEqualTo("alert.raised");
      JsonPath payload = new JsonPath(delivered.body());
      assertThat(payload.getString("type")).isEqualTo("alert.raised");
      assertThat(payload.getList("data.alerts.lot_id")).contains(lot);

      String hook = id;
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () -> {
                JsonPath log =
                    api.asAdmin()
                        .get("/api/v1/webhooks/" + hook + "/deliveries")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                assertThat(log.getString("[0].status")).isEqualTo("delivered");
                assertThat(log.getInt("[0].attempts")).isEqualTo(2);
                assertThat(log.getInt("[0].status_code")).isEqualTo(204);
              });
    } finally {
      receiver.stop(0);
      if (id != null) api.asAdmin().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }
    api.asAdmin().get("/api/v1/webhooks/" + id).then().statusCode(404);
  }

  @Test
  void onlyAdminsManageWebhooksAndBadOnesAreRefused(Api api) {
    Map<String, Object> good =
        Map.of("url", "https://example.invalid/hook", "events", List.of("item.sold"));
    api.as("staff").body(good).post("/api/v1/webhooks").then().statusCode(403);
    api.as("viewer").get("/api/v1/webhooks").then().statusCode(403);
    api.asAdmin()
        .body(Map.of("url", "ftp://example.invalid/x", "events", List.of("item.sold")))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(400);
    String problem =
        api.asAdmin()
            .body(Map.of("url", "https://example.invalid/hook", "events", List.of("item.stolen")))
            .post("/api/v1/webhooks")
            .then()
            .statusCode(400)
            .extract()
            .asString();
    assertThat(problem).contains("item.needs_delist").contains("import.failed");
    String secret = "a-secret-of-my-own-choosing";
    JsonPath created =
        api.asAdmin()
            .body(
                Map.of(
                    "url",
                    "https://example.invalid/hook",
                    "events",
                    List.of("item.sold", "import.completed"),
                    "secret",
                    secret))
            .post("/api/v1/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(created.getString("secret")).isEqualTo(secret);
    assertThat(created.getList("events")).containsExactly("item.sold", "import.completed");
    api.asAdmin().delete("/api/v1/webhooks/" + created.getString("id")).then().statusCode(204);
    api.asAdmin()
        .delete("/api/v1/webhooks/not-a-uuid")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("id"));
  }

  private static String header(Received r, String name) {
    return r.headers().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(e -> e.getValue().get(0))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no header " + name + " in " + r.headers()));
  }

  private static String hmac(String secret, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }
}
