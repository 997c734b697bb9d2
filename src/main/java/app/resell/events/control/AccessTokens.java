package app.resell.events.control;

import app.resell.auth.control.EndedSessions;
import app.resell.auth.control.JwtKeys;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;

/**
 * Verifies an access token outside JAX-RS (the WebSocket handshake has no MP-JWT), by the same
 * rules MicroProfile JWT applies to API calls: RS256 with the server's key (and its kid, when the
 * token names one), issuer, audience, expiry with the same clock skew, and a jti; and the viewer
 * group at least; and the token's session must not have ended ({@link EndedSessions}).
 */
public final class AccessTokens {

  private AccessTokens() {}

  /** The user's e-mail (upn) when the token is valid, else empty. */
  public static Optional<String> verify(String token) {
    if (token == null || token.isBlank()) return Optional.empty();
    var config = ConfigProvider.getConfig();
    JwtConsumer consumer =
        new JwtConsumerBuilder()
            .setRequireExpirationTime()
            .setRequireJwtId()
            .setAllowedClockSkewInSeconds(
                config.getOptionalValue("mp.jwt.verify.clock.skew", Integer.class).orElse(30))
            .setExpectedIssuer(config.getValue("resell.jwt.issuer", String.class))
            .setExpectedAudience(config.getValue("resell.jwt.audience", String.class))
            .setVerificationKey(JwtKeys.get().publicKey())
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
            .build();
    try {
      JsonWebStructure jws = JsonWebStructure.fromCompactSerialization(token.trim());
      String kid = jws.getKeyIdHeaderValue();
      if (kid != null && !kid.equals(JwtKeys.get().keyId())) return Optional.empty();
      JwtClaims claims = consumer.processToClaims(token.trim());
      List<String> groups = claims.getStringListClaimValue("groups");
      if (groups == null || !groups.contains("viewer")) return Optional.empty();
      if (EndedSessions.ended(
          claims.getSubject(),
          claims.getClaimValueAsString("sid"),
          claims.getIssuedAt() == null ? 0 : claims.getIssuedAt().getValue())) {
        return Optional.empty();
      }
      return Optional.ofNullable(claims.getClaimValueAsString("upn"));
    } catch (InvalidJwtException | MalformedClaimException | JoseException e) {
      return Optional.empty();
    }
  }
}
