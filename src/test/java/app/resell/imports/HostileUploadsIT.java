package app.resell.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile uploads, each sent over HTTP to the real server: every one is answered at once with a
 * problem detail naming what is wrong (never a 500, never a hang), leaves no file behind in the
 * upload directory or the server's temp directory, and the server's heap stays far below its cap.
 */
@ResellIT
class HostileUploadsIT {

  private static final long MB = 1024 * 1024;
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static long highestHeap;

  @TempDir Path work;
  private Set<String> filesBefore;

  @BeforeEach
  void rememberFiles(ResellServer server) throws IOException {
    filesBefore = files(server);
  }

  /** Nothing of a refused upload stays on the server's disk. */
  @AfterEach
  void nothingLeftBehind(ResellServer server, Api api) throws IOException {
    Set<String> left = new TreeSet<>(files(server));
    left.removeAll(filesBefore);
    left.removeIf(name -> name.matches(".*/uploads/[0-9a-f-]{36}\\.[a-z0-9]+")); // accepted ones
    assertThat(left).as("files left in uploads/ and tmp/").isEmpty();
    highestHeap = Math.max(highestHeap, usedHeap(api));
  }

  @AfterAll
  static void reportHeap() {
    System.out.printf("HostileUploadsIT: highest used heap seen %d MB%n", highestHeap / MB);
  }

  @Test
  void aZipBombWorkbookIsRefusedWithin2Seconds(Api api) throws IOException {
    Path bomb =
        HostileFiles.zip(
            work.resolve("bomb.xlsx"),
            HostileFiles.workbook(
                HostileFiles.repeated(
                    HostileFiles.SHEET_START, (byte) ' ', 2048 * MB, HostileFiles.SHEET_END),
                HostileFiles.twoStrings()));
    assertThat(Files.size(bomb)).isLessThan(ResellServer.MAX_BODY_BYTES);
    long start = System.nanoTime();
    JsonPath problem = refused(api, "excel", bomb, "bomb.xlsx", 422, "zip-bomb");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
    assertThat(problem.getString("errors[0].field")).isEqualTo("file");
  }

  @Test
  void aWorkbookOfThousandsOfEntriesIsRefused(Api api) throws IOException {
    Map<String, HostileFiles.Content> parts =
        HostileFiles.workbook(HostileFiles.rows(3), HostileFiles.twoStrings());
    for (int i = 0; i < 1_001; i++) parts.put("xl/media/pad" + i + ".bin", HostileFiles.text("x"));
    Path file = HostileFiles.zip(work.resolve("entries.xlsx"), parts);
    refused(api, "excel", file, "entries.xlsx", 422, "too-many-entries");
  }

  @Test
  void aWorkbookWithTwoPartsOfOneNameIsRefused(Api api) throws IOException {
    Path file = HostileFiles.duplicateSheet(work.resolve("twice.xlsx"));
    refused(api, "excel", file, "twice.xlsx", 422, "duplicate-entry");
  }

  @Test
  void aMillionRowWorkbookIsRefusedBeforeItIsParsed(Api api) throws IOException {
    Path file =
        HostileFiles.zip(
            work.resolve("rows.xlsx"),
            HostileFiles.workbook(HostileFiles.rows(1_048_576), HostileFiles.twoStrings()));
    long start = System.nanoTime();
    JsonPath problem = refused(api, "excel", file, "rows.xlsx", 422, "too-many-rows");
    assertThat((System.nanoTime() - start) / 1_000_000)
        .as("no parse of a million rows")
        .isLessThan(10_000);
    assertThat(problem.getString("detail")).contains("1000000");
  }

  @Test
  void aHugeSharedStringsTableIsRefused(Api api) throws IOException {
    HostileFiles.Content strings =
        out -> {
          out.write(
              "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                  .getBytes(StandardCharsets.UTF_8));
          for (int i = 0; i < 1_500_000; i++) {
            out.write(("<si><t>Lot " + i + " walnut</t></si>").getBytes(StandardCharsets.UTF_8));
          }
          out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        };
    Path file =
        HostileFiles.zip(
            work.resolve("strings.xlsx"), HostileFiles.workbook(HostileFiles.rows(3), strings));
    assertThat(Files.size(file)).isLessThan(ResellServer.MAX_BODY_BYTES);
    refused(api, "excel", file, "strings.xlsx", 422, "shared-strings-too-large");
  }

  @Test
  void htmlNamedXlsxIsUnsupportedMediaType(Api api) throws IOException {
    Path file = work.resolve("report.xlsx");
    Files.writeString(file, "<!DOCTYPE html><html><body><table><tr><td>Item</td></tr></table>");
    refused(api, "excel", file, "report.xlsx", 415, "not-spreadsheet");
  }

  @Test
  void anEmptyFileIsRefused(Api api) throws IOException {
    Path file = Files.createFile(work.resolve("empty.xlsx"));
    JsonPath problem = upload(api, "excel", file, "empty.xlsx", 400);
    assertThat(problem.getString("errors[0].field")).isEqualTo("file");
    Path csv = Files.createFile(work.resolve("empty.csv"));
    upload(api, "csv", csv, "empty.csv", 400);
  }

  @Test
  void aTwoGigabyteBodyIsRefusedBeforeItIsRead(Api api, ResellServer server) throws Exception {
    String boundary = "b" + UUID.randomUUID();
    RawUpload.Answer answer =
        RawUpload.post(
            server.port(),
            "/api/v1/import/excel",
            api.token("staff"),
            "multipart/form-data; boundary=" + boundary,
            2L * 1024 * MB,
            endless(boundary, "big.xlsx"));
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.headers()).containsIgnoringCase("application/problem+json");
    assertThat(answer.millis()).as("answered before the body").isLessThan(2000);
    assertThat(answer.bytesSent()).isLessThan(2L * 1024 * MB);
  }

