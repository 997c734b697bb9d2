package app.resell.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Webhooks cannot reach the server itself, its private network or a metadata service (SSRF). The
 * test server allows only 127.0.0.1, where the tests' own listeners run; no request leaves the
 * machine.
 */
@ResellIT
class WebhookTargetsIT {

  @Test
  void localPrivateAndMetadataTargetsAreRefusedAtRegistration(Api api) {
    for (String url :
        new String[] {
          "http://localhost:5432/",
          "http://0.0.0.0:8080/",
          "http://2130706433/",
          "http://127.0.0.2/",
          "http://[::1]/",
          "http://169.254.169.254/latest/meta-data/",
          "http://metadata.google.internal/computeMetadata/v1/",
          "http://10.0.0.1/",
          "http://192.168.0.1/",
          "http://[fd00::1]/",
          "http://user:secret@127.0.0.1/"
        }) {
      api.asAdmin()
          .body(Map.of("url", url, "events", List.of("item.sold")))
          .post("/api/v1/webhooks")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("url"));
    }
  }

  @Test
  void aTargetThatTurnedInwardAfterRegistrationIsNotSentTo(Api api) throws Exception {
    AtomicInteger calls = new AtomicInteger();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 0);
    receiver.createContext(
        "/",
        exchange -> {
          calls.incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    String hook = null;
    try {
      // as if its name had resolved to a public address at registration: written past the API
      hook = insertHook(api.server(), "http://127.0.0.2:" + receiver.getAddress().getPort() + "/");
      String id = hook;
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> assertThat(deliveries(api, id).getString("[0].error")).startsWith("refused"));
      assertThat(calls.get()).isZero();
      assertThat(deliveries(api, id).getString("[0].error"))
          .contains("must be a public address")
          .doesNotContain("Exception");
    } finally {
      receiver.stop(0);
      if (hook != null) api.asAdmin().delete("/api/v1/webhooks/" + hook).then().statusCode(204);
    }
  }

  @Test
  void aReceiverThatDoesNotAnswerIsLoggedWithoutNetworkDetail(Api api) throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String hook =
        api.asAdmin()
            .body(
                Map.of(
                    "url",
                    "http://" + ResellServer.WEBHOOK_HOST + ":" + closedPort + "/",
                    "events",
                    List.of("alert.raised")))
            .post("/api/v1/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    try {
      queueDelivery(api.server(), hook);
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(deliveries(api, hook).getString("[0].error"))
                      .isEqualTo("no answer from the receiver"));
    } finally {
      api.asAdmin().delete("/api/v1/webhooks/" + hook).then().statusCode(204);
    }
  }

  private static String insertHook(ResellServer server, String url) {
    String id =
        server
            .database()
            .rows(
                "INSERT INTO webhooks (url, events, secret) VALUES (?, '[\"alert.raised\"]'::jsonb,"
                    + " 'whsec_test_secret_0123456789') RETURNING id::text AS id",
                url)
            .get(0)
            .get("id")
            .toString();
    queueDelivery(server, id);
    return id;
  }

  private static void queueDelivery(ResellServer server, String hook) {
    server
        .database()
        .execute(
            "INSERT INTO webhook_deliveries (webhook_id, event_type, payload, next_attempt_at)"
                + " VALUES (?::uuid, 'alert.raised', '{\"type\":\"alert.raised\"}'::jsonb, now())",
            hook);
  }

  private static JsonPath deliveries(Api api, String hook) {
    return api.asAdmin()
        .get("/api/v1/webhooks/" + hook + "/deliveries")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
