package app.resell.auth.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2 (HMAC-SHA512, 32-byte salt, the
 * configured iteration count). The hash string carries its own parameters, so raising the iteration
 * count later still verifies old hashes.
 */
@ApplicationScoped
public class PasswordHasher {

  @Inject Pbkdf2PasswordHash hash;

  @Inject
  @ConfigProperty(name = "resell.password.iterations", defaultValue = "210000")
  int iterations;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return password != null
        && storedHash != null
        && hash.verify(password.toCharArray(), storedHash);
  }
}
