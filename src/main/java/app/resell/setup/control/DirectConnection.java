package app.resell.setup.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A PostgreSQL connection of its own, outside the pool, for what must stay on one session for long:
 * LISTEN ({@link ClusterChannel}) and the advisory locks that make an instance the one running a
 * task ({@link ClusterLock}). TCP keep-alive is on, so the server notices a vanished host and lets
 * go of its locks; a killed process's socket closes at once.
 */
final class DirectConnection {

  private DirectConnection() {}

  static Connection open(String purpose) throws SQLException {
    Config config = ConfigProvider.getConfig();
    Properties props = new Properties();
    props.setProperty("user", config.getValue("resell.db.user", String.class));
    config
        .getOptionalValue("resell.db.password", String.class)
        .ifPresent(p -> props.setProperty("password", p));
    props.setProperty("tcpKeepAlive", "true");
    props.setProperty("ApplicationName", "resell " + purpose + " " + ClusterMember.id());
    Connection c =
        new org.postgresql.Driver().connect(config.getValue("resell.db.url", String.class), props);
    if (c == null) throw new SQLException("not a PostgreSQL URL: resell.db.url");
    c.setAutoCommit(true);
    return c;
  }
}
