package app.resell.backup.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Schema versions as Flyway numbers them: the one a database was migrated to, and the newest this
 * build of Resell ships. A backup from an older schema is migrated forward at the next start; one
 * from a newer schema cannot be understood by this build and is refused.
 */
public final class SchemaVersions {

  private SchemaVersions() {}

  /** The newest successfully applied migration, empty when the database has no Resell schema. */
  public static Optional<String> applied(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet exists =
            st.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
      exists.next();
      if (!exists.getBoolean(1)) return Optional.empty();
    }
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
      MigrationVersion newest = null;
      while (rs.next()) {
        MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
        if (newest == null || v.compareTo(newest) > 0) newest = v;
      }
      return Optional.ofNullable(newest).map(MigrationVersion::getVersion);
    }
  }

  /** The newest migration shipped in this build. */
  public static String shipped(PgTarget anyDatabase) {
    MigrationVersion newest = null;
    for (MigrationInfo m :
        Flyway.configure(SchemaVersions.class.getClassLoader())
            .dataSource(anyDatabase.jdbcUrl(), anyDatabase.user(), anyDatabase.password())
            .locations("classpath:db/migration")
            .load()
            .info()
            .all()) {
      if (m.getVersion() != null
          && m.getState().isResolved()
          && (newest == null || m.getVersion().compareTo(newest) > 0)) {
        newest = m.getVersion();
      }
    }
    return newest == null ? "0" : newest.getVersion();
  }

  /** Whether {@code version} is newer than {@code than}, in Flyway's order (2.10 after 2.9). */
  public static boolean newer(String version, String than) {
    return MigrationVersion.fromVersion(version).compareTo(MigrationVersion.fromVersion(than)) > 0;
  }
}
