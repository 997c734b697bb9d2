package app.resell.auth.control;

import app.resell.auth.entity.Role;
import app.resell.setup.control.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first admin from configuration ({@code RESELL_ADMIN_EMAIL}, {@code
 * RESELL_ADMIN_PASSWORD}) when that user does not exist yet. Without a configured password one is
 * generated, logged once and written to {@code <data dir>/initial-admin-password} (owner-only), so
 * no default password ever ships.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @Inject UserDirectory users;

  @Inject
  @ConfigProperty(name = "resell.admin.email")
  String email;

  @Inject
  @ConfigProperty(name = "resell.admin.password")
  Optional<String> password;

  @PostConstruct
  void ensureAdmin() {
    if (email == null || email.isBlank()) return;
    users.lockForBootstrap(); // instances starting at once: the first creates, the others see it
    if (users.exists(email)) return;
    String initial = password.filter(p -> !p.isBlank()).orElse(null);
    if (initial == null) {
      byte[] random = new byte[12];
      new SecureRandom().nextBytes(random);
      initial = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      remember(initial);
    }
    users.create(email, "Administrator", initial, Role.ADMIN);
    LOG.info(() -> "Created the first admin " + email);
  }

  private void remember(String generated) {
    Path file = Settings.dataDir().resolve("initial-admin-password");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, generated + System.lineSeparator());
      file.toFile().setReadable(false, false);
      file.toFile().setReadable(true, true);
      LOG.warning(
          () ->
              "No RESELL_ADMIN_PASSWORD configured: generated one for "
                  + email
                  + ", stored in "
                  + file
                  + ". Change it after signing in.");
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot store the generated admin password", e);
      LOG.warning(() -> "Generated admin password for " + email + ": " + generated);
    }
  }
}
