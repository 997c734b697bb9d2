package app.resell.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The application's log as an operator's log shipper sees it: the server's own output, read from
 * the file the test harness captures it in.
 */
@ResellIT
class JsonLogsIT {

  @Test
  void everyRequestLogsOneJsonLineWithItsIdAndUserAndNoSecrets(Api api, ResellServer server) {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String email = "log-" + marker + "@resell.test";
    String password = "Secret-" + marker + "-pw";
    api.asAdmin()
        .body(Map.of("email", email, "password", password, "role", "viewer"))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
    Response login =
        api.anonymous()
            .body(Map.of("email", email, "password", password))
            .post("/api/v1/auth/login");
    assertThat(login.statusCode()).isEqualTo(200);
    String access = login.jsonPath().getString("access_token");
    String refresh = login.jsonPath().getString("refresh_token");

    String forged = "{\"level\":\"SEVERE\",\"message\":\"forged-" + marker + "\"}";
    Response search =
        api.anonymous()
            .header("Authorization", "Bearer " + access)
            .urlEncodingEnabled(true)
            .queryParam("search", "lamp " + marker + "\r\n" + forged)
            .get("/api/v1/inventory");
    String requestId = search.header("X-Request-Id");

    List<String> lines =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> log(server), l -> l.stream().anyMatch(s -> s.contains(requestId)));
    List<String> mentions = lines.stream().filter(l -> l.contains(marker)).toList();
    assertThat(mentions).as("the search is in one access line, not split").hasSize(1);
    assertThat(lines).noneMatch(l -> l.startsWith("{\"level\":\"SEVERE\""));
    JsonObject line = Json.createReader(new StringReader(mentions.get(0))).readObject();
    assertThat(line.keySet()).contains("timestamp", "level", "logger", "message");
    assertThat(line.getString("level")).isEqualTo("INFO");
    assertThat(line.getString("logger")).isEqualTo("app.resell.access");
    assertThat(line.getString("request_id")).isEqualTo(requestId);
    assertThat(line.getString("user")).isEqualTo(email);
    assertThat(line.getString("message"))
        .startsWith(
            "GET /api/v1/inventory?search=lamp "
                + marker
                + "\r\n"
                + forged
                + " "
                + search.statusCode()
                + " ");

    String loginLine =
        lines.stream()
            .filter(l -> l.contains("POST /api/v1/auth/login 200"))
            .filter(l -> l.contains(login.header("X-Request-Id")))
            .findFirst()
            .orElseThrow();
    assertThat(Json.createReader(new StringReader(loginLine)).readObject().getString("message"))
        .startsWith("POST /api/v1/auth/login 200 ");

    String whole = String.join("\n", lines);
    assertThat(whole)
        .as("no password, token or Authorization header in the log")
        .doesNotContain(password)
        .doesNotContain(access)
        .doesNotContain(access.substring(access.lastIndexOf('.') + 1))
        .doesNotContain(refresh)
        .doesNotContainIgnoringCase("Bearer ey");
  }

  @Test
  void theApplicationsLinesAreAllJsonObjects(Api api, ResellServer server) {
    api.asAdmin().get("/api/v1/users").then().statusCode(200);
    List<String> ours =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    log(server).stream()
                        .filter(l -> l.contains("\"logger\":\"app.resell"))
                        .toList(),
                l -> !l.isEmpty());
    for (String line : ours) {
      assertThat(line).startsWith("{").endsWith("}");
      JsonObject object = Json.createReader(new StringReader(line)).readObject();
      assertThat(object.getString("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
      assertThat(object.getString("logger")).startsWith("app.resell");
    }
  }

  private static List<String> log(ResellServer server) {
    try {
      return new String(Files.readAllBytes(server.log()), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
