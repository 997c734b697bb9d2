import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A mixed read/write load on the generated dataset: N connections (32 in bench/run), each sending
 * its next request as soon as the last one answered, for the given seconds. Per 100 requests: 45
 * item pages, 15 searches, 10 filtered and sorted list pages, 5 dashboards, 15 JSON Patch edits of
 * an item (notes and bin), 10 new items. Any answer of 400 or more, or a failed connection, is an
 * error; prints p50/p95/p99 of all requests.
 *
 * <p>Usage: MixedLoadBench BASE JDBC EMAIL PASSWORD SECONDS CONNECTIONS [KEY]; KEY names the
 * recorded figures (default {@code mixed}; bench/run's 64-connection "busy server" run uses {@code
 * busy}). A 503 "busy" counts as an error like any other answer of 400 or more.
 */
public class MixedLoadBench {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int seconds = Integer.parseInt(args[4]);
    int connections = Integer.parseInt(args[5]);
    String key = args.length > 6 ? args[6] : "mixed";
    List<String> ids = WarmUp.ids(args[1], 5000);
    String token = BenchSupport.login(HttpClient.newHttpClient(), base, args[2], args[3]);
    String[] words = {"vase", "Fenton", "sterling", "quilt", "Roseville", "radio", "Lionel", "oak",
        "Noritake", "brooch", "Stanley", "guitar", "Hummel", "walnut", "Pyrex", "coin"};
    String[] categories = {"glass", "pottery", "toys", "silver", "tools", "jewelry", "china", "art"};
    BenchSupport.Load load =
        BenchSupport.load(
            connections,
            Duration.ofSeconds(seconds),
            (random, thread) -> {
              int dice = random.nextInt(100);
              String id = ids.get(random.nextInt(ids.size()));
              HttpRequest.Builder request;
              if (dice < 45) {
                request = HttpRequest.newBuilder(URI.create(base + "/api/v1/inventory/" + id));
              } else if (dice < 60) {
                request = HttpRequest.newBuilder(URI.create(base + "/api/v1/inventory?limit=50&search="
                    + words[random.nextInt(words.length)]));
              } else if (dice < 70) {
                request = HttpRequest.newBuilder(URI.create(base
                    + "/api/v1/inventory?limit=50&sort=value&order=desc&category="
                    + categories[random.nextInt(categories.length)]));
              } else if (dice < 75) {
                request = HttpRequest.newBuilder(URI.create(base + "/api/v1/dashboard"));
              } else if (dice < 90) {
                String patch = "[{\"op\":\"replace\",\"path\":\"/notes\",\"value\":\"checked by "
                    + thread + " at " + System.nanoTime() + "\"},{\"op\":\"replace\","
                    + "\"path\":\"/storage_bin\",\"value\":\"B" + (1 + random.nextInt(12)) + "\"}]";
                request = HttpRequest.newBuilder(URI.create(base + "/api/v1/inventory/" + id))
                    .header("Content-Type", "application/json-patch+json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(patch));
              } else {
                String item = "{\"item_name\":\"Load test " + words[random.nextInt(words.length)]
                    + " lot " + thread + "-" + random.nextInt(1_000_000) + "\",\"category\":\""
                    + categories[random.nextInt(categories.length)] + "\",\"condition\":\"good\","
                    + "\"bid_amount\":\"" + (1 + random.nextInt(200)) + ".50\"}";
                request = HttpRequest.newBuilder(URI.create(base + "/api/v1/inventory"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(item));
              }
              return request.header("Authorization", "Bearer " + token)
                  .timeout(Duration.ofSeconds(30)).build();
            });
    BenchSupport.report(key + " load, " + connections + " connections, all requests", load.millis());
    System.out.printf(Locale.ROOT, "%d requests, %.0f req/s, %d errors %s%n", load.millis().size(),
        load.perSecond(), load.errors(), load.firstErrors());
    BenchSupport.record(key + "_p50", BenchSupport.pct(load.millis(), 50));
    BenchSupport.record(key + "_p99", BenchSupport.pct(load.millis(), 99));
    BenchSupport.record(key + "_rps", load.perSecond());
    BenchSupport.record(key + "_requests", load.millis().size());
    BenchSupport.record(key + "_errors", load.errors());
  }
}
