package app.resell.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The unchanged {@code target/resell.war} on Open Liberty, configured by nothing but {@code
 * deploy/liberty/server.xml} and the same environment a {@link ResellServer} gets: the proof that
 * the WAR is portable (docs/DEPLOYMENT.md). The runtime is the {@code openliberty-runtime} zip from
 * Maven Central, unpacked by the build into {@code target/liberty/wlp}; the server's own files
 * (configuration, application, logs) live in the work dir, outside the installation.
 */
public final class LibertyServer implements AutoCloseable {

  /**
   * Liberty resolves its features on a fresh server dir, then deploys: 1-2 minutes on an idle
   * 2-core box, over 5 on one at load 20-28 (measured).
   */
  private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(600);

  private final TestDatabase database;
  private final Path workDir;
  private final int port = ResellServer.freePort();
  private Process process;

  public LibertyServer(TestDatabase database, Path workDir) {
    this.database = database;
    this.workDir = workDir.toAbsolutePath();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  private Path serverDir() {
    return workDir.resolve("usr/servers/resell");
  }

  public Path log() {
    return serverDir().resolve("logs/messages.log");
  }

  public synchronized void start() {
    Path wlp = Path.of(System.getProperty("resell.it.liberty", "target/liberty/wlp"));
    Path drivers = workDir.resolve("lib");
    try {
      ResellServer.deleteRecursively(serverDir().resolve("apps"));
      ResellServer.deleteRecursively(serverDir().resolve("logs"));
      Files.createDirectories(serverDir().resolve("apps"));
      Files.createDirectories(drivers);
      Files.createDirectories(workDir.resolve("tmp"));
      copy(property("resell.it.liberty.config", "deploy/liberty/server.xml"), serverDir());
      copy(property("resell.it.war", "target/resell.war"), serverDir().resolve("apps"));
      // the library the server loads the application's data source from: driver and class
      copy(property("resell.it.jdbc.driver", "target/liberty/lib/postgresql.jar"), drivers);
      copy(property("resell.it.datasource", "target/resell-datasource.jar"), drivers);
      Files.writeString(
          serverDir().resolve("jvm.options"),
          String.join("\n", "-Xmx768m", "-Djava.io.tmpdir=" + workDir.resolve("tmp"), ""));
      ProcessBuilder builder =
          new ProcessBuilder(
                  "bash", wlp.resolve("bin/server").toAbsolutePath().toString(), "run", "resell")
              .redirectErrorStream(true)
              .redirectOutput(workDir.resolve("console.log").toFile());
      Map<String, String> env = builder.environment();
      env.putAll(ResellServer.testEnvironment(database, workDir.resolve("data")));
      env.put("RESELL_PORT", Integer.toString(port));
      // Liberty builds the OpenAPI document while the application starts, from a scan of the WAR:
      // minutes on a loaded machine, for a document this test does not read (OpenApiContractIT
      // lints Payara's)
      env.put("MP_OPENAPI_SCAN_DISABLE", "true");
      env.put("RESELL_JDBC_DRIVER_DIR", drivers.toString());
      env.put("WLP_USER_DIR", workDir.resolve("usr").toString());
      env.put("JAVA_HOME", System.getProperty("java.home"));
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ResellServer.awaitReady(
        baseUrl(), process, BOOT_TIMEOUT, answer -> failedToStart(), this::logTail);
  }

  /**
   * CWWKZ0002E "An exception occurred while starting the application", CWNEN0011E "The injection
   * engine failed to process bindings" (the data source): Liberty keeps running without the app.
   */
  private boolean failedToStart() {
    try {
      if (!Files.exists(log())) return false;
      String log = Files.readString(log());
      return log.contains("CWWKZ0002E") || log.contains("CWNEN0011E");
    } catch (IOException e) {
      return false;
    }
  }

  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log());
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Stops Liberty (the launcher script's JVM first) and waits for it. */
  @Override
  public synchronized void close() {
    if (process == null) return;
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  private static void copy(String file, Path dir) throws IOException {
    Path source = Path.of(file);
    Files.copy(source, dir.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
  }

  private static String property(String key, String fallback) {
    return System.getProperty(key, fallback);
  }
}
