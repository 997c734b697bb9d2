package app.resell.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.resell.testing.Api;
import app.resell.testing.ResellServer;
import app.resell.testing.TestDatabase;
import app.resell.testing.ThrowawayPostgres;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * PostgreSQL is restarted under write load. While it is away the server answers 503 problems fast
 * (not after the pool's default wait), is not ready but alive; when PostgreSQL is back it recovers
 * by itself, and every write it acknowledged is there. Runs on a throw-away PostgreSQL cluster and
 * a second Resell server of its own: the shared test database server must never be stopped.
 */
@Execution(ExecutionMode.CONCURRENT) // its own servers: runs beside the shared server's classes
class DatabaseRestartIT {

  /** What "fast" means: well below the 30-60 s a default pool would make a caller wait. */
  static final Duration FAIL_FAST = Duration.ofSeconds(10);

  private record Outcome(int status, long millis, String contentType, String lotId) {}

  @Test
  void aPostgresRestartUnderLoadIsAnswered503FastAndLosesNoAcknowledgedWrite() throws Exception {
    Optional<String> version = ThrowawayPostgres.installedVersion();
    assumeTrue(
        version.isPresent(),
        "PostgreSQL server binaries (pg_createcluster, /usr/lib/postgresql/<v>/bin/postgres) are"
            + " not installed: cannot restart a real PostgreSQL");
    try (ThrowawayPostgres cluster = ThrowawayPostgres.start(version.get());
        TestDatabase database = TestDatabase.createOn(cluster.adminUrl(), "postgres", "");
        ResellServer server =
            new ResellServer(
                database,
                Path.of(System.getProperty("resell.it.workdir", "target/it") + "-db-restart"))) {
      server.start();
      Api api = new Api(server);
      api.token("staff");
      api.token("viewer");
      Set<String> acknowledged = ConcurrentHashMap.newKeySet();
      for (int i = 0; i < 10; i++) acknowledged.add(create(api).lotId());

      List<Outcome> duringLoad = new CopyOnWriteArrayList<>();
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService load = Executors.newFixedThreadPool(3);
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < 3; w++) {
        writers.add(
            load.submit(
                () -> {
                  while (running.get()) {
                    Outcome outcome = create(api);
                    duringLoad.add(outcome);
                    if (outcome.status() == 201) acknowledged.add(outcome.lotId());
                    pause(100);
                  }
                }));
      }
      try {
        await().atMost(Duration.ofSeconds(30)).until(() -> duringLoad.size() >= 15);

        cluster.stop();
        int before = duringLoad.size();
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> duringLoad.stream().skip(before).anyMatch(o -> o.status() == 503));
        // PostgreSQL stays away for a while: what does a caller get now?
        Outcome write = create(api);
        assertThat(write.status()).isEqualTo(503);
        assertThat(write.contentType()).startsWith("application/problem+json");
        assertThat(write.millis()).isLessThan(FAIL_FAST.toMillis());
        long started = System.nanoTime();
        Response read = api.as("viewer").get("/api/v1/inventory?limit=5");
        assertThat(read.statusCode()).isEqualTo(503);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(read.header("Retry-After")).isNotBlank();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAIL_FAST);
        Response ready = api.anonymous().get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.jsonPath().getString("status")).isEqualTo("DOWN");
        Response health = api.anonymous().get("/api/v1/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.jsonPath().getString("status")).isEqualTo("degraded");
        assertThat(health.jsonPath().getString("services.database")).isEqualTo("unhealthy");
        Response live = api.anonymous().get("/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.jsonPath().getString("status")).isEqualTo("UP");
        int outage = duringLoad.size();
        await() // PostgreSQL stays away while the writers keep trying
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    duringLoad.stream().skip(outage).filter(o -> o.status() == 503).count() >= 20);

        cluster.start();
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> api.anonymous().get("/health/ready").statusCode() == 200);
        int back = duringLoad.size();
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> duringLoad.stream().skip(back).anyMatch(o -> o.status() == 201));
      } finally {
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
      }
      for (Future<?> writer : writers) writer.get();

      assertThat(duringLoad).extracting(Outcome::status).containsOnly(201, 503).contains(503);
      assertThat(duringLoad)
          .filteredOn(o -> o.status() == 503)
          .allSatisfy(
              o -> {
                assertThat(o.millis()).isLessThan(FAIL_FAST.toMillis());
                assertThat(o.contentType()).startsWith("application/problem+json");
              });
      for (int i = 0; i < 5; i++) acknowledged.add(create(api).lotId());
      List<String> stored =
          database.rows("SELECT CAST(lot_id AS text) AS id FROM inventory").stream()
              .map(r -> (String) r.get("id"))
              .toList();
      assertThat(stored).containsAll(acknowledged);
    }
  }

  private static Outcome create(Api api) {
    long started = System.nanoTime();
    Response answer =
        api.as("staff")
            .body(
                Map.of(
                    "item_name",
                    "restart-it lamp " + UUID.randomUUID(),
                    "bid_amount",
                    "4.00",
                    "auto_categorize",
                    false))
            .post("/api/v1/inventory");
    long millis = (System.nanoTime() - started) / 1_000_000;
    String lot = answer.statusCode() == 201 ? answer.path("lot_id") : null;
    return new Outcome(answer.statusCode(), millis, answer.contentType(), lot);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
