package app.resell.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * NUL characters and bytes that are not UTF-8, in bodies, query strings and paths: a 400 problem
 * that says what is wrong, on the public sign-in as on any endpoint, and no stack trace in the log
 * (they once reached PostgreSQL and came back as 500s). The same requests without them succeed.
 */
@ResellIT
class HostileTextIT {

  @Test
  void aNulInTheSignInIsRefusedBeforeItReachesTheDatabase(Api api) throws Exception {
    ResellServer server = api.server();
    long logBefore = Files.size(server.log());
    api.anonymous()
        .body("{\"email\":\"admin\\u0000@resell.test\",\"password\":\"x\\u0000\"}")
        .post("/api/v1/auth/login")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("NUL"));
    api.anonymous()
        .body(Map.of("email", ResellServer.ADMIN_EMAIL, "password", ResellServer.ADMIN_PASSWORD))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(200);
    String logged = new String(Files.readAllBytes(server.log()), StandardCharsets.UTF_8);
    assertThat(logged.substring((int) Math.min(logBefore, logged.length())))
        .doesNotContain("invalid byte sequence")
        .doesNotContain("RequestTextRefused")
        .doesNotContain("\tat ");
  }

  @Test
  void aNulInAnItemNameIsRefusedAndTheCleanNameIsStored(Api api) {
    api.as("staff")
        .body("{\"item_name\":\"Lamp\\u0000\"}")
        .post("/api/v1/inventory")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    api.as("staff")
        .body("{\"item_name\":\"Lamp \\\\u0000 is text\"}")
        .post("/api/v1/inventory")
        .then()
        .statusCode(201)
        .body("item_name", equalTo("Lamp \\u0000 is text"));
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedNotReplaced(Api api) {
    byte[] latin1 = "{\"item_name\":\"Caf\u00e9 table\"}".getBytes(StandardCharsets.ISO_8859_1);
    api.as("staff")
        .contentType(ContentType.JSON.withCharset("UTF-8"))
        .body(latin1)
        .post("/api/v1/inventory")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("UTF-8"));
    api.as("staff")
        .contentType(ContentType.JSON.withCharset("UTF-8"))
        .body("{\"item_name\":\"Caf\u00e9 table\"}".getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/inventory")
        .then()
        .statusCode(201)
        .body("item_name", equalTo("Caf\u00e9 table"));
  }

  @Test
  void aNulOrBrokenTextInTheQueryNamesTheParameter(Api api) {
    for (String bad : new String[] {"%00", "lamp%00", "%C3%28", "%FF"}) {
      api.as("viewer")
          .urlEncodingEnabled(false)
          .get("/api/v1/research/trends?q=" + bad)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("q"));
    }
    api.as("viewer")
        .urlEncodingEnabled(false)
        .get("/api/v1/research/trends?q=caf%C3%A9")
        .then()
        .statusCode(200);
    // a NUL in the path is refused by the HTTP listener itself ("400 Invalid URI", no body)
    api.as("viewer").urlEncodingEnabled(false).get("/api/v1/inventory/%00").then().statusCode(400);
  }
}
