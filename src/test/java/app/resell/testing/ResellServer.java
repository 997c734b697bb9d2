package app.resell.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The real Resell runnable jar (Payara Micro with the WAR inside) started as a separate JVM against
 * a test database, exactly as a user runs it. Tests talk HTTP to it. It can be stopped, killed with
 * SIGKILL to simulate a crash, and started again on the same database and data dir.
 */
public final class ResellServer implements AutoCloseable {

  public static final String ADMIN_EMAIL = "admin@resell.test";
  public static final String ADMIN_PASSWORD = "it-admin-password-1";

  /** The body cap the test server runs with, small so the 413 test stays cheap. */
  public static final long MAX_BODY_BYTES = 5 * 1024 * 1024;

  /** The one origin the test server allows cross-origin calls from. */
  public static final String CORS_ORIGIN = "https://shop.resell.test";

  /** The one local host the test server may send webhooks to: the tests' own listeners. */
  public static final String WEBHOOK_HOST = "127.0.0.1";

  /** How long a start may take; {@code -Dresell.it.boot-seconds} for a loaded machine. */
  private static final Duration BOOT_TIMEOUT =
      Duration.ofSeconds(Long.getLong("resell.it.boot-seconds", 300));

  private final TestDatabase database;
  private final Path workDir;
  private final int port;
  private final Map<String, String> settings = new LinkedHashMap<>();
  private List<String> clusterArguments = List.of("--nocluster");
  private Process process;
  private int starts;

  public ResellServer(TestDatabase database, Path workDir) {
    this.database = database;
    this.workDir = workDir;
    this.port = freePort();
  }

  /**
   * Sets an environment variable of the server for its next start, e.g. {@code
   * with("RESELL_RATELIMIT_API_PER_MINUTE", "20")} for a server of its own with small limits.
   */
  public ResellServer with(String variable, String value) {
    settings.put(variable, value);
    return this;
  }

  /**
   * Payara Micro's clustering options for the next start instead of {@code --nocluster}, e.g.
   * {@code --clustername resell-it}, for a server that shares its database with others.
   */
  public ResellServer clustered(List<String> arguments) {
    clusterArguments = List.copyOf(arguments);
    return this;
  }

  /** The server's process id while it runs (for a kill -9 from outside). */
  public long pid() {
    return process.pid();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public TestDatabase database() {
    return database;
  }

  public Path dataDir() {
    return workDir.resolve("data");
  }

  /** The server's java.io.tmpdir, its own so tests can see what it leaves there. */
  public Path tmpDir() {
    return workDir.resolve("tmp");
  }

  public Path log() {
    return workDir.resolve("server-" + starts + ".log");
  }

  public synchronized void start() {
    starts++;
    try {
      Files.createDirectories(workDir);
      Files.createDirectories(tmpDir());
      deleteRecursively(workDir.resolve("instance")); // as bin/resell does: see its comment
      // The jar's own post-boot commands apply. A second command file would set the HTTP
      // listener again while it restarts, which once left it unbound after a restart.
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx" + property("resell.it.heap", "1g"));
      command.add("-Djava.io.tmpdir=" + tmpDir());
      command.add("-jar");
      command.add(property("resell.it.jar", "target/resell.jar"));
      command.addAll(clusterArguments);
      command.addAll(
          List.of(
              "--port",
              Integer.toString(port),
              "--rootdir",
              workDir.resolve("instance").toString()));
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile());
      Map<String, String> env = builder.environment();
      env.putAll(testEnvironment(database, dataDir()));
      env.putAll(settings);
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      awaitReady();
    } catch (RuntimeException e) {
      kill(); // a server that never came up must not outlive the test run
      throw e;
    }
  }

  /**
   * The environment every test server runs with, whatever the server: its database and data dir,
   * the test admin, and limits no test run reaches.
   */
  static Map<String, String> testEnvironment(TestDatabase database, Path dataDir) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("RESELL_DB_URL", database.url());
    env.put("RESELL_DB_USER", database.user());
    env.put("RESELL_DB_PASSWORD", database.password() == null ? "" : database.password());
    env.put("RESELL_DATA_DIR", dataDir.toString());
    env.put("RESELL_ADMIN_EMAIL", ADMIN_EMAIL);
    env.put("RESELL_ADMIN_PASSWORD", ADMIN_PASSWORD);
    // no RESELL_PUBLIC_URL: labels are built on the address each request came to
    env.put("RESELL_PASSWORD_ITERATIONS", "20000");
    env.put("RESELL_HTTP_MAX_BODY_BYTES", Long.toString(MAX_BODY_BYTES));
    // The shared server serves every test class: limits no test run can reach. RateLimitIT
    // starts a server of its own with real limits.
    env.put("RESELL_RATELIMIT_API_PER_MINUTE", "1000000");
    env.put("RESELL_RATELIMIT_LOGIN_PER_MINUTE", "1000000");
    env.put("RESELL_RATELIMIT_IMPORTS_MAX_RUNNING", "1000");
    env.put("RESELL_CORS_ORIGINS", CORS_ORIGIN);
    // Webhook tests deliver to listeners they own on 127.0.0.1; every other local target stays
    // refused, which WebhookTargetsIT checks.
    env.put("RESELL_WEBHOOKS_ALLOWED_HOSTS", WEBHOOK_HOST);
    // No daily backup unless a test asks for one (BackupScheduleIT): a missed slot is caught up
    // at start, which would back up every test server once.
    env.put("RESELL_BACKUP_DAILY_AT", "off");
    return env;
  }

  private void awaitReady() {
    awaitReady(
        baseUrl(),
        process,
        BOOT_TIMEOUT,
        answer -> {
          try {
            return answer.body().contains("No Application deployed")
                && Files.readString(log()).contains("Exception while loading the app");
          } catch (IOException e) {
            return false;
          }
        },
        this::logTail);
  }

  /**
   * Waits until {@code /health/ready} answers 200; fails at once when the server exits or {@code
   * failedDeploy} recognises a failed deployment in an answer (servers that keep running without
   * the application), with the log's tail.
   */
  static void awaitReady(
      String baseUrl,
      Process process,
      Duration timeout,
      Predicate<HttpResponse<String>> failedDeploy,
      Supplier<String> logTail) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server exited during start-up:\n" + logTail.get());
      }
      try {
        HttpResponse<String> answer =
            http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) return;
        if (failedDeploy.test(answer)) {
          throw new IllegalStateException("the application failed to deploy:\n" + logTail.get());
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    throw new IllegalStateException("not ready within " + timeout + ":\n" + logTail.get());
  }

  /** Stops the server the way an operator would (SIGTERM) and waits for it. */
  public synchronized void stop() {
    if (process == null) return;
    process.destroy();
    waitFor();
  }

  /** Kills the server with SIGKILL, as a crash or power loss would. */
  public synchronized void kill() {
    if (process == null) return;
    process.destroyForcibly();
    waitFor();
  }

  public void restart() {
    stop();
    start();
  }

  private void waitFor() {
    try {
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log());
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    stop();
  }

  public static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  private static String property(String key, String fallback) {
    return System.getProperty(key, fallback);
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
