package app.resell.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.resell.auth.control.TokenIssuer;
import app.resell.auth.control.UserDirectory;
import app.resell.auth.entity.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * What only the container can show: CDI wiring with MicroProfile Config, batch artifacts resolvable
 * by the names the job XML uses, and JTA transactions that really roll back. Runs inside Payara
 * Micro, started by Arquillian with the built WAR plus this class.
 */
@ExtendWith(ArquillianExtension.class)
@Execution(ExecutionMode.CONCURRENT) // its own servers: runs beside the shared server's classes
class InContainerWiringIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/resell.war"))
        .addClass(InContainerWiringIT.class);
  }

  @Inject TokenIssuer tokens;
  @Inject UserDirectory users;
  @Inject BeanManager beans;
  @Resource UserTransaction transaction;

  @Test
  void controlsReceiveTheirConfiguration() {
    assertEquals(Duration.ofMinutes(15), tokens.accessLifetime());
  }

  @Test
  void batchArtifactsResolveByTheNamesTheJobsUse() {
    assertFalse(beans.getBeans("staleRefreshTokenReader").isEmpty());
    assertFalse(beans.getBeans("refreshTokenPurger").isEmpty());
  }

  @Test
  void theBootstrapAdminWasCreatedFromConfiguration() throws Exception {
    transaction.begin();
    try {
      assertTrue(users.exists("arq@resell.test"));
    } finally {
      transaction.commit();
    }
  }

  @Test
  void aRolledBackTransactionLeavesNothingBehind() throws Exception {
    transaction.begin();
    users.create("rolled-back@resell.test", "Ghost", "a-long-password", Role.VIEWER);
    transaction.rollback();

    transaction.begin();
    try {
      assertFalse(users.exists("rolled-back@resell.test"));
    } finally {
      transaction.commit();
    }
  }

  /** Runs in the test JVM after the class: the build's own database goes away. */
  @AfterAll
  static void dropTheBuildsDatabase() throws Exception {
    String name = System.getProperty("resell.arq.db");
    if (name == null || !name.startsWith("resell_arq_")) return;
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty(
                    "resell.it.db.admin.url", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                System.getProperty("resell.it.db.user", "postgres"),
                System.getProperty("resell.it.db.password", ""));
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}
