package app.resell.auth.control;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Serves the access-token verification key to MicroProfile JWT as {@code mp.jwt.verify.publickey},
 * from {@link JwtKeys}. Its ordinal is below environment variables and system properties, so an
 * operator can still set the key directly.
 */
public class JwtKeyConfigSource implements ConfigSource {

  static final String KEY = "mp.jwt.verify.publickey";

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(KEY);
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(KEY, JwtKeys.get().publicKeyPem());
  }

  @Override
  public String getValue(String propertyName) {
    return KEY.equals(propertyName) ? JwtKeys.get().publicKeyPem() : null;
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
