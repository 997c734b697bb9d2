package app.resell.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import app.resell.testing.TestDatabase;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The limits on a server of their own that runs with real limits (the shared test server runs with
 * limits no test reaches) and behind a trusted proxy, so each test can speak from addresses of its
 * own through {@code X-Forwarded-For}.
 */
@ResellIT(profile = LimitedServer.class)
class RateLimitIT {

  private static final int API_PER_MINUTE = LimitedServer.API_PER_MINUTE;
  private static final String PASSWORD = "limits-password-1";

  private static TestDatabase database;
  private static ResellServer server;
  private static Api api;

  @BeforeAll
  static void limitedServer(ResellServer limited) {
    server = limited;
    database = limited.database();
    api = new Api(limited);
  }

  @Test
  void apiRequestsAreLimitedPerUser() {
    String token = token(newUser("viewer"), "192.0.2.10");
    Response first = asUser(token).get("/api/v1/inventory?limit=1");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.header("X-RateLimit-Limit")).isEqualTo(Integer.toString(API_PER_MINUTE));
    assertThat(first.header("X-RateLimit-Remaining"))
        .isEqualTo(Integer.toString(API_PER_MINUTE - 1));
    assertThat(Long.parseLong(first.header("X-RateLimit-Reset"))).isBetween(1L, 60L);
    for (int i = 2; i <= API_PER_MINUTE; i++) {
      assertThat(asUser(token).get("/api/v1/inventory?limit=1").statusCode()).isEqualTo(200);
    }
    Response refused = firstRefusal(() -> asUser(token).get("/api/v1/inventory?limit=1"));
    assertTooMany(refused);
    assertThat(refused.header("X-RateLimit-Limit")).isEqualTo(Integer.toString(API_PER_MINUTE));
    assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");

