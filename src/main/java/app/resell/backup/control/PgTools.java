package app.resell.backup.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds and runs PostgreSQL's own {@code pg_dump} and {@code pg_restore}. A dump tool older than
 * the server refuses to work (and one that did would miss what it does not know), so the newest
 * installed version is preferred ({@code /usr/lib/postgresql/<n>/bin} on Debian, then {@code PATH})
 * and a version older than the server is refused with the package to install.
 */
public final class PgTools {

  private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\)\\s+(\\d+)");
  private static final Path DEBIAN = Path.of("/usr/lib/postgresql");

  private final Optional<Path> configuredBin;

  public PgTools(Optional<Path> configuredBin) {
    this.configuredBin = configuredBin;
  }

  /** The path of a tool ({@code pg_dump}) at least as new as the server's major version. */
  public Path tool(String name, int serverMajor) {
    List<Path> candidates = new ArrayList<>();
    configuredBin.ifPresent(dir -> candidates.add(dir.resolve(name)));
    if (configuredBin.isEmpty()) {
      candidates.addAll(debianInstalls(name));
      candidates.add(Path.of(name)); // from PATH
    }
    String found = null;
    for (Path candidate : candidates) {
      Optional<Integer> major = major(candidate);
      if (major.isEmpty()) continue;
      if (major.get() >= serverMajor) return candidate;
      found = candidate + " is version " + major.get();
    }
    throw new BackupException(
        found == null
            ? name
                + " was not found. Install PostgreSQL's client tools (Debian: apt-get install"
                + " postgresql-client-"
                + serverMajor
                + ") or set RESELL_BACKUP_PG_BIN to the directory that holds them."
            : found
                + ", older than the PostgreSQL "
                + serverMajor
                + " server it must work with. Install postgresql-client-"
                + serverMajor
                + " or set RESELL_BACKUP_PG_BIN.");
  }

  /**
   * Runs a tool fit for the server {@code c} is connected to, against {@code target}; throws with
   * {@code failure} and the tool's own words unless it exits 0.
   */
  public void runOrFail(
      String name, List<String> args, PgTarget target, Connection c, String failure)
      throws SQLException {
    try (Running run = start(name, args, target, c)) {
      run.awaitOrFail(failure);
    }
  }

  /** Starts a tool fit for the server {@code c} is connected to; the caller awaits it. */
  public Running start(String name, List<String> args, PgTarget target, Connection c)
      throws SQLException {
    List<String> command = new ArrayList<>();
    command.add(tool(name, serverMajor(c)).toString());
    command.add("--no-password");
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("PG"));
    env.putAll(target.libpqEnvironment());
    try {
      Path log = Files.createTempFile("resell-pg-", ".log");
      try {
        return new Running(name, builder.redirectOutput(log.toFile()).start(), log);
      } catch (IOException e) {
        Files.deleteIfExists(log);
        throw e;
      }
    } catch (IOException e) {
      throw new BackupException("Could not run " + name + ": " + e.getMessage(), e);
    }
  }

  /** A running tool: awaited (at most six hours) or, when closed before it ends, killed. */
  public static final class Running implements AutoCloseable {
    private static final long LIMIT_SECONDS = Duration.ofHours(6).toSeconds();
    private final String name;
    private final Process process;
    private final Path log;

    Running(String name, Process process, Path log) {
      this.name = name;
      this.process = process;
      this.log = log;
    }

    public void awaitOrFail(String failure) {
      try {
        if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
          throw new BackupException(name + " did not finish within " + LIMIT_SECONDS + " s");
        }
        if (process.exitValue() != 0) {
          throw new BackupException(
              failure + ": " + tail(Files.readString(log, StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new BackupException(failure + ": " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BackupException(name + " was interrupted", e);
      }
    }

    @Override
    public void close() {
      if (process.isAlive()) process.destroyForcibly();
      try {
        Files.deleteIfExists(log);
      } catch (IOException e) {
        // a temporary file
      }
    }
  }

  static int serverMajor(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SHOW server_version_num")) {
      rs.next();
      return rs.getInt(1) / 10000;
    }
  }

  private static List<Path> debianInstalls(String name) {
    if (!Files.isDirectory(DEBIAN)) return List.of();
    try (Stream<Path> versions = Files.list(DEBIAN)) {
      return versions
          .filter(p -> p.getFileName().toString().matches("\\d+"))
          .sorted(
              Comparator.comparingInt((Path p) -> Integer.parseInt(p.getFileName().toString()))
                  .reversed())
          .map(p -> p.resolve("bin").resolve(name))
          .filter(Files::isExecutable)
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static Optional<Integer> major(Path tool) {
    try {
      Process p =
          new ProcessBuilder(tool.toString(), "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) return Optional.empty();
      Matcher m = VERSION.matcher(out);
      return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static String tail(String output) {
    String s = output.strip();
    return s.length() > 2000 ? "..." + s.substring(s.length() - 2000) : s;
  }
}
