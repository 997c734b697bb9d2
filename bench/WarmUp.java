import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;


/**
 * JIT warm-up before the measured runs of bench/run: for the given seconds, 4 connections send the
 * requests the benchmarks measure (searches, filtered and keyset pages, item pages, the bare item
 * endpoint, the dashboard, small filtered CSV and xlsx exports), so the server's hot paths are
 * compiled before anything is timed.
 *
 * <p>Usage: WarmUp BASE JDBC EMAIL PASSWORD SECONDS
 */
public class WarmUp {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int seconds = Integer.parseInt(args[4]);
    List<String> ids = ids(args[1], 2000);
    String token =
        BenchSupport.login(java.net.http.HttpClient.newHttpClient(), base, args[2], args[3]);
    String[] words = {"vase", "Fenton", "sterling", "quilt", "Roseville", "radio", "Lionel", "oak"};
    String[] categories = {"glass", "pottery", "toys", "silver", "tools", "jewelry", "china"};
    BenchSupport.Load load =
        BenchSupport.load(
            4,
            Duration.ofSeconds(seconds),
            (random, thread) -> {
              String path =
                  switch (random.nextInt(20)) {
                    case 0, 1, 2 ->
                        "/api/v1/inventory?limit=50&search=" + words[random.nextInt(words.length)];
                    case 3, 4 ->
                        "/api/v1/inventory?limit=50&sort=value&order=desc&category="
                            + categories[random.nextInt(categories.length)];
                    case 5 -> "/api/v1/inventory?limit=50&sort=acquisition_date&order=desc";
                    case 6, 7, 8, 9 -> "/api/v1/inventory/" + ids.get(random.nextInt(ids.size()));
                    case 10, 11, 12 ->
                        "/api/v1/bench/inventory/" + ids.get(random.nextInt(ids.size()));
                    case 13, 14 -> "/api/v1/dashboard";
                    case 15 ->
                        "/api/v1/export/excel?format=csv&search="
                            + words[random.nextInt(words.length)];
                    case 16 ->
                        "/api/v1/export/excel?format=xlsx&search="
                            + words[random.nextInt(words.length)];
                    default -> "/api/v1/inventory?limit=50&page=" + (1 + random.nextInt(20));
                  };
              return HttpRequest.newBuilder(URI.create(base + path))
                  .header("Authorization", "Bearer " + token)
                  .build();
            });
    System.out.printf(
        "warm-up: %d requests in %d s, %d errors %s%n",
        load.millis().size(), seconds, load.errors(), load.firstErrors());
  }

  /** Lot ids of the generated dataset, spread over it. */
  static List<String> ids(String jdbc, int wanted) throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT lot_id FROM inventory WHERE deleted_at IS NULL ORDER BY sku, lot_id")) {
      List<String> all = new ArrayList<>();
      while (rs.next()) all.add(rs.getString(1));
      int step = Math.max(1, all.size() / wanted);
      for (int i = 0; i < all.size(); i += step) ids.add(all.get(i));
    }
    return ids;
  }

}