    assertThat(api.asAdmin().get("/api/v1/users").statusCode())
        .as("another user has a bucket of their own")
        .isEqualTo(200);
  }

  @Test
  void anonymousRequestsAreLimitedPerAddress() {
    String address = "198.51.100.20";
    Response first = from(address).get("/api/v1/inventory");
    assertThat(first.statusCode()).isEqualTo(401);
    assertThat(first.header("X-RateLimit-Limit")).isEqualTo(Integer.toString(API_PER_MINUTE));
    Response refused = firstRefusal(() -> from(address).get("/api/v1/inventory"));
    assertTooMany(refused);
    assertThat(from("198.51.100.21").get("/api/v1/inventory").statusCode())
        .as("another address is not refused")
        .isEqualTo(401);
  }

  @Test
  void healthMetricsAndOpenApiAreNotLimited() {
    String address = "198.51.100.30";
    for (int i = 0; i < API_PER_MINUTE + 10; i++) {
      Response health = from(address).get("/health/ready");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.header("X-RateLimit-Limit")).isNull();
    }
    assertThat(from(address).get("/metrics").statusCode()).isEqualTo(200);
    assertThat(from(address).get("/openapi").statusCode()).isEqualTo(200);
    assertThat(from(address).get("/openapi").header("X-RateLimit-Limit")).isNull();
  }

  @Test
  void signInIsLimitedPerAccountWhateverTheAddress() {
    String email = newUser("viewer");
    String other = newUser("viewer");
    for (int i = 1; i <= 5; i++) {
      assertThat(login(email, "wrong-password", "203.0.113." + i).statusCode()).isEqualTo(401);
    }
    Response refused = login(email, PASSWORD, "203.0.113.6");
    assertTooMany(refused);
    assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("5");
    assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(refused.jsonPath().getString("detail")).contains("this account");

    assertThat(login(other, PASSWORD, "203.0.113.6").statusCode())
        .as("another account signs in from the same address")
        .isEqualTo(200);
  }

  @Test
  void signInIsLimitedPerAddressWhateverTheAccount() {
    String address = "203.0.113.50";
    String email = newUser("viewer");
    for (int i = 1; i <= 5; i++) {
      assertThat(login("nobody-" + i + "@resell.test", "guess", address).statusCode())
          .isEqualTo(401);
    }
    Response refused = login(email, PASSWORD, address);
    assertTooMany(refused);
    assertThat(refused.jsonPath().getString("detail")).contains("your address");

    assertThat(login(email, PASSWORD, "203.0.113.51").statusCode())
        .as("the account signs in from another address")
        .isEqualTo(200);
  }

  @Test
  void importsAreLimitedByHowManyRunAtOnceABatchCountingAsOne() {
    String email = newUser("staff");
    String token = token(email, "192.0.2.40");

    Response batch =
        asUser(token)
            .contentType("multipart/form-data")
            .multiPart("files[]", "a.csv", sheet("a", 10000), "text/csv")
            .multiPart("files[]", "b.csv", sheet("b", 10000), "text/csv")
            .multiPart("files[]", "c.csv", sheet("c", 10000), "text/csv")
            .multiPart("type", "csv")
            .post("/api/v1/import/batch");
    assertThat(batch.statusCode()).as("three files in one batch are one import").isEqualTo(202);
    Response second = importOne(token, "d", 10000);
    assertThat(second.statusCode()).as("the second import at once").isEqualTo(202);
    Response third = importOne(token, "e");
    assertTooMany(third);
    assertThat(third.headers().getValues("X-RateLimit-Limit"))
        .as("the import cap's figures replace the API limit's")
        .containsExactly("2");
    assertThat(third.header("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(
            database.rows(
                "SELECT 1 FROM import_jobs j JOIN users u ON u.id = j.created_by"
                    + " WHERE u.email = ? AND j.file_name = 'e.csv'",
                email))
        .as("nothing of the refused import started")
        .isEmpty();

    List<String> running = new ArrayList<>(batch.jsonPath().getList("job_ids", String.class));
    running.add(second.jsonPath().getString("job_id"));
    for (String jobId : running) {
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () ->
                  database
                      .rows(
                          "SELECT status::text AS s FROM import_jobs WHERE id = ?",
                          UUID.fromString(jobId))
                      .get(0)
                      .get("s")
                      .toString(),
              s -> !s.matches("pending|processing"));
    }
    assertThat(importOne(token, "g").statusCode())
        .as("a slot is free again once the imports have finished")
        .isEqualTo(202);
  }

  @Test
  void noCorsHeadersWithoutConfiguredOrigins() {
    Response preflight =
        from("198.51.100.60")
            .header("Origin", ResellServer.CORS_ORIGIN)
            .header("Access-Control-Request-Method", "GET")
            .options("/api/v1/inventory");
    assertThat(preflight.headers().asList())
        .noneMatch(h -> h.getName().toLowerCase().startsWith("access-control-"));
  }

  private static Response importOne(String token, String name) {
    return importOne(token, name, 5);
  }

  private static Response importOne(String token, String name, int rows) {
    return asUser(token)
        .contentType("multipart/form-data")
        .multiPart("file", name + ".csv", sheet(name, rows), "text/csv")
        .post("/api/v1/import/csv");
  }

  /** A small inventory sheet whose rows are unique to the name, so no import is a duplicate. */
  private static byte[] sheet(String name, int rows) {
    String marker = name + "-" + UUID.randomUUID().toString().substring(0, 8);
    StringBuilder csv = new StringBuilder("Item,Qty,Paid,Date Bought\n");
    for (int i = 1; i <= rows; i++) {
      csv.append("Lamp ").append(i).append(' ').append(marker).append(",1,12.50,2025-03-04\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void assertTooMany(Response answer) {
    assertThat(answer.statusCode()).isEqualTo(429);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.jsonPath().getInt("status")).isEqualTo(429);
    assertThat(answer.jsonPath().getString("title")).isEqualTo("Too many requests");
    assertThat(answer.jsonPath().getString("request_id")).isEqualTo(answer.header("X-Request-Id"));
    assertThat(Long.parseLong(answer.header("Retry-After"))).isPositive();
    assertThat(Long.parseLong(answer.header("X-RateLimit-Reset"))).isPositive();
  }

  /** Sends the request until it is refused; the bucket refills slowly, so that is soon. */
  private static Response firstRefusal(java.util.function.Supplier<Response> request) {
    for (int i = 0; i < API_PER_MINUTE + 20; i++) {
      Response answer = request.get();
      if (answer.statusCode() == 429) return answer;
    }
    throw new AssertionError("never refused");
  }

  private static String newUser(String role) {
    String email = role + "-" + UUID.randomUUID() + "@limits.test";
    api.asAdmin()
        .body(Map.of("email", email, "password", PASSWORD, "role", role))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
    return email;
  }

  @Test
  void httpsAtTheTrustedProxyGetsHsts() {
    Response overTls =
        from("192.0.2.90").header("X-Forwarded-Proto", "https").get("/api/v1/health");
    assertThat(overTls.header("Strict-Transport-Security"))
        .isEqualTo("max-age=31536000; includeSubDomains");
    assertThat(from("192.0.2.90").get("/api/v1/health").header("Strict-Transport-Security"))
        .isNull();
  }

  private static String token(String email, String address) {
    Response answer = login(email, PASSWORD, address);
    assertThat(answer.statusCode()).isEqualTo(200);
    return answer.jsonPath().getString("access_token");
  }

  private static Response login(String email, String password, String address) {
    return from(address)
        .body(Map.of("email", email, "password", password))
        .post("/api/v1/auth/login");
  }

  private static io.restassured.specification.RequestSpecification from(String address) {
    return given()
        .baseUri(server.baseUrl())
        .contentType(ContentType.JSON)
        .header("X-Forwarded-For", address);
  }

  private static io.restassured.specification.RequestSpecification asUser(String token) {
    return given().baseUri(server.baseUrl()).header("Authorization", "Bearer " + token);
  }
}
