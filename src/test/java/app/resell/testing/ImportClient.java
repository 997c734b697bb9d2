package app.resell.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A plain-JDK client for the benchmarks under {@code bench/}: signs in, streams a file to an import
 * endpoint (never holding it in memory) and waits for the job to finish, timing the whole.
 */
public final class ImportClient {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String token;

  /** The outcome of one import: its final status report and the seconds from upload to end. */
  public record Outcome(String status, String report, double seconds, double uploadSeconds) {}

  public ImportClient(String base, String email, String password)
      throws IOException, InterruptedException {
    this.base = base;
    String body = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    String answer =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    this.token = field(answer, "access_token");
  }

  /** Uploads {@code file} to {@code /api/v1/import/<kind>} and polls its status until it ends. */
  public Outcome importFile(String kind, Path file, String contentType)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    String jobId = upload(kind, file, contentType);
    double uploaded = (System.nanoTime() - start) / 1e9;
    while (true) {
      Thread.sleep(250);
      String report =
          http.send(
                  HttpRequest.newBuilder(
                          URI.create(base + "/api/v1/import/status/" + jobId + "?items_limit=1"))
                      .header("Authorization", "Bearer " + token)
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      String status = field(report, "status");
      if (!status.equals("pending") && !status.equals("processing")) {
        return new Outcome(status, report, (System.nanoTime() - start) / 1e9, uploaded);
      }
    }
  }

  private String upload(String kind, Path file, String contentType)
      throws IOException, InterruptedException {
    String boundary = "bench" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName()
                + "\"\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/v1/import/" + kind))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> {
                      try {
                        List<InputStream> parts =
                            List.of(
                                new ByteArrayInputStream(head),
                                Files.newInputStream(file),
                                new ByteArrayInputStream(tail));
                        return new SequenceInputStream(Collections.enumeration(parts));
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    }))
            .build();
    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 202) {
      throw new IllegalStateException("upload -> " + answer.statusCode() + " " + answer.body());
    }
    return field(answer.body(), "job_id");
  }

  /** A string field of a flat JSON answer; enough for the few fields read here. */
  public static String field(String json, String name) {
    int at = json.indexOf("\"" + name + "\":\"");
    if (at < 0) throw new IllegalStateException("no " + name + " in " + json);
    int start = at + name.length() + 4;
    return json.substring(start, json.indexOf('"', start));
  }
}
