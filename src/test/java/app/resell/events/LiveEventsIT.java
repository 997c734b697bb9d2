package app.resell.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Pages hear about changes over /ws/events instead of polling, and only with a valid token sent as
 * the first message (never in the URL).
 */
@ResellIT
public class LiveEventsIT {

  /** Collects the messages and the close code of one socket. */
  public static final class Listener implements WebSocket.Listener {
    public final List<String> messages = new CopyOnWriteArrayList<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        messages.add(partial.toString());
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
      closed.complete(status);
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      closed.completeExceptionally(error);
    }

    public List<String> types() {
      return messages.stream().map(m -> new JsonPath(m).getString("type")).toList();
    }
  }

  public static WebSocket connect(Api api, String query, Listener listener) throws Exception {
    String url = api.server().baseUrl().replace("http://", "ws://") + "/ws/events" + query;
    return HttpClient.newHttpClient()
        .newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .buildAsync(URI.create(url), listener)
        .get(10, TimeUnit.SECONDS);
  }

  public static WebSocket signIn(Api api, String token, Listener listener) throws Exception {
    WebSocket socket = connect(api, "", listener);
    socket.sendText("{\"token\": \"" + token + "\"}", true).get(5, TimeUnit.SECONDS);
    return socket;
  }

  @Test
  void aBadTokenIsRefusedWithPolicyViolation(Api api) throws Exception {
    Listener listener = new Listener();
    signIn(api, "not.a.token", listener);
    assertThat(listener.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
    assertThat(listener.types()).doesNotContain("welcome");

    Listener forged = new Listener();
    String token = api.token("viewer");
    String[] parts = token.split("\\.");
    String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    signIn(api, tampered, forged);
    assertThat(forged.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
  }

  @Test
  void aValidTokenInTheUrlIsRefusedBecauseUrlsEndUpInLogs(Api api) throws Exception {
    Listener listener = new Listener();
    connect(api, "?access_token=" + api.token("viewer"), listener);
    assertThat(listener.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
    assertThat(listener.types()).doesNotContain("welcome");
  }

  @Test
  void aSignedInPageHearsThatTheDashboardChanged(Api api) throws Exception {
    Listener listener = new Listener();
    WebSocket socket = signIn(api, api.token("viewer"), listener);
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> listener.types().contains("welcome"));
      api.as("staff")
          .body(
              Map.of(
                  "item_name", "live-events-it chair " + UUID.randomUUID(), "bid_amount", "3.00"))
          .post("/api/v1/inventory")
          .then()
          .statusCode(201);
      await()
          .atMost(Duration.ofSeconds(40))
          .until(() -> listener.types().contains("dashboard.changed"));
    } finally {
      socket.abort();
    }
  }

  @Test
  void theTokenMayComeAsTheFirstMessageAndAlertsArePushed(Api api) throws Exception {
    Listener listener = new Listener();
    WebSocket socket = connect(api, "", listener);
    try {
      socket
          .sendText("{\"token\": \"" + api.token("viewer") + "\"}", true)
          .get(5, TimeUnit.SECONDS);
      await().atMost(Duration.ofSeconds(10)).until(() -> listener.types().contains("welcome"));
      String lot =
          forgottenItem(
              api.as("staff"), "live-events-it dusty trunk " + UUID.randomUUID(), "7.00", 300);
      api.as("staff").post("/api/v1/alerts/evaluate").then().statusCode(200);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  listener.messages.stream()
                      .anyMatch(m -> m.contains("\"alert.raised\"") && m.contains(lot)));
    } finally {
      socket.abort();
    }
  }

  /**
   * An item bought long ago and never listed, so the next alert evaluation raises its alert (no
   * classifier: its category stays what the test expects).
   */
  public static String forgottenItem(
      RequestSpecification staff, String name, String bid, int daysOld) {
    return staff
        .body(
            Map.of(
                "item_name",
                name,
                "bid_amount",
                bid,
                "acquisition_date",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysOld).toString(),
                "auto_categorize",
                false))
        .post("/api/v1/inventory")
        .then()
        .statusCode(201)
        .extract()
        .path("lot_id");
  }
}
