package app.resell.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of its own (Debian's {@code pg_createcluster}, trust auth on a free port)
 * for a test that stops and starts the database server: the machine's main cluster is shared by
 * every other test and must never be stopped. {@link #close()} drops the cluster.
 */
public final class ThrowawayPostgres implements AutoCloseable {

  private final String version;
  private final String name;
  private final int port;

  private ThrowawayPostgres(String version, String name, int port) {
    this.version = version;
    this.name = name;
    this.port = port;
  }

  /**
   * The newest installed PostgreSQL server version, when its binaries and the Debian tools exist.
   */
  public static Optional<String> installedVersion() {
    if (!Files.isExecutable(Path.of("/usr/bin/pg_createcluster"))) return Optional.empty();
    Path lib = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(lib)) return Optional.empty();
    try (Stream<Path> versions = Files.list(lib)) {
      return versions
          .filter(v -> Files.isExecutable(v.resolve("bin/postgres")))
          .map(v -> v.getFileName().toString())
          .max(Comparator.comparingInt(ThrowawayPostgres::major));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Creates and starts a cluster named {@code resell_restart_<random>}. */
  public static ThrowawayPostgres start(String version) {
    String name = "resell_restart_" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    ThrowawayPostgres cluster = new ThrowawayPostgres(version, name, freePort());
    try {
      cluster.run(
          "pg_createcluster",
          version,
          name,
          "-p",
          Integer.toString(cluster.port),
          "--start",
          "--",
          "--auth=trust");
    } catch (RuntimeException e) {
      try {
        cluster.close(); // a half-made cluster is removed too
      } catch (RuntimeException ignored) {
        e.addSuppressed(ignored);
      }
      throw e;
    }
    return cluster;
  }

  public String adminUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  public String name() {
    return name;
  }

  /**
   * Stops PostgreSQL the way a restart does: open sessions are ended, nothing committed is lost.
   */
  public void stop() {
    run("pg_ctlcluster", version, name, "stop", "-m", "fast");
  }

  public void start() {
    run("pg_ctlcluster", version, name, "start");
  }

  @Override
  public void close() {
    run("pg_dropcluster", "--stop", version, name);
  }

  private void run(String... command) {
    List<String> line = new ArrayList<>(List.of(command));
    try {
      Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int major(String version) {
    try {
      return Integer.parseInt(version.replaceAll("\\..*", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
