package app.resell.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.resell.backup.control.BackupArchive;
import app.resell.backup.control.BackupFiles;
import app.resell.testing.Api;
import app.resell.testing.ResellServer;
import app.resell.testing.TestDatabase;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Scheduled backups on two instances of one database (issue 26: "two instances on one database with
 * a schedule due: one backup, not two"), and the admin API on them. Both servers start at once and
 * back up into one directory, with the day's time already passed when they start: each instance's
 * minute timer (second 0 of every minute, on both) finds the slot due, so when both are up by the
 * same minute they reach for it at the same second.
 */
@Execution(ExecutionMode.CONCURRENT) // its own servers: runs beside the shared server's classes
class BackupScheduleIT {

  private static TestDatabase database;
  private static ResellServer first;
  private static ResellServer second;
  private static Path backups;
  private static Instant slot;
  private static List<Map<String, Object>> slotRuns;
  private static List<String> filesAfterSlot;

  @BeforeAll
  static void twoServersOnOneDatabaseWithTheDailySlotDue() throws IOException {
    Path workDir = Path.of(System.getProperty("resell.it.workdir", "target/it") + "-backups");
    ResellServer.deleteRecursively(workDir);
    backups = workDir.resolve("backups");
    database = TestDatabase.create();
    slot = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    String dailyAt = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC).format(slot);
    first = server(workDir.resolve("first"), dailyAt);
    second = server(workDir.resolve("second"), dailyAt);
    CompletableFuture<Void> firstUp = CompletableFuture.runAsync(first::start);
    second.start();
    firstUp.join();
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> settled(first) && settled(second) && slotFinished());
    slotRuns =
        database.rows(
            "SELECT instance, status, file_name FROM backup_runs WHERE slot = ?",
            java.sql.Timestamp.from(slot));
    filesAfterSlot = backupFiles();
  }

  private static ResellServer server(Path workDir, String dailyAt) {
    return new ResellServer(database, workDir)
        .with("RESELL_BACKUP_DIR", backups.toString())
        .with("RESELL_BACKUP_DAILY_AT", dailyAt);
  }

  /** The server's timer has claimed the slot or seen that another instance has it. */
  private static boolean settled(ResellServer server) throws IOException {
    return Files.readString(server.log()).contains("Backup slot " + slot);
  }

  private static boolean slotFinished() {
    return !database
        .rows(
            "SELECT 1 FROM backup_runs WHERE slot = ? AND status <> 'running'",
            java.sql.Timestamp.from(slot))
        .isEmpty();
  }

  private static List<String> backupFiles() throws IOException {
    try (Stream<Path> files = Files.list(backups)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> BackupFiles.takenAt(name).isPresent())
          .toList();
    }
  }

  @AfterAll
  static void stopServers() {
    if (first != null) first.close();
    if (second != null) second.close();
    if (database != null) database.close();
  }

  @Test
  void oneOfTwoInstancesTakesTheDailyBackup() {
    assertThat(slotRuns).hasSize(1);
    assertThat(slotRuns.get(0).get("status")).isEqualTo("succeeded");
    assertThat(filesAfterSlot).containsExactly((String) slotRuns.get(0).get("file_name"));
  }

  @Test
  void adminsSeeTheRunsTheScheduleAndTheLastSuccess() {
    JsonPath answer =
        new Api(second)
            .asAdmin()
            .get("/api/v1/backups")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getString("schedule.daily_at"))
        .isEqualTo(DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC).format(slot));
    assertThat(answer.getInt("schedule.keep_daily")).isEqualTo(7);
    assertThat(answer.getInt("schedule.keep_weekly")).isEqualTo(4);
    assertThat(Instant.parse(answer.getString("schedule.next_at")))
        .isEqualTo(slot.plus(1, ChronoUnit.DAYS));
    // a server started before the day's time also catches up the slot of the day before
    assertThat(
            answer.<String>getList("runs.slot").stream()
                .filter(java.util.Objects::nonNull)
                .map(Instant::parse))
        .contains(slot)
        .doesNotHaveDuplicates();
    assertThat(answer.getString("last_success.status")).isEqualTo("succeeded");
    assertThat(answer.getLong("last_success.size_bytes")).isPositive();
  }

  /**
   * Three "back up now" at the same moment, two on one instance and one on the other: one starts,
   * the other two are refused while it runs (the last, on the other instance, by the database, so
   * it holds however fast the backup is); once it ended, the refused request is taken.
   */
  @Test
  void backUpNowRefusesASecondAtOnceThenTakesOneThatDownloadsAsAValidArchive() throws IOException {
    Api api = new Api(first);
    Api other = new Api(second);
    api.token("admin");
    other.token("admin"); // signed in beforehand: the three requests must leave at once
    List<Response> answers;
    ExecutorService threads = Executors.newFixedThreadPool(3); // the common pool has 1 thread here
    try {
      answers =
          Stream.of(api, api, other)
              .map(
                  a ->
                      CompletableFuture.supplyAsync(
                          () -> a.asAdmin().post("/api/v1/backups"), threads))
              .toList()
              .stream()
              .map(CompletableFuture::join)
              .toList();
    } finally {
      threads.shutdown();
    }
    assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(202, 409, 409);
    Response started =
        answers.stream().filter(r -> r.statusCode() == 202).findFirst().orElseThrow();
    assertThat(started.jsonPath().getString("trigger")).isEqualTo("manual");
    assertThat(started.jsonPath().getString("status")).isEqualTo("running");
    long id = started.jsonPath().getLong("id");
    assertThat(answers)
        .filteredOn(r -> r.statusCode() == 409)
        .allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"))
        .allSatisfy(r -> assertThat(r.jsonPath().getString("detail")).contains("is running on"));

    Map<String, Object> done = awaitFinished(api, id);
    assertThat(done.get("status")).isEqualTo("succeeded");
    String fileName = (String) done.get("file_name");

    Response download = api.asAdmin().get("/api/v1/backups/" + fileName);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.contentType()).isEqualTo("application/zip");
    assertThat(download.header("Content-Disposition")).contains(fileName);
    Path copy = Files.createTempFile("downloaded-", ".zip");
    try {
      Files.write(copy, download.asByteArray());
      try (BackupArchive archive = BackupArchive.open(copy)) {
        assertThat(archive.manifest().schemaVersion()).isNotBlank();
      }
    } finally {
      Files.deleteIfExists(copy);
    }

    // the refused request, sent again once nothing runs, is taken
    Response again = other.asAdmin().post("/api/v1/backups");
    assertThat(again.statusCode()).isEqualTo(202);
    assertThat(awaitFinished(api, again.jsonPath().getLong("id")).get("status"))
        .isEqualTo("succeeded");
  }

  @Test
  void onlyAdminsReachTheBackupsAndOnlyByABackupsName() {
    Api api = new Api(first);
    api.as("staff").get("/api/v1/backups").then().statusCode(403);
    api.as("staff").post("/api/v1/backups").then().statusCode(403);
    String existing = BackupFiles.name(slot);
    api.as("staff").get("/api/v1/backups/" + existing).then().statusCode(403);
    api.asAdmin().get("/api/v1/backups").then().statusCode(200);
    api.asAdmin().get("/api/v1/backups/notes.txt").then().statusCode(404);
    api.asAdmin().get("/api/v1/backups/resell-backup-20000101T000000Z.zip").then().statusCode(404);
    api.asAdmin()
        .get("/api/v1/backups/..%2Fsecond%2Fdata%2Fkeys%2Fresell-backup-20000101T000000Z.zip")
        .then()
        .statusCode(404);
  }

  @Test
  void metricsCarryTheLastBackupsTimeSizeAndDuration() {
    // each instance reads the last success from the database within a minute
    String metrics =
        await()
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofSeconds(2))
            .until(
                () ->
                    new Api(first)
                        .anonymous()
                        .get("/metrics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                text ->
                    text.matches("(?s).*\\nresell_backup_last_size_bytes(\\{[^}]*\\})? [1-9].*"));
    assertThat(metrics)
        .containsPattern("(?m)^resell_backup_last_success_timestamp_seconds(\\{[^}]*\\})? [1-9]")
        .containsPattern("(?m)^resell_backup_last_size_bytes(\\{[^}]*\\})? [1-9]")
        .containsPattern("(?m)^resell_backup_last_duration_seconds(\\{[^}]*\\})? ");
  }

  private static Map<String, Object> awaitFinished(Api api, long id) {
    return await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                api
                    .asAdmin()
                    .get("/api/v1/backups")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .<Map<String, Object>>getList("runs")
                    .stream()
                    .filter(r -> ((Number) r.get("id")).longValue() == id)
                    .findFirst()
                    .orElse(Map.of("status", "running")),
            run -> !"running".equals(run.get("status")));
  }
}
