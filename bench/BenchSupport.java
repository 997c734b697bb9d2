import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * What the benchmarks share: signing in, a checked GET, percentiles, a closed-loop load generator
 * with N connections, and the results file that {@code bench/run} turns into the table of
 * docs/PERFORMANCE.md. The programs under bench/ are compiled together by {@code bench/run} (into
 * target/bench/classes), so they can all use this class; to run one alone:
 *
 * <pre>
 * javac -d target/bench/classes -cp "target/classes:target/test-classes:$(cat target/cp.txt)" bench/*.java
 * java -cp "target/bench/classes:target/classes:target/test-classes:$(cat target/cp.txt)" ExportBench ...
 * </pre>
 */
public final class BenchSupport {

  private BenchSupport() {}

  /** Signs in and answers the access token. */
  public static String login(HttpClient http, String base, String email, String password)
      throws IOException, InterruptedException {
    String body = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("login -> " + answer.statusCode() + " " + answer.body());
    }
    return field(answer.body(), "access_token");
  }

  /** The string value of a top-level JSON field (enough for the answers the benchmarks read). */
  public static String field(String json, String name) {
    int at = json.indexOf("\"" + name + "\":\"");
    if (at < 0) return null;
    int start = at + name.length() + 4;
    return json.substring(start, json.indexOf('"', start));
  }

  /** GET base + path with the token; anything but 200 is an error. */
  public static String get(HttpClient http, String base, String token, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(path + " -> " + answer.statusCode() + " " + answer.body());
    }
    return answer.body();
  }

  /** The p-th percentile (nearest rank) of sorted values. */
  public static double pct(List<Double> sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank)));
  }

  public static List<Double> sorted(List<Double> values) {
    List<Double> copy = new ArrayList<>(values);
    Collections.sort(copy);
    return copy;
  }

  public static void report(String name, List<Double> sorted) {
    System.out.printf(
        Locale.ROOT,
        "%-36s n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms%n",
        name,
        sorted.size(),
        pct(sorted, 50),
        pct(sorted, 95),
        pct(sorted, 99),
        sorted.get(sorted.size() - 1));
  }

  /**
   * Records one measurement for the report: a line {@code key=value} appended to the file named by
   * the environment variable BENCH_RESULTS (when set), and printed.
   */
  public static void record(String key, double value) throws IOException {
    String line = String.format(Locale.ROOT, "%s=%.4f%n", key, value);
    System.out.print("RESULT " + line);
    String file = System.getenv("BENCH_RESULTS");
    if (file != null) {
      Files.writeString(
          Path.of(file),
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }

  /** The outcome of a load run: every latency (ms, sorted), errors, requests per second. */
  public record Load(List<Double> millis, long errors, double perSecond, List<String> firstErrors) {}

  /**
   * Closed-loop load: {@code connections} threads, each with its own HTTP/1.1 client (so its own
   * keep-alive connection), send the request {@code next} builds (from the thread's own seeded
   * random and the thread number) and wait for the answer, for the given time. A status of 400 or
   * more, or an exception, counts as an error.
   */
  public static Load load(
      int connections, Duration duration, BiFunction<Random, Integer, HttpRequest> next)
      throws InterruptedException {
    long end = System.nanoTime() + duration.toNanos();
    List<List<Double>> perThread = new ArrayList<>();
    List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < connections; t++) {
      List<Double> mine = new ArrayList<>();
      perThread.add(mine);
      int number = t;
      Thread thread =
          new Thread(
              () -> {
                HttpClient http =
                    HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
                Random random = new Random(1000 + number);
                while (System.nanoTime() < end) {
                  HttpRequest request = next.apply(random, number);
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<byte[]> answer =
                        http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    mine.add((System.nanoTime() - t0) / 1e6);
                    if (answer.statusCode() >= 400) {
                      errors.incrementAndGet();
                      if (firstErrors.size() < 5) {
                        firstErrors.add(
                            request.method()
                                + " "
                                + request.uri().getPath()
                                + " -> "
                                + answer.statusCode()
                                + " "
                                + new String(answer.body(), StandardCharsets.UTF_8));
                      }
                    }
                  } catch (Exception e) {
                    mine.add((System.nanoTime() - t0) / 1e6);
                    errors.incrementAndGet();
                    if (firstErrors.size() < 5) firstErrors.add(e.toString());
                  }
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) thread.join();
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Double> all = new ArrayList<>();
    for (List<Double> mine : perThread) all.addAll(mine);
    Collections.sort(all);
    return new Load(all, errors.get(), all.size() / seconds, firstErrors);
  }

  /** The used heap of the server in bytes, from its Prometheus metrics (-1 when not found). */
  public static long usedHeap(HttpClient http, String base) {
    try {
      String text =
          http.send(
                  HttpRequest.newBuilder(URI.create(base + "/metrics?scope=base"))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      for (String line : text.split("\n")) {
        if (line.startsWith("memory_usedHeap_bytes")) {
          return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
    } catch (Exception e) {
      // the sample is missing; the caller reports -1
    }
    return -1;
  }
}
