package app.resell.backup.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The JDBC URL the server uses names the same database for pg_dump and pg_restore. */
class PgTargetTest {

  @Test
  void hostPortDatabaseAndSslModeReachTheLibpqEnvironment() {
    PgTarget t =
        PgTarget.parse(
            "jdbc:postgresql://db.internal:6543/books?sslmode=require", "resell", "s3cret");
    assertThat(t.libpqEnvironment())
        .containsEntry("PGHOST", "db.internal")
        .containsEntry("PGPORT", "6543")
        .containsEntry("PGDATABASE", "books")
        .containsEntry("PGUSER", "resell")
        .containsEntry("PGPASSWORD", "s3cret")
        .containsEntry("PGSSLMODE", "require");
    assertThat(t.describe()).isEqualTo("db.internal:6543/books").doesNotContain("s3cret");
    assertThat(t.maintenance().database()).isEqualTo("postgres");
    assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/books?sslmode=require");
  }

  @Test
  void theDefaultPortIs5432AndAnEmptyPasswordIsNotPassed() {
    PgTarget t = PgTarget.parse("jdbc:postgresql://127.0.0.1/resell", "postgres", "");
    assertThat(t.port()).isEqualTo(5432);
    assertThat(t.libpqEnvironment()).doesNotContainKey("PGPASSWORD");
  }

  @Test
  void aUrlOfAnotherDatabaseIsRefusedWithTheExpectedShape() {
    assertThatThrownBy(() -> PgTarget.parse("jdbc:mysql://x/y", "u", ""))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("jdbc:postgresql://host:5432/database");
  }
}
