package app.resell.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.resell.backup.BigImport;
import app.resell.events.LiveEventsIT;
import app.resell.testing.Api;
import app.resell.testing.LoadBalancer;
import app.resell.testing.ResellServer;
import app.resell.testing.TestDatabase;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Two instances of the real jar (A and B) on one database and one shared data directory, behind
 * Debian's HAProxy when it is installed (else the balancer's part is played by B alone), act as one
 * Resell: what one instance ends, counts, publishes, schedules or leaves unfinished holds on the
 * other (docs/OPERATIONS.md, "Running as a cluster"). The instances run with {@code --nocluster}:
 * everything they share goes through PostgreSQL, so no Hazelcast membership is needed for any of
 * these promises.
 */
@Execution(ExecutionMode.CONCURRENT) // its own servers: runs beside the shared server's classes
class ClusterIT {

  /**
   * Smaller than the 100,000 rows to keep the class near two minutes; still many chunks.
   */
  static final int ROWS = 30_000;

  static final int EVERY_BAD = 1_000;
  static final int SIGN_INS_PER_MINUTE = 8;
  static final Set<String> FREQUENT_TASKS =
      Set.of("analytics-refresh", "webhook-delivery", "import-recovery");

  static TestDatabase database;
  static ResellServer a;
  static ResellServer b;
  static LoadBalancer balancer;
  static String adminToken;

  @BeforeAll
  static void startTwoInstances() throws Exception {
    Path work =
        Path.of(System.getProperty("resell.it.workdir", "target/it") + "-cluster").toAbsolutePath();
    ResellServer.deleteRecursively(work);
    database = TestDatabase.create();
    Path shared = work.resolve("shared-data");
    a = instance(work.resolve("a"), shared, "a");
    b = instance(work.resolve("b"), shared, "b");
    a.start(); // first alone: it generates the signing keys into the shared data dir
    b.start();
    balancer = LoadBalancer.start(work.resolve("haproxy"), List.of(a, b));
    adminToken = new Api(a).token("admin");
  }

  static ResellServer instance(Path dir, Path sharedData, String name) {
    return new ResellServer(database, dir)
        .with("RESELL_DATA_DIR", sharedData.toString())
        .with("RESELL_CLUSTER_ENABLED", "true")
        .with("RESELL_CLUSTER_INSTANCE", name)
        .with("RESELL_CLUSTER_DEAD_AFTER_SECONDS", "6")
        .with("RESELL_RATELIMIT_LOGIN_PER_MINUTE", Integer.toString(SIGN_INS_PER_MINUTE))
        .with("RESELL_HTTP_TRUSTED_PROXY", "true");
  }

  @AfterAll
  static void stopAll() {
    if (balancer != null) balancer.close();
    if (a != null) a.close();
    if (b != null) b.close();
    if (database != null) database.close();
  }

  @Test
  void aSessionEndedOnOneInstanceIsRefusedOnTheOtherWithinASecond() {
    Person person = Person.create("viewer");
    JsonPath first = person.signIn(a, address());
    String token = first.getString("access_token");
    works(b, token);
    given()
        .baseUri(a.baseUrl())
        .contentType(ContentType.JSON)
        .body(Map.of("refresh_token", first.getString("refresh_token")))
        .post("/api/v1/auth/logout")
        .then()
        .statusCode(204);
    refusedWithinASecond(b, token);

    String second = person.signIn(b, address()).getString("access_token");
    works(a, second);
    admin(b)
        .body(Map.of("active", false))
        .patch("/api/v1/users/" + person.id())
        .then()
        .statusCode(200);
    refusedWithinASecond(a, second);
  }

  @Test
  void aSignInLimitReachedThroughOneInstanceHoldsOnTheOther() {
    Person person = Person.create("viewer");
    String address = address();
    for (int i = 0; i < SIGN_INS_PER_MINUTE; i++) {
      assertThat(person.attempt(a, address, "wrong-password-" + i)).isEqualTo(401);
    }
    assertThat(person.attempt(b, address, person.password()))
        .as("the address used its attempts on A")
        .isEqualTo(429);
    assertThat(person.attempt(b, address(), person.password()))
        .as("the account used its attempts on A, from any address")
        .isEqualTo(429);
  }

