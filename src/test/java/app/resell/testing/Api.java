package app.resell.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs in over the API and hands out authenticated REST-assured requests. Users of other roles are
 * created through the admin API itself, once per role and run.
 */
public final class Api {

  /**
   * Signed-in users per server and role, with their access token. A token is renewed by signing in
   * again when less than {@link #RENEW_BEFORE} of its life is left: a slow run (a loaded machine, a
   * long wait for a job) outlives the 15 minutes of an access token.
   */
  private static final Map<String, Session> SESSIONS = new ConcurrentHashMap<>();

  private static final Duration RENEW_BEFORE = Duration.ofMinutes(3);

  private record Session(String email, String password, String token, Instant expiresAt) {}

  private final ResellServer server;
  private final String baseUrl;

  public Api(ResellServer server) {
    this.server = server;
    this.baseUrl = server.baseUrl();
  }

  /** For a server that is not a {@link ResellServer} (Open Liberty, {@link LibertyServer}). */
  public Api(String baseUrl) {
    this.server = null;
    this.baseUrl = baseUrl;
  }

  public ResellServer server() {
    return server;
  }

  public RequestSpecification anonymous() {
    return given().baseUri(baseUrl).contentType(ContentType.JSON);
  }

  public RequestSpecification as(String role) {
    return anonymous().header("Authorization", "Bearer " + token(role));
  }

  public RequestSpecification asAdmin() {
    return as("admin");
  }

  /** An access token of a user with the role (the bootstrap admin for "admin"). */
  public String token(String role) {
    String key = baseUrl + role;
    Session known = SESSIONS.get(key);
    if (known != null && Instant.now().plus(RENEW_BEFORE).isBefore(known.expiresAt())) {
      return known.token();
    }
    // not computeIfAbsent: signing in another role first needs the admin's token from this map
    Session session = known != null ? signIn(known.email(), known.password()) : signIn(role);
    SESSIONS.put(key, session);
    return session.token();
  }

  private Session signIn(String role) {
    if (role.equals("admin")) {
      return signIn(ResellServer.ADMIN_EMAIL, ResellServer.ADMIN_PASSWORD);
    }
    String email = role + "-" + UUID.randomUUID() + "@resell.test";
    String password = "password-of-" + role;
    given()
        .baseUri(baseUrl)
        .contentType(ContentType.JSON)
        .header("Authorization", "Bearer " + token("admin"))
        .body(Map.of("email", email, "password", password, "role", role))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
    return signIn(email, password);
  }

  private Session signIn(String email, String password) {
    var answer =
        given()
            .baseUri(baseUrl)
            .contentType(ContentType.JSON)
            .body(Map.of("email", email, "password", password))
            .post("/api/v1/auth/login")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Instant expiresAt = Instant.now().plusSeconds(answer.getLong("expires_in"));
    return new Session(email, password, answer.getString("access_token"), expiresAt);
  }

  public String login(String email, String password) {
    return given()
        .baseUri(baseUrl)
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", password))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }
}
