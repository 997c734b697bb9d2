package app.resell.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import app.resell.backup.control.BackupArchive;
import app.resell.backup.control.BackupManifest;
import app.resell.backup.control.BooksCensus;
import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import app.resell.testing.TestDatabase;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reseller's books survive a dead disk: a backup taken with {@code bin/resell backup} while a
 * 100,000-line import runs is restored with {@code bin/resell restore} into a fresh database and an
 * empty data directory, and Resell started on it finds every table's rows and money, every kept
 * file, the same users, the same tax-year figures, and the interrupted import restartable with
 * every line exactly once. The crash also shows that the batch history lives in PostgreSQL: a job
 * finished before it is still listed, completed, after the restart.
 */
@ResellIT
class BackupRestoreIT {

  static final int ROWS = 100_000;
  static final int EVERY_BAD = 1_000;
  static final Path CORPUS = Path.of("src/test/resources/invoices");

  @Test
  void aLargeImportSurvivesACrashAndItsBackupRestoresWholeOntoAFreshMachine(
      Api api, ResellServer server, @TempDir Path tmp) throws Exception {
    Business business = Business.build(api);
    Map<String, Object> taxYear = taxYear(api);

    String jobId = BigImport.start(api, ROWS, EVERY_BAD);
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> BigImport.rows(server.database(), jobId) > 0);

    Path archive = tmp.resolve("books.zip");
    Tool backup = Tool.run(server.database(), server.dataDir(), "backup", archive.toString());
    assertThat(backup.exitCode()).as(backup.output()).isZero();
    assertThat(status(api, jobId).getString("status"))
        .as("the backup was taken while the import ran")
        .isEqualTo("processing");
    BackupManifest manifest;
    try (BackupArchive whole = BackupArchive.open(archive)) {
      manifest = whole.manifest();
    }
    assertThat(manifest.census().rows().get("inventory")).isPositive();

    long finishedExecution = status(api, business.invoiceJob()).getLong("execution_id");
    server.kill();
    server.start();
    api.asAdmin()
        .get("/api/v1/jobs/" + finishedExecution)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("steps.name", hasItems("header", "lines"));
    restartInterrupted(api, jobId);

    try (TestDatabase fresh = TestDatabase.create();
        ResellServer restored = new ResellServer(fresh, tmp.resolve("restored"))) {
      Tool restore = Tool.run(fresh, restored.dataDir(), "restore", archive.toString());
      assertThat(restore.exitCode()).as(restore.output()).isZero();
      try (Connection c = fresh.connect()) {
        assertThat(BooksCensus.take(c).differencesFrom(manifest.census())).isEmpty();
      }
      for (BackupManifest.Entry e : manifest.entries()) {
        if (!e.path().startsWith(BackupManifest.FILES)) continue;
        String relative = e.path().substring(BackupManifest.FILES.length());
        assertThat(sha256(restored.dataDir().resolve(relative))).isEqualTo(e.sha256());
        assertThat(sha256(server.dataDir().resolve(relative))).isEqualTo(e.sha256());
      }
      assertThat(manifest.entries())
          .extracting(BackupManifest.Entry::path)
          .contains(
              "files/uploads/" + fileName(server, business.invoiceJob()),
              "files/uploads/" + fileName(server, business.failedJob()),
              "files/uploads/" + fileName(server, jobId));
      assertThat(manifest.entries())
          .extracting(BackupManifest.Entry::path)
          .anyMatch(p -> p.startsWith("files/photos/"));

      restored.start();
      Api after = new Api(restored);
      business.signsIn(after);
      assertThat(taxYear(after)).isEqualTo(taxYear);
      assertThat(after.as("viewer").get("/api/v1/inventory/" + business.lotId()).statusCode())
          .isEqualTo(200);
      assertThat(Business.photo(after, business.photoId())).isEqualTo(business.photo());

      restartInterrupted(after, jobId);
      BigImport.assertEveryLineOnce(after, fresh, jobId, ROWS, EVERY_BAD);
    }
    BigImport.assertEveryLineOnce(api, server.database(), jobId, ROWS, EVERY_BAD);
  }

  /** An import cut short (crash, or backup) shows as interrupted and restarts from the console. */
  private static void restartInterrupted(Api api, String jobId) {
    JsonPath interrupted = status(api, jobId);
    assertThat(interrupted.getString("status")).isEqualTo("failed");
    assertThat(interrupted.getString("error.code")).isEqualTo("interrupted");
    api.asAdmin()
        .post("/api/v1/jobs/" + interrupted.getLong("execution_id") + "/restart")
        .then()
        .statusCode(202);
  }

  private static Map<String, Object> taxYear(Api api) {
    return api.asAdmin()
        .get("/api/v1/reports/tax-year?year=" + Business.YEAR)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  static JsonPath status(Api api, String jobId) {
    return api.asAdmin()
        .get("/api/v1/import/status/" + jobId + "?items_limit=1")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String fileName(ResellServer server, String jobId) {
    return Path.of(
            server
                .database()
                .rows("SELECT file_path FROM import_jobs WHERE id = ?::uuid", jobId)
                .get(0)
                .get("file_path")
                .toString())
        .getFileName()
        .toString();
  }

  static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  /** {@code bin/resell backup|restore} run as an operator would, with a server's settings. */
  record Tool(int exitCode, String output) {

    static Tool run(TestDatabase db, Path dataDir, String... args)
        throws IOException, InterruptedException {
      var command = new java.util.ArrayList<String>(java.util.List.of("bash", "bin/resell"));
      command.addAll(java.util.List.of(args));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put("RESELL_DB_URL", db.url());
      builder.environment().put("RESELL_DB_USER", db.user());
      builder.environment().put("RESELL_DB_PASSWORD", db.password() == null ? "" : db.password());
      builder.environment().put("RESELL_DATA_DIR", dataDir.toString());
      Process p = builder.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Tool(p.waitFor(), out);
    }
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static int count(TestDatabase db, String sql, Object... params) throws SQLException {
    return ((Number) db.rows(sql, params).get(0).values().iterator().next()).intValue();
  }
}