  @Test
  void aChangeMadeThroughOneInstanceReachesABrowserOnTheOther() throws Exception {
    LiveEventsIT.Listener listener = new LiveEventsIT.Listener();
    WebSocket socket = LiveEventsIT.signIn(new Api(b), adminToken, listener);
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> listener.types().contains("welcome"));
      String lot =
          LiveEventsIT.forgottenItem(
              admin(a), "cluster-it forgotten trunk " + UUID.randomUUID(), "7.00", 300);
      // A's evaluation raises the trunk's alert among others (the event names the first few by
      // lot id): the event on B is the one whose count A answered.
      int raised =
          admin(a)
              .post("/api/v1/alerts/evaluate")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getInt("raised");
      assertThat(raised).as("alerts raised by A, %s among them", lot).isPositive();
      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(
              () ->
                  assertThat(listener.messages)
                      .as("the messages of the socket on B")
                      .anyMatch(
                          m ->
                              m.contains("\"alert.raised\"")
                                  && new JsonPath(m).getInt("data.raised") == raised));
    } finally {
      socket.abort();
    }
  }

  @Test
  void eachScheduledTaskRunsOnOneInstanceOnly() {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonPath onA = cluster(a);
              JsonPath onB = cluster(b);
              Set<String> both = new HashSet<>(onA.getList("tasks", String.class));
              List<String> tasksOfB = onB.getList("tasks", String.class);
              // not doesNotContainAnyElementsOf: it throws (no retry) when B runs no task at all
              assertThat(tasksOfB).as("run by both A and B").filteredOn(both::contains).isEmpty();
              both.addAll(tasksOfB);
              assertThat(both).containsAll(FREQUENT_TASKS);
              assertThat(onA.getList("members.instance_id", String.class))
                  .containsExactlyInAnyOrder(onA.getString("instance"), onB.getString("instance"));
            });
  }

  /**
   * The jobs console of either instance stops an import, whichever instance runs it: A runs it, B
   * is asked; then B restarts it and it ends with every line once.
   */
  @Test
  void anImportRunningOnOneInstanceIsStoppedAndRestartedFromTheOther() throws Exception {
    int rows = 2 * ROWS;
    String jobId = BigImport.start(new Api(a), rows, EVERY_BAD);
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> BigImport.rows(database, jobId) > 0);
    Api onB = new Api(b);
    long execution = BigImport.status(onB, jobId).getLong("execution_id");

    onB.asAdmin().post("/api/v1/jobs/" + execution + "/stop").then().statusCode(200);
    JsonPath stopped =
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(200))
            .until(
                () -> BigImport.status(onB, jobId),
                s -> !"processing".equals(s.getString("status")));
    assertThat(stopped.getString("status")).isEqualTo("stopped");
    assertThat(BigImport.rows(database, jobId)).as("stopped part way").isLessThan(rows);

    onB.asAdmin().post("/api/v1/jobs/" + execution + "/restart").then().statusCode(202);
    BigImport.assertEveryLineOnce(onB, database, jobId, rows, EVERY_BAD);
  }

  /**
   * kill -9 of A while it imports: B takes the import over from its last committed chunk and
   * finishes it with every line once, the balancer keeps answering, B runs every scheduled task,
   * and A, started again, leaves B's work alone.
   */
  @Test
  void aKilledInstancesImportIsFinishedByTheOtherExactlyOnce() throws Exception {
    Api onA = new Api(a);
    String jobId = BigImport.start(onA, ROWS, EVERY_BAD);
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> BigImport.rows(database, jobId) > 0);

    Traffic traffic = Traffic.start(balancer != null ? balancer.baseUrl() : b.baseUrl());
    long killedAt;
    try {
      Thread.sleep(500); // traffic through both instances before the crash
      a.kill();
      killedAt = System.nanoTime();
      assertThat(BigImport.rows(database, jobId)).as("A was killed mid-import").isLessThan(ROWS);
      BigImport.assertEveryLineOnce(new Api(b), database, jobId, ROWS, EVERY_BAD);
    } finally {
      traffic.stop();
    }
    String owner =
        (String)
            database
                .rows("SELECT owner_instance FROM import_jobs WHERE id = ?::uuid", jobId)
                .get(0)
                .get("owner_instance");
    assertThat(owner).as("the import's last owner").startsWith("b-");
    assertThat(traffic.failuresStartedAfter(killedAt))
        .as("requests through the balancer sent after the kill")
        .isEmpty();
    assertThat(traffic.count()).isPositive();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(cluster(b).getList("tasks", String.class)).containsAll(FREQUENT_TASKS));

    a.start();
    assertThat(cluster(a).getList("tasks", String.class))
        .as("A, back, runs nothing B runs")
        .doesNotContainAnyElementsOf(FREQUENT_TASKS);
    var done = new Api(a).asAdmin().get("/api/v1/import/status/" + jobId + "?items_limit=1");
    assertThat(done.jsonPath().getString("status")).isEqualTo("completed");
  }

  /**
   * Requests through the balancer, one after the other, until stopped; each with its start time.
   */
  static final class Traffic {
    record Sent(long startedAt, int status, String error) {}

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private Thread thread;

    static Traffic start(String baseUrl) {
      Traffic t = new Traffic();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/inventory?limit=1"))
              .header("Authorization", "Bearer " + adminToken)
              .timeout(Duration.ofSeconds(30))
              .build();
      t.thread =
          new Thread(
              () -> {
                while (t.running.get()) {
                  long started = System.nanoTime();
                  try {
                    HttpResponse<Void> answer =
                        http.send(request, HttpResponse.BodyHandlers.discarding());
                    t.sent.add(new Sent(started, answer.statusCode(), null));
                  } catch (Exception e) {
                    t.sent.add(new Sent(started, 0, e.toString()));
                  }
                  pause();
                }
              });
      t.thread.start();
      return t;
    }

    void stop() throws InterruptedException {
      running.set(false);
      thread.join();
    }

    int count() {
      return sent.size();
    }

    List<Sent> failuresStartedAfter(long nanos) {
      List<Sent> failed = new ArrayList<>();
      for (Sent s : sent) if (s.startedAt() > nanos && s.status() != 200) failed.add(s);
      return failed;
    }

    private static void pause() {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A user made for one test, signing in from an address of its own. */
  record Person(String id, String email, String password) {

    static Person create(String role) {
      String email = "cluster-" + UUID.randomUUID() + "@resell.test";
      String password = "cluster-password-" + role;
      String id =
          admin(a)
              .body(Map.of("email", email, "password", password, "role", role))
              .post("/api/v1/users")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      return new Person(id, email, password);
    }

    JsonPath signIn(ResellServer server, String address) {
      return login(server, address, password).then().statusCode(200).extract().jsonPath();
    }

    int attempt(ResellServer server, String address, String password) {
      return login(server, address, password).statusCode();
    }

    private io.restassured.response.Response login(
        ResellServer server, String address, String password) {
      return given()
          .baseUri(server.baseUrl())
          .contentType(ContentType.JSON)
          .header("X-Forwarded-For", address)
          .body(Map.of("email", email, "password", password))
          .post("/api/v1/auth/login");
    }
  }

  /** A private address of its own, so no other test shares its sign-in limit. */
  static String address() {
    java.util.Random random = new java.util.Random();
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
  }

  static RequestSpecification admin(ResellServer server) {
    return given()
        .baseUri(server.baseUrl())
        .contentType(ContentType.JSON)
        .header("Authorization", "Bearer " + adminToken);
  }

  static JsonPath cluster(ResellServer server) {
    return admin(server).get("/api/v1/jobs/cluster").then().statusCode(200).extract().jsonPath();
  }

  static void works(ResellServer server, String token) {
    given()
        .baseUri(server.baseUrl())
        .header("Authorization", "Bearer " + token)
        .get("/api/v1/inventory?limit=1")
        .then()
        .statusCode(200);
  }

  static void refusedWithinASecond(ResellServer server, String token) {
    await()
        .atMost(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                given()
                        .baseUri(server.baseUrl())
                        .header("Authorization", "Bearer " + token)
                        .get("/api/v1/inventory?limit=1")
                        .statusCode()
                    == 401);
  }
}
