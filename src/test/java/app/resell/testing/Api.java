package app.resell.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs in over the API and hands out authenticated REST-assured requests. Users of other roles are
 * created through the admin API itself, once per role and run.
 */
public final class Api {

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
  private final ResellServer server;

  public Api(ResellServer server) {
    this.server = server;
  }

  public ResellServer server() {
    return server;
  }

  public RequestSpecification anonymous() {
    return given().baseUri(server.baseUrl()).contentType(ContentType.JSON);
  }

  public RequestSpecification as(String role) {
    return anonymous().header("Authorization", "Bearer " + token(role));
  }

  public RequestSpecification asAdmin() {
    return as("admin");
  }

  /** An access token of a user with the role (the bootstrap admin for "admin"). */
  public String token(String role) {
    String key = server.baseUrl() + role;
    String known = TOKENS.get(key);
    if (known != null) return known;
    // not computeIfAbsent: signing in another role first needs the admin's token from this map
    TOKENS.putIfAbsent(key, signIn(role));
    return TOKENS.get(key);
  }

  private String signIn(String role) {
    if (role.equals("admin")) {
      return login(ResellServer.ADMIN_EMAIL, ResellServer.ADMIN_PASSWORD);
    }
    String email = role + "-" + UUID.randomUUID() + "@resell.test";
    String password = "password-of-" + role;
    given()
        .baseUri(server.baseUrl())
        .contentType(ContentType.JSON)
        .header("Authorization", "Bearer " + token("admin"))
        .body(Map.of("email", email, "password", password, "role", role))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
    return login(email, password);
  }

  public String login(String email, String password) {
    return given()
        .baseUri(server.baseUrl())
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", password))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }
}
