package app.resell.auth.control;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Serves the access-token verification key to MicroProfile JWT as {@code mp.jwt.verify.publickey},
 * from {@link JwtKeys}, as a JSON Web Key Set with the key's id: MicroProfile JWT then verifies a
 * token with a {@code kid} header only against the key of that id and refuses an unknown one (a
 * token without {@code kid} is checked against the one key). Its ordinal is below environment
 * variables and system properties, so an operator can still set the key directly.
 */
public class JwtKeyConfigSource implements ConfigSource {

  static final String KEY = "mp.jwt.verify.publickey";

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(KEY);
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(KEY, JwtKeys.get().publicKeyJwks());
  }

  @Override
  public String getValue(String propertyName) {
    return KEY.equals(propertyName) ? JwtKeys.get().publicKeyJwks() : null;
  }

  @Override
  public String getName() {
    return "resell-jwt-keys";
  }

  @Override
  public int getOrdinal() {
    return 150;
  }
}
