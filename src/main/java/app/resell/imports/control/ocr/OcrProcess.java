package app.resell.imports.control.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an OCR command as a process of its own with a time limit, never inside the JVM: a scan that
 * makes the engine spin is killed (with anything it started) when its time is up, and an engine
 * that is not installed is told apart from one that failed. Output goes to files, not pipes, so a
 * chatty process can never block on a full pipe while we wait for it.
 */
public final class OcrProcess {

  /** What the process printed and how it ended. */
  public record Outcome(int exitCode, String stdout, String stderr) {}

  /** The command does not exist (not installed, wrong path). */
  public static final class Missing extends Exception {
    Missing(String command, Throwable cause) {
      super(command + " is not installed", cause);
    }
  }

  /** The process was still running when its time was up, and was killed. */
  public static final class TimedOut extends Exception {
    TimedOut(Duration limit) {
      super("did not finish within " + limit.toSeconds() + " s");
    }
  }

  private OcrProcess() {}

  public static Outcome run(List<String> command, Duration limit, Path workDir)
      throws Missing, TimedOut, IOException, InterruptedException {
    Path out = Files.createTempFile(workDir, "ocr", ".out");
    Path err = Files.createTempFile(workDir, "ocr", ".err");
    try {
      Process process;
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      // one thread: the server's cores are shared with the imports' own threads and the database
      builder.environment().put("OMP_THREAD_LIMIT", "1");
      try {
        process = builder.start();
      } catch (IOException e) {
        throw new Missing(command.get(0), e);
      }
      try {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
          kill(process);
          throw new TimedOut(limit);
        }
      } catch (InterruptedException e) {
        kill(process);
        throw e;
      }
      return new Outcome(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static void kill(Process process) throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor(5, TimeUnit.SECONDS);
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
