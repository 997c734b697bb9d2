package app.resell.auth.control;

import app.resell.auth.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Issues RS256 access tokens that MicroProfile JWT accepts: header {@code typ: JWT}, claims iss,
 * aud, sub, upn, groups (the role and the roles below it), iat, exp, jti and sid (the session: the
 * refresh-token family, so ending the session ends its access tokens, see {@link EndedSessions}).
 */
@ApplicationScoped
public class TokenIssuer {

  @Inject
  @ConfigProperty(name = "resell.jwt.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "resell.jwt.audience")
  String audience;

  @Inject
  @ConfigProperty(name = "resell.jwt.access-minutes", defaultValue = "15")
  int accessMinutes;

  public Duration accessLifetime() {
    return Duration.ofMinutes(accessMinutes);
  }

  public String accessToken(User user, UUID session) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer);
    claims.setAudience(audience);
    claims.setSubject(user.id().toString());
    claims.setClaim("upn", user.email());
    claims.setStringListClaim("groups", user.role().groups());
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(accessMinutes);
    claims.setJwtId(UUID.randomUUID().toString());
    claims.setClaim("sid", session.toString());
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(JwtKeys.get().privateKey());
    jws.setKeyIdHeaderValue(JwtKeys.get().keyId());
    jws.setHeader("typ", "JWT");
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("Cannot sign the access token", e);
    }
  }
}
