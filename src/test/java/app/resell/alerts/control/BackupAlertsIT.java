package app.resell.alerts.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.events.entity.DomainEvent;
import app.resell.testing.TestDatabase;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The backup alerts on a real database without a server: the evaluator raises "the last backup
 * failed" with its reason and "no backup for 2 days" on a Resell installed longer ago, keeps one
 * open alert per rule however often it runs, replaces it when the reason changes, and resolves both
 * once a backup succeeds.
 */
class BackupAlertsIT {

  private TestDatabase database;
  private final AlertEvaluator evaluator = new AlertEvaluator();

  @BeforeEach
  void migratedDatabase() {
    database = TestDatabase.migrated();
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(database.url());
    source.setUser(database.user());
    source.setPassword(database.password());
    evaluator.dataSource = source;
    evaluator.rules = new AlertRules();
    evaluator.rules.dataSource = source;
    evaluator.events = new Ignored();
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  private List<String> open(String ruleType) {
    return database
        .rows(
            "SELECT a.message FROM alerts a JOIN alert_rules r ON r.id = a.rule_id"
                + " WHERE r.rule_type = ? AND a.resolved_at IS NULL AND a.lot_id IS NULL",
            ruleType)
        .stream()
        .map(row -> (String) row.get("message"))
        .toList();
  }

  private void run(String status, String error, String finishedAgo) {
    database.execute(
        "INSERT INTO backup_runs (trigger, instance, started_at, finished_at, status, error)"
            + " VALUES ('manual', 'test', now() - CAST(? AS interval) - interval '1 minute',"
            + " now() - CAST(? AS interval), ?, ?)",
        finishedAgo,
        finishedAgo,
        status,
        error);
  }

  @Test
  void aFailedBackupIsAlertedWithItsReasonOnceAndResolvedByASuccess() {
    run("failed", "pg_dump was not found.", "1 hour");
    evaluator.evaluate();
    evaluator.evaluate();
    assertThat(open("backup_failed"))
        .singleElement()
        .asString()
        .contains("failed: pg_dump was not found.");

    run("failed", "Writing the backup failed: No space left on device", "1 minute");
    evaluator.evaluate();
    assertThat(open("backup_failed"))
        .singleElement()
        .asString()
        .contains("No space left on device");

    run("succeeded", null, "0 seconds");
    evaluator.evaluate();
    assertThat(open("backup_failed")).isEmpty();
  }

  @Test
  void noBackupForTwoDaysIsAlertedUntilOneSucceeds() {
    evaluator.evaluate();
    assertThat(open("backup_overdue")).as("a Resell installed just now").isEmpty();

    database.execute("UPDATE flyway_schema_history SET installed_on = now() - interval '3 days'");
    evaluator.evaluate();
    assertThat(open("backup_overdue"))
        .singleElement()
        .asString()
        .startsWith("No backup has succeeded since Resell was installed on");

    run("succeeded", null, "50 hours");
    evaluator.evaluate();
    evaluator.evaluate();
    assertThat(open("backup_overdue"))
        .singleElement()
        .asString()
        .startsWith("No backup has succeeded since 20");

    run("succeeded", null, "1 hour");
    evaluator.evaluate();
    assertThat(open("backup_overdue")).isEmpty();
    assertThat(database.rows("SELECT count(*) AS n FROM alerts").get(0).get("n")).isEqualTo(2L);
  }

  /** The evaluator announces raised alerts; nobody listens here. */
  private static final class Ignored implements Event<DomainEvent> {
    @Override
    public void fire(DomainEvent event) {}

    @Override
    public <U extends DomainEvent> CompletionStage<U> fireAsync(U event) {
      return null;
    }

    @Override
    public <U extends DomainEvent> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      return null;
    }

    @Override
    public Event<DomainEvent> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends DomainEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends DomainEvent> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
