package app.resell.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

@ResellIT
class AuthenticationIT {

  private static final String ADMIN_ONLY = "/api/v1/users";

  @Test
  void bootstrapAdminSignsInAndTheTokenWorks(Api api) {
    JsonPath answer =
        api.anonymous()
            .body(
                Map.of("email", ResellServer.ADMIN_EMAIL, "password", ResellServer.ADMIN_PASSWORD))
            .post("/api/v1/auth/login")
            .then()
            .statusCode(200)
            .body("token_type", equalTo("Bearer"))
            .body("expires_in", equalTo(900))
            .body("refresh_token", notNullValue())
            .body("user.role", equalTo("admin"))
            .extract()
            .jsonPath();
    String token = answer.getString("access_token");
    JsonPath claims = new JsonPath(payload(token));
    assertThat(claims.getString("iss")).isEqualTo("https://resell.local");
    assertThat(claims.getString("aud")).isEqualTo("resell-api");
    assertThat(claims.getList("groups", String.class)).containsExactly("admin", "staff", "viewer");
    assertThat(claims.getString("jti")).isNotBlank();

    api.anonymous()
        .header("Authorization", "Bearer " + token)
        .get(ADMIN_ONLY)
        .then()
        .statusCode(200)
        .body("email", hasItem(ResellServer.ADMIN_EMAIL));
  }

  @Test
  void requestWithoutTokenIsUnauthorizedProblem(Api api) {
    api.anonymous()
        .get(ADMIN_ONLY)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("status", equalTo(401))
        .body("title", equalTo("Sign-in required"));
  }

  @Test
  void viewerOnAdminEndpointIsForbidden(Api api) {
    api.as("viewer")
        .get(ADMIN_ONLY)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("role"));
  }

  @Test
  void tamperedTokenIsRejected(Api api) {
    String token = api.token("viewer");
    String[] parts = token.split("\\.");
    String claims = payload(token).replace("\"viewer\"", "\"admin\"");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    api.anonymous()
        .header("Authorization", "Bearer " + forged)
        .get(ADMIN_ONLY)
        .then()
        .statusCode(401)
        .contentType(containsString("application/problem+json"));
  }

  @Test
  void unsignedAlgNoneTokenIsRejected(Api api) {
    String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    String claims =
        b64(
            "{\"iss\":\"https://resell.local\",\"aud\":\"resell-api\",\"sub\":\"x\",\"upn\":\"evil@x\","
                + "\"groups\":[\"admin\"],\"iat\":"
                + (System.currentTimeMillis() / 1000)
                + ",\"exp\":"
                + (System.currentTimeMillis() / 1000 + 600)
                + ",\"jti\":\""
                + UUID.randomUUID()
                + "\"}");
    api.anonymous()
        .header("Authorization", "Bearer " + header + "." + claims + ".")
        .get(ADMIN_ONLY)
        .then()
        .statusCode(401)
        .contentType(containsString("application/problem+json"));
  }

  @Test
  void tokenSignedWithAnotherKeyIsRejected(Api api) throws Exception {
    var generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("https://resell.local");
    claims.setAudience("resell-api");
    claims.setSubject("intruder");
    claims.setClaim("upn", "intruder@x");
    claims.setStringListClaim("groups", List.of("admin"));
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(5);
    claims.setGeneratedJwtId();
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(generator.generateKeyPair().getPrivate());
    jws.setHeader("typ", "JWT");
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    api.anonymous()
        .header("Authorization", "Bearer " + jws.getCompactSerialization())
        .get(ADMIN_ONLY)
        .then()
        .statusCode(401);
  }

  @Test
  void refreshRotatesTheTokenAndReuseEndsTheSession(Api api) {
    String firstRefresh = signInAdmin(api).getString("refresh_token");

    JsonPath rotated =
        api.anonymous()
            .body(Map.of("refresh_token", firstRefresh))
            .post("/api/v1/auth/refresh")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String secondRefresh = rotated.getString("refresh_token");
    assertThat(secondRefresh).isNotEqualTo(firstRefresh);
    api.anonymous()
        .header("Authorization", "Bearer " + rotated.getString("access_token"))
        .get(ADMIN_ONLY)
        .then()
        .statusCode(200);

    // The old token was used once already: presenting it again revokes the whole family.
    api.anonymous()
        .body(Map.of("refresh_token", firstRefresh))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    api.anonymous()
        .body(Map.of("refresh_token", secondRefresh))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(401);
  }

  @Test
  void logoutRevokesTheRefreshToken(Api api) {
    String refresh = signInAdmin(api).getString("refresh_token");
    api.anonymous()
        .body(Map.of("refresh_token", refresh))
        .post("/api/v1/auth/logout")
        .then()
        .statusCode(204);
    api.anonymous()
        .body(Map.of("refresh_token", refresh))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(401);
  }

  @Test
  void wrongPasswordIsUnauthorizedWithoutSayingWhichPartWasWrong(Api api) {
    api.anonymous()
        .body(Map.of("email", ResellServer.ADMIN_EMAIL, "password", "not-the-password"))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(401)
        .body("detail", equalTo("The email or password is not correct."));
    api.anonymous()
        .body(Map.of("email", "nobody@resell.test", "password", "not-the-password"))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(401)
        .body("detail", equalTo("The email or password is not correct."));
  }

  @Test
  void adminCreatesUsersWithValidatedRoles(Api api) {
    String email = "staff-" + UUID.randomUUID() + "@resell.test";
    api.asAdmin()
        .body(Map.of("email", email, "password", "long-enough-pass", "role", "staff"))
        .post("/api/v1/users")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/users/"))
        .body("role", equalTo("staff"))
        .body("password_hash", org.hamcrest.Matchers.nullValue());
    api.asAdmin()
        .body(Map.of("email", email, "password", "long-enough-pass", "role", "staff"))
        .post("/api/v1/users")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    api.asAdmin()
        .body(Map.of("email", "x-" + email, "password", "long-enough-pass", "role", "owner"))
        .post("/api/v1/users")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("role"))
        .body("errors[0].message", containsString("admin, staff, viewer"));
    api.asAdmin()
        .body(Map.of("email", "not-an-email", "password", "short", "role", "viewer"))
        .post("/api/v1/users")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItems("email", "password"));
    api.as("staff")
        .body(Map.of("email", "y-" + email, "password", "long-enough-pass", "role", "admin"))
        .post("/api/v1/users")
        .then()
        .statusCode(403);
  }

  private static JsonPath signInAdmin(Api api) {
    return api.anonymous()
        .body(Map.of("email", ResellServer.ADMIN_EMAIL, "password", ResellServer.ADMIN_PASSWORD))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String payload(String token) {
    return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