  @Test
  void aLineOfHalfAGigabyteInACsvIsRefusedWithoutReadingItAll(Api api, ResellServer server)
      throws Exception {
    String boundary = "b" + UUID.randomUUID();
    RawUpload.Answer answer =
        RawUpload.post(
            server.port(),
            "/api/v1/import/csv",
            api.token("staff"),
            "multipart/form-data; boundary=" + boundary,
            -1,
            (out, stop) -> {
              out.write(head(boundary, "file", "line.csv"));
              out.write("Item,Cost\n".getBytes(StandardCharsets.US_ASCII));
              byte[] block = new byte[64 * 1024];
              Arrays.fill(block, (byte) 'a');
              for (long sent = 0; sent < 500 * MB && !stop.get(); sent += block.length) {
                out.write(block);
              }
              out.write(("\n\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            });
    System.out.printf(
        "500 MB line: %d after %d ms, %d MB sent%n",
        answer.status(), answer.millis(), answer.bytesSent() / MB);
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.headers()).containsIgnoringCase("application/problem+json");
    assertThat(answer.bytesSent())
        .as("answered before the whole line was sent")
        .isLessThan(500 * MB);
  }

  @Test
  void aLongLineWithinTheBodyCapIsRefusedAsTooLong(Api api) throws IOException {
    Path file = work.resolve("long.csv");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("Item,Cost\nLamp,".getBytes(StandardCharsets.US_ASCII));
      byte[] block = new byte[1024];
      Arrays.fill(block, (byte) '9');
      for (int i = 0; i < 2048; i++) out.write(block);
      out.write("\n".getBytes(StandardCharsets.US_ASCII));
    }
    JsonPath problem = refused(api, "csv", file, "long.csv", 422, "line-too-long");
    assertThat(problem.getString("detail")).contains("Line 2");
  }

  @Test
  void tenThousandMultipartPartsAreAnsweredWithAProblem(Api api, ResellServer server)
      throws Exception {
    for (String path : List.of("/api/v1/import/csv", "/api/v1/import/batch")) {
      String boundary = "b" + UUID.randomUUID();
      RawUpload.Answer answer =
          RawUpload.post(
              server.port(),
              path,
              api.token("staff"),
              "multipart/form-data; boundary=" + boundary,
              -1,
              (out, stop) -> {
                for (int i = 0; i < 10_000 && !stop.get(); i++) {
                  out.write(head(boundary, "files[]", "f" + i + ".csv"));
                  out.write(("Item\nLamp " + i + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
              });
      System.out.printf(
          "10,000 parts to %s: %d after %d ms%n", path, answer.status(), answer.millis());
      assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(400);
      assertThat(answer.headers()).containsIgnoringCase("application/problem+json");
      assertThat(answer.body()).contains("\"field\":\"file");
      assertThat(answer.millis()).isLessThan(10_000);
    }
  }

  @Test
  void hostileFileNamesAreCleanedAndNeverUsedAsPaths(Api api, ResellServer server)
      throws Exception {
    String rtl = "invoice\u202Egpj.csv";
    String longName = "x".repeat(4096) + ".csv";
    for (String name : List.of("../../../etc/passwd.csv", "evil\u0000.csv", longName, rtl)) {
      String marker = UUID.randomUUID().toString().substring(0, 8);
      String boundary = "b" + UUID.randomUUID();
      byte[] csv = ("Item,Cost\nLamp " + marker + ",5\n").getBytes(StandardCharsets.UTF_8);
      RawUpload.Answer answer =
          RawUpload.post(
              server.port(),
              "/api/v1/import/csv",
              api.token("staff"),
              "multipart/form-data; boundary=" + boundary,
              -1,
              (out, stop) -> {
                out.write(head(boundary, "file", name));
                out.write(csv);
                out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
              });
      assertThat(answer.status()).as(name.length() + ": " + answer.body()).isIn(202, 400);
      if (answer.status() == 400) {
        assertThat(answer.headers()).containsIgnoringCase("application/problem+json");
        continue;
      }
      String jobId = io.restassured.path.json.JsonPath.from(answer.body()).getString("job_id");
      String stored =
          api.as("staff")
              .get("/api/v1/import/status/" + jobId)
              .then()
              .statusCode(200)
              .extract()
              .path("file_name");
      assertThat(stored).doesNotContain("/", "\\", "\u0000", "\u202E", "..");
      assertThat(stored.length()).isLessThanOrEqualTo(200);
      Imports.awaitFinished(api, jobId);
    }
    try (Stream<Path> uploads = Files.list(server.dataDir().resolve("uploads"))) {
      assertThat(uploads.map(p -> p.getFileName().toString()))
          .allMatch(n -> n.matches("[0-9a-f-]{36}\\.[a-z0-9]{1,5}"), "named by job id");
    }
    assertThat(server.dataDir().getParent().resolve("etc")).doesNotExist();
  }

  @Test
  void aTenThousandPagePdfIsRefused(Api api) throws IOException {
    List<HostileFiles.Content> objects = new ArrayList<>();
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < 10_000; i++) kids.append(i + 3).append(" 0 R ");
    objects.add(HostileFiles.text("<< /Type /Catalog /Pages 2 0 R >>"));
    objects.add(HostileFiles.text("<< /Type /Pages /Kids [" + kids + "] /Count 10000 >>"));
    for (int i = 0; i < 10_000; i++) {
      objects.add(HostileFiles.text("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"));
    }
    Path file = HostileFiles.pdf(work.resolve("pages.pdf"), objects);
    JsonPath problem = refused(api, "pdf", file, "pages.pdf", 422, "too-many-pages");
    assertThat(problem.getString("detail")).contains("500 pages");
  }

  @Test
  void aPdfStreamThatInflatesToGigabytesIsRefused(Api api) throws IOException {
    Path file =
        HostileFiles.pdf(
            work.resolve("stream.pdf"),
            List.of(
                HostileFiles.text("<< /Type /Catalog /Pages 2 0 R >>"),
                HostileFiles.text("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                HostileFiles.text(
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"),
                HostileFiles.flateBomb(work.resolve("bomb.bin"), 2048 * MB)));
    assertThat(Files.size(file)).isLessThan(ResellServer.MAX_BODY_BYTES);
    long start = System.nanoTime();
    refused(api, "pdf", file, "stream.pdf", 422, "stream-bomb");
    assertThat((System.nanoTime() - start) / 1_000_000)
        .as("not inflated to its end")
        .isLessThan(10_000);
  }

  @Test
  void aPdfWhosePageTreeLoopsIsRefused(Api api) throws IOException {
    Path file =
        HostileFiles.pdf(
            work.resolve("loop.pdf"),
            List.of(
                HostileFiles.text("<< /Type /Catalog /Pages 2 0 R >>"),
                HostileFiles.text("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                HostileFiles.text("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R] /Count 1 >>"),
                HostileFiles.text("<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] >>")));
    JsonPath problem = refused(api, "pdf", file, "loop.pdf", 422, "corrupt");
    assertThat(problem.getString("detail")).contains("loops");
  }

  @Test
  void theServerIsHealthyAfterHostileUploads(Api api) {
    api.anonymous().get("/health/ready").then().statusCode(200);
  }

  // --- helpers

  private static JsonPath refused(
      Api api, String kind, Path file, String name, int status, String code) {
    JsonPath problem = upload(api, kind, file, name, status);
    assertThat(problem.getString("type")).endsWith("/" + code);
    assertThat(problem.getString("errors[0].field")).isEqualTo("file");
    return problem;
  }

  private static JsonPath upload(Api api, String kind, Path file, String name, int status) {
    return api.as("staff")
        .contentType("multipart/form-data")
        .multiPart(
            new io.restassured.builder.MultiPartSpecBuilder(file.toFile())
                .controlName("file")
                .fileName(name)
                .mimeType(
                    kind.equals("pdf") ? "application/pdf" : kind.equals("csv") ? "text/csv" : XLSX)
                .build())
        .post("/api/v1/import/" + kind)
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .extract()
        .jsonPath();
  }

  private static byte[] head(String boundary, String field, String fileName) {
    return ("--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + field
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A multipart body that would go on for gigabytes; stops when told. */
  private static RawUpload.Body endless(String boundary, String fileName) {
    return (out, stop) -> {
      out.write(head(boundary, "file", fileName));
      byte[] block = new byte[64 * 1024];
      while (!stop.get()) out.write(block);
    };
  }

  private static Set<String> files(ResellServer server) throws IOException {
    Set<String> names = new TreeSet<>();
    for (Path dir : List.of(server.dataDir().resolve("uploads"), server.tmpDir())) {
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> all = Files.walk(dir)) {
        names.addAll(
            all.filter(Files::isRegularFile).map(p -> p.toString()).collect(Collectors.toSet()));
      }
    }
    return names;
  }

  /** The server's used heap from its MicroProfile metrics. */
  private static long usedHeap(Api api) {
    String metrics =
        api.asAdmin()
            .accept("text/plain")
            .get("/metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return metrics
        .lines()
        .filter(l -> l.matches("(base_)?memory_usedHeap_bytes.*"))
        .map(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no heap metric"));
  }
}
