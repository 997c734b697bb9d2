package app.resell.imports.control.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OCR engine runs as a process of its own, with a time limit, and may not be installed. */
class OcrProcessTest {

  @TempDir Path dir;

  @Test
  void returnsWhatTheProcessPrinted() throws Exception {
    OcrProcess.Outcome out =
        OcrProcess.run(
            List.of("sh", "-c", "echo words; echo trouble >&2; exit 3"),
            Duration.ofSeconds(10),
            dir);

    assertThat(out.exitCode()).isEqualTo(3);
    assertThat(out.stdout()).isEqualTo("words\n");
    assertThat(out.stderr()).isEqualTo("trouble\n");
  }

  @Test
  void killsAProcessThatOutlivesItsTimeLimit() {
    long start = System.nanoTime();

    assertThatThrownBy(() -> OcrProcess.run(List.of("sleep", "30"), Duration.ofMillis(300), dir))
        .isInstanceOf(OcrProcess.TimedOut.class)
        .hasMessageContaining("did not finish");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void killsWhatTheProcessStartedToo() throws Exception {
    Path marker = dir.resolve("child.pid");
    assertThatThrownBy(
            () ->
                OcrProcess.run(
                    List.of("sh", "-c", "sleep 30 & echo $! > " + marker + "; wait"),
                    Duration.ofMillis(500),
                    dir))
        .isInstanceOf(OcrProcess.TimedOut.class);
    long child = Long.parseLong(java.nio.file.Files.readString(marker).strip());
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> ProcessHandle.of(child).map(h -> !h.isAlive()).orElse(true));
  }

  @Test
  void tellsAMissingCommandApart() {
    assertThatThrownBy(
            () ->
                OcrProcess.run(
                    List.of("/nonexistent/tesseract", "--version"), Duration.ofSeconds(5), dir))
        .isInstanceOf(OcrProcess.Missing.class)
        .hasMessageContaining("/nonexistent/tesseract is not installed");
  }

  @Test
  void leavesNoFilesBehind() throws Exception {
    OcrProcess.run(List.of("true"), Duration.ofSeconds(5), dir);
    try (var files = java.nio.file.Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
