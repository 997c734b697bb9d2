import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * GET /api/v1/inventory/{id} and the bare yardstick GET /api/v1/bench/inventory/{id} (em.find
 * only, enabled by resell.bench.endpoints) with 32 connections and random ids: requests per second
 * and p99, then the item page once more (most ids shown before: repeat views, similar items
 * cached). bench/run uses wrk (bench/item-load-wrk) when it is installed, else this.
 *
 * <p>Usage: ItemLoadBench BASE JDBC EMAIL PASSWORD SECONDS
 */
public class ItemLoadBench {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int seconds = Integer.parseInt(args[4]);
    List<String> ids = WarmUp.ids(args[1], 2000);
    String token = BenchSupport.login(HttpClient.newHttpClient(), base, args[2], args[3]);
    // The item page again after the yardstick: most ids have been shown by then, so their similar
    // items come from the server's cache (repeat views); reported apart, not in the ratio.
    for (String[] run : new String[][] {{"item_get", "/api/v1/inventory/"},
        {"bare_get", "/api/v1/bench/inventory/"}, {"item_get_again", "/api/v1/inventory/"}}) {
      BenchSupport.Load load =
          BenchSupport.load(
              32,
              Duration.ofSeconds(seconds),
              (random, thread) ->
                  HttpRequest.newBuilder(
                          URI.create(base + run[1] + ids.get(random.nextInt(ids.size()))))
                      .header("Authorization", "Bearer " + token)
                      .build());
      BenchSupport.report(run[1], load.millis());
      System.out.printf(Locale.ROOT, "%.0f req/s, %d errors %s%n", load.perSecond(), load.errors(),
          load.firstErrors());
      BenchSupport.record(run[0] + "_rps", load.perSecond());
      BenchSupport.record(run[0] + "_p99", BenchSupport.pct(load.millis(), 99));
      BenchSupport.record(run[0] + "_errors", load.errors());
    }
  }
}
