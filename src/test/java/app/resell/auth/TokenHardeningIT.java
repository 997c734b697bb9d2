package app.resell.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

/**
 * Tokens that are wrong in exactly one way are refused with a 401 problem. The forgeries are signed
 * with the server's own private key (read from its data dir), so each test changes one thing and
 * the control test proves that everything else about them is acceptable.
 */
@ResellIT
class TokenHardeningIT {

  private static final String ADMIN_ONLY = "/api/v1/users";
  private static final String ISSUER = "https://resell.local";
  private static final String AUDIENCE = "resell-api";
  static final int CLOCK_SKEW_SECONDS = 30;

  @Test
  void aTokenSignedWithTheServerKeyAndRightClaimsIsAccepted(Api api) throws Exception {
    accepted(api, forge(api, claims -> {}, jws -> {}));
  }

  @Test
  void unsignedAlgNoneIsRefused(Api api) throws Exception {
    String[] parts = forge(api, claims -> {}, jws -> {}).split("\\.");
    String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    refused(api, header + "." + parts[1] + ".");
    refused(api, header + "." + parts[1] + "." + parts[2]);
  }

  @Test
  void hs256SignedWithTheServerPublicKeyAsSecretIsRefused(Api api, ResellServer server)
      throws Exception {
    String pem = Files.readString(server.dataDir().resolve("keys/jwt-public.pem"));
    byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    for (byte[] secret : List.of(pem.getBytes(StandardCharsets.US_ASCII), der)) {
      String token =
          forge(
              api,
              claims -> {},
              jws -> {
                jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
                jws.setKey(new HmacKey(secret));
                jws.setDoKeyValidation(false);
              });
      refused(api, token);
    }
  }

  @Test
  void aWrongIssuerIsRefused(Api api) throws Exception {
    refused(api, forge(api, claims -> claims.setIssuer("https://evil.example"), jws -> {}));
  }

  @Test
  void aWrongAudienceIsRefused(Api api) throws Exception {
    refused(api, forge(api, claims -> claims.setAudience("another-api"), jws -> {}));
  }

  @Test
  void anExpiredTokenIsRefusedOnceBeyondTheClockSkew(Api api) throws Exception {
    long now = System.currentTimeMillis() / 1000;
    accepted(api, forge(api, expiredAt(now - 5), jws -> {}));
    refused(api, forge(api, expiredAt(now - CLOCK_SKEW_SECONDS - 15), jws -> {}));
    refused(api, forge(api, expiredAt(now - 3600), jws -> {}));
  }

  @Test
  void anUnknownKeyIdIsRefused(Api api) throws Exception {
    refused(api, forge(api, claims -> {}, jws -> jws.setKeyIdHeaderValue("someone-elses-key")));
  }

  @Test
  void reusingARotatedRefreshTokenEndsEveryTokenOfTheFamily(Api api, ResellServer server) {
    JsonPath first = login(api);
    String a = first.getString("refresh_token");
    String b = refresh(api, a).getString("refresh_token");
    JsonPath third = refresh(api, b);
    String c = third.getString("refresh_token");
    String other = login(api).getString("refresh_token"); // another sign-in: a family of its own

    api.anonymous()
        .body(Map.of("refresh_token", a))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401));
    for (String revoked : List.of(a, b, c)) {
      api.anonymous()
          .body(Map.of("refresh_token", revoked))
          .post("/api/v1/auth/refresh")
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
    }
    assertThat(
            server
                .database()
                .rows(
                    "SELECT count(*) AS live FROM refresh_tokens WHERE revoked_at IS NULL AND"
                        + " family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = ?)",
                    sha256(c)))
        .extracting(r -> ((Number) r.get("live")).intValue())
        .containsExactly(0);
    refresh(api, other); // the other session is untouched

    // No token of the session ever reached the server log.
    String log = readLog(server);
    for (String token :
        List.of(a, b, c, other, first.getString("access_token"), third.getString("access_token"))) {
      assertThat(log).doesNotContain(token);
    }
  }

  private static Consumer<JwtClaims> expiredAt(long exp) {
    return claims -> {
      claims.setIssuedAt(NumericDate.fromSeconds(exp - 900));
      claims.setExpirationTime(NumericDate.fromSeconds(exp));
    };
  }

  interface Change<T> {
    void apply(T target) throws Exception;
  }

  /** A token like the server issues, signed with its key, then changed in one way. */
  private static String forge(
      Api api, Consumer<JwtClaims> claimChange, Change<JsonWebSignature> jwsChange)
      throws Exception {
    JsonPath real = new JsonPath(decode(api.token("viewer").split("\\.")[1]));
    String kid = new JsonPath(decode(api.token("viewer").split("\\.")[0])).getString("kid");
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setAudience(AUDIENCE);
    claims.setSubject(real.getString("sub"));
    claims.setClaim("upn", real.getString("upn"));
    claims.setStringListClaim("groups", List.of("admin", "staff", "viewer"));
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(5);
    claims.setJwtId(UUID.randomUUID().toString());
    claimChange.accept(claims);
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(privateKey(api.server()));
    jws.setKeyIdHeaderValue(kid);
    jws.setHeader("typ", "JWT");
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jwsChange.apply(jws);
    return jws.getCompactSerialization();
  }

  private static PrivateKey privateKey(ResellServer server) throws Exception {
    String pem = Files.readString(server.dataDir().resolve("keys/jwt-private.pem"));
    byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
  }

  private static void accepted(Api api, String token) {
    api.anonymous()
        .header("Authorization", "Bearer " + token)
        .get(ADMIN_ONLY)
        .then()
        .statusCode(200);
  }

  private static void refused(Api api, String token) {
    api.anonymous()
        .header("Authorization", "Bearer " + token)
        .get(ADMIN_ONLY)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401));
  }

  private static JsonPath login(Api api) {
    return api.anonymous()
        .body(Map.of("email", ResellServer.ADMIN_EMAIL, "password", ResellServer.ADMIN_PASSWORD))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath refresh(Api api, String refreshToken) {
    return api.anonymous()
        .body(Map.of("refresh_token", refreshToken))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String readLog(ResellServer server) {
    try {
      return Files.readString(server.log());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String sha256(String value) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
