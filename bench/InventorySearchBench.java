import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import app.resell.inventory.control.ItemFilter;
import app.resell.inventory.control.ItemSearchSql;
import java.sql.PreparedStatement;

/**
 * Latency of GET /api/v1/inventory at 100,000 items: full-text search and filtered, sorted pages.
 *
 * <p>Usage (a running server, e.g. bin/resell run, and its database):
 *
 * <pre>
 * java -cp target/bench/classes:target/classes:target/test-classes:$(cat target/cp.txt) InventorySearchBench \
 *     http://127.0.0.1:8080 jdbc:postgresql://127.0.0.1:5432/resell admin@resell.local PASSWORD 100000 1000
 * </pre>
 *
 * A seventh argument {@code realistic} seeds a wider vocabulary (use a database of its own);
 * {@code dataset} (what bench/run passes) seeds nothing and measures the generated dataset of
 * bench/dataset.sql: searches for words of its own item names, and keyset pages ({@code after=}),
 * each next to the same SQL ({@link ItemSearchSql#page}) run directly over JDBC.
 *
 * <p>Seeds the inventory with generated lots (once: it tops up to the wanted count), warms up, then
 * sends the requests one after another and prints p50, p95 and p99 per kind of request.
 */
public class InventorySearchBench {

  static final String[] MAKERS = {"Roseville", "McCoy", "Fenton", "Pyrex", "Noritake", "Lenox", "Gorham",
      "Hummel", "Lladro", "Stanley", "Singer", "Zenith", "Hot Wheels", "Lionel", "Coach", "Pendleton",
      "Victorian", "Mid-century", "Art Deco", "Depression", "Carnival", "Sterling", "Bakelite", "Tiffany"};
  static final String[] THINGS = {"vase", "bowl", "plate set", "figurine", "tea set", "lamp", "chair",
      "dresser", "quilt", "brooch", "pocket watch", "radio", "camera", "plane", "sewing machine",
      "train set", "handbag", "blanket", "tray", "candlesticks", "mirror", "clock", "book lot", "print"};
  static final String[] CATEGORIES = {"antiques", "art", "books", "ceramics", "china", "clothing",
      "coins", "collectibles", "electronics", "furniture", "glass", "jewelry", "linens", "memorabilia",
      "musical", "pottery", "silver", "stamps", "tools", "toys", "vintage", "other"};

  /**
   * A wider vocabulary, closer to a real inventory: about 60 makers, 80 kinds of things, colours,
   * materials and eras, so a search word matches 1-5% of the items instead of 4-13%.
   */
  static final String[] MORE_MAKERS = {"Roseville", "McCoy", "Fenton", "Pyrex", "Noritake", "Lenox",
      "Gorham", "Hummel", "Lladro", "Stanley", "Singer", "Zenith", "Lionel", "Coach", "Pendleton",
      "Tiffany", "Hull", "Haeger", "Frankoma", "Weller", "Rookwood", "Hall", "Fiesta", "Franciscan",
      "Wedgwood", "Royal Doulton", "Spode", "Limoges", "Imari", "Waterford", "Baccarat", "Orrefors",
      "Blenko", "Anchor Hocking", "Jadeite", "Westmoreland", "Imperial", "Heisey", "Cambridge",
      "Towle", "Reed Barton", "Oneida", "Wallace", "Kirk", "Napier", "Trifari", "Monet", "Sarah Coventry",
      "Eisenberg", "Bulova", "Hamilton", "Elgin", "Waltham", "Seth Thomas", "Ansonia", "Kodak",
      "Polaroid", "Leica", "Marklin", "Tonka", "Matchbox"};
  static final String[] MORE_THINGS = {"vase", "bowl", "plate", "platter", "figurine", "teapot",
      "creamer", "sugar bowl", "lamp", "chair", "stool", "dresser", "mirror", "quilt", "blanket",
      "brooch", "necklace", "bracelet", "earrings", "ring", "pocket watch", "wristwatch", "mantel clock",
      "radio", "camera", "lens", "plane", "chisel", "saw", "wrench", "sewing machine", "train engine",
      "caboose", "handbag", "wallet", "scarf", "tray", "candlesticks", "candelabra", "pitcher",
      "tumbler", "goblet", "decanter", "cake stand", "butter dish", "gravy boat", "tureen", "ladle",
      "serving spoon", "flatware set", "teacup", "saucer", "mug", "cookie jar", "planter", "jardiniere",
      "ewer", "basket", "trinket box", "jewelry box", "music box", "snow globe", "doll", "teddy bear",
      "tin toy", "die-cast car", "board game", "puzzle", "comic book", "record album", "poster",
      "postcard", "map", "print", "painting", "sculpture", "bookends", "inkwell", "fountain pen"};
  static final String[] COLOURS = {"blue", "green", "red", "amber", "amethyst", "cobalt", "pink",
      "white", "black", "ivory", "turquoise", "yellow", "brown", "gold", "silver", "clear", "milk",
      "ruby", "emerald", "lavender"};
  static final String[] MATERIALS = {"porcelain", "stoneware", "earthenware", "crystal", "pressed glass",
      "sterling", "silverplate", "brass", "copper", "pewter", "cast iron", "oak", "walnut", "mahogany",
      "pine", "wool", "cotton", "silk", "leather", "bakelite", "celluloid", "tin", "enamel", "ceramic",
      "marble"};
  static final String[] ERAS = {"Victorian", "Edwardian", "Art Deco", "Art Nouveau", "Mid-century",
      "Depression era", "1950s", "1960s", "1970s", "Colonial", "Federal", "Arts and Crafts",
      "Hollywood Regency", "Atomic", "Retro"};

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String jdbc = args[1];
    int items = Integer.parseInt(args[4]);
    int requests = Integer.parseInt(args[5]);
    if (args.length > 6 && args[6].equals("dataset")) {
      dataset(base, jdbc, args[2], args[3], requests);
      return;
    }
    boolean realistic = args.length > 6 && args[6].equals("realistic");
    if (realistic) seedRealistic(jdbc, items);
    else seed(jdbc, items);
    HttpClient http = HttpClient.newHttpClient();
    String token = BenchSupport.login(http, base, args[2], args[3]);
    Random random = new Random(42);
    List<String> searches = new ArrayList<>();
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      String[] makers = realistic ? MORE_MAKERS : MAKERS;
      String[] things = realistic ? MORE_THINGS : THINGS;
      String word = random.nextBoolean() ? makers[random.nextInt(makers.length)] : things[random.nextInt(things.length)];
      String prefix = word.length() > 4 && random.nextBoolean() ? word.substring(0, 4) : word;
      searches.add("search=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8) + "&limit=50");
      pages.add("category=" + CATEGORIES[random.nextInt(CATEGORIES.length)] + "&sort="
          + (random.nextBoolean() ? "value" : "cost") + "&order=desc&limit=50&page=" + (1 + random.nextInt(5)));
    }
    for (int i = 0; i < 200; i++) get(http, base, token, i % 2 == 0 ? searches.get(i) : pages.get(i));
    BenchSupport.report("search (websearch, prefix, ranked)", measure(http, base, token, searches));
    BenchSupport.report("filtered, sorted page", measure(http, base, token, pages));
  }

  /**
   * The generated dataset: searches for a word (or its first four letters) of the names of items
   * spread over the data, and keyset pages by acquisition date, 20 pages deep from the top; each
   * measured over HTTP, then the same statements (ItemSearchSql.page with the same filter) over
   * JDBC on one connection, as the server's list runs them.
   */
  static void dataset(String base, String jdbc, String email, String password, int requests)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String token = BenchSupport.login(http, base, email, password);
    Random random = new Random(42);
    List<String> names = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(
            "SELECT item_name FROM inventory WHERE sku LIKE 'B-%' ORDER BY sku")) {
      int row = 0;
      while (rs.next()) if (row++ % 257 == 0) names.add(rs.getString(1));
    }
    List<String> words = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      String[] parts = names.get(random.nextInt(names.size())).split("[^A-Za-z]+");
      String word = "";
      for (int k = 0; k < 5 && word.length() < 3; k++) word = parts[random.nextInt(parts.length)];
      if (word.length() < 3) word = "vase";
      words.add(word.length() > 5 && random.nextBoolean() ? word.substring(0, 4) : word);
    }
    List<String> searches = new ArrayList<>();
    for (String w : words) searches.add("search=" + URLEncoder.encode(w, StandardCharsets.UTF_8) + "&limit=50");
    for (int i = 0; i < 100; i++) get(http, base, token, searches.get(i % searches.size()));
    List<Double> search = measure(http, base, token, searches);
    BenchSupport.report("search over HTTP", search);

    // keyset pages: the first page, then after=next_cursor, 20 pages deep, again from the top
    List<String> cursors = new ArrayList<>();
    List<Double> keyset = new ArrayList<>();
    String cursor = null;
    int pages = Math.min(requests, 200);
    for (int i = 0; i < pages + 30; i++) {
      if (i % 20 == 0) cursor = null;
      String query = "limit=50&sort=acquisition_date&order=desc" + (cursor == null ? "" : "&after=" + cursor);
      long start = System.nanoTime();
      String body = BenchSupport.get(http, base, token, "/api/v1/inventory?" + query);
      double ms = (System.nanoTime() - start) / 1e6;
      if (i >= 30 && cursor != null) { // the first 30 warm up; only real keyset pages count
        keyset.add(ms);
        cursors.add(cursor);
      }
      cursor = BenchSupport.field(body, "next_cursor");
    }
    keyset = BenchSupport.sorted(keyset);
    BenchSupport.report("keyset page over HTTP", keyset);

    // filtered, sorted numbered pages with their totals (issue 3's figure at 100k items)
    List<String> filteredPages = new ArrayList<>();
    for (int i = 0; i < Math.min(requests, 300); i++) {
      filteredPages.add("category=" + CATEGORIES[random.nextInt(CATEGORIES.length)] + "&sort="
          + (random.nextBoolean() ? "value" : "cost") + "&order=desc&limit=50&page="
          + (1 + random.nextInt(5)));
    }
    for (int i = 0; i < 30; i++) get(http, base, token, filteredPages.get(i));
    List<Double> filtered = measure(http, base, token, filteredPages);
    BenchSupport.report("filtered, sorted page over HTTP", filtered);
    BenchSupport.record("filtered_p50", BenchSupport.pct(filtered, 50));
    BenchSupport.record("filtered_p95", BenchSupport.pct(filtered, 95));

    List<Double> searchSql = new ArrayList<>();
    List<Double> keysetSql = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
      for (int i = 0; i < 20; i++) { // warms this connection and JVM up, as the server was
        sql(c, filter(null, words.get(i % words.size()), null));
        sql(c, filter(cursors.get(i % cursors.size()), null, "acquisition_date"));
      }
      for (String w : words) searchSql.add(sql(c, filter(null, w, null)));
      for (String k : cursors) keysetSql.add(sql(c, filter(k, null, "acquisition_date")));
    }
    searchSql = BenchSupport.sorted(searchSql);
    keysetSql = BenchSupport.sorted(keysetSql);
    BenchSupport.report("search, same SQL over JDBC", searchSql);
    BenchSupport.report("keyset page, same SQL over JDBC", keysetSql);
    BenchSupport.record("search_p50", BenchSupport.pct(search, 50));
    BenchSupport.record("search_p95", BenchSupport.pct(search, 95));
    BenchSupport.record("search_sql_p50", BenchSupport.pct(searchSql, 50));
    BenchSupport.record("search_sql_p95", BenchSupport.pct(searchSql, 95));
    BenchSupport.record("keyset_p95", BenchSupport.pct(keyset, 95));
    BenchSupport.record("keyset_sql_p95", BenchSupport.pct(keysetSql, 95));
  }

  static ItemFilter filter(String after, String search, String sort) {
    return ItemFilter.parse(null, "50", after, search, null, null, null, null, null, null, null,
        null, null, null, sort, sort == null ? null : "desc");
  }

  /** Runs the list's page statement for the filter and reads every row; answers milliseconds. */
  static double sql(Connection c, ItemFilter filter) throws Exception {
    ItemSearchSql.Statement statement = ItemSearchSql.page(filter, filter.after() == null);
    long start = System.nanoTime();
    try (PreparedStatement st = c.prepareStatement(statement.sql())) {
      for (int i = 0; i < statement.parameters().size(); i++) st.setObject(i + 1, statement.parameters().get(i));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) rs.getString(1);
      }
    }
    return (System.nanoTime() - start) / 1e6;
  }

  static void seed(String jdbc, int wanted) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
        Statement st = c.createStatement()) {
      int have;
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM inventory WHERE deleted_at IS NULL")) {
        rs.next();
        have = rs.getInt(1);
      }
      if (have >= wanted) return;
      String makers = "ARRAY['" + String.join("','", MAKERS) + "']";
      String things = "ARRAY['" + String.join("','", THINGS) + "']";
      st.execute(
          "INSERT INTO inventory (item_name, description, category, condition, quantity, bid_amount,"
              + " buyers_premium, sales_tax, estimated_value, acquisition_date, storage_location, keywords)"
              + " SELECT (" + makers + ")[1 + (g * 7) % " + MAKERS.length + "] || ' ' || (" + things
              + ")[1 + (g * 13) % " + THINGS.length + "] || ' lot ' || g,"
              + " 'Estate lot ' || g || ', ' || (" + things + ")[1 + (g * 3) % " + THINGS.length + "],"
              + " (enum_range(NULL::item_category))[1 + g % 22], (enum_range(NULL::item_condition))[1 + g % 9],"
              + " 1, (g % 500) + 0.50, round(((g % 500) * 0.18)::numeric, 2), round(((g % 500) * 0.07)::numeric, 2),"
              + " (g % 900) + 5, now() - make_interval(days => g % 1000), 'Shelf ' || (g % 40),"
              + " jsonb_build_array('estate', 'lot' || (g % 100))"
              + " FROM generate_series(" + (have + 1) + ", " + wanted + ") g");
      st.execute("ANALYZE inventory");
    }
  }

  static void seedRealistic(String jdbc, int wanted) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
        Statement st = c.createStatement()) {
      int have;
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM inventory WHERE deleted_at IS NULL")) {
        rs.next();
        have = rs.getInt(1);
      }
      if (have >= wanted) return;
      String pick = "(%s)[1 + floor(random() * %d)::int]";
      String makers = pick.formatted(array(MORE_MAKERS), MORE_MAKERS.length);
      String things = pick.formatted(array(MORE_THINGS), MORE_THINGS.length);
      String colours = pick.formatted(array(COLOURS), COLOURS.length);
      String materials = pick.formatted(array(MATERIALS), MATERIALS.length);
      String eras = pick.formatted(array(ERAS), ERAS.length);
      st.execute("SELECT setseed(0.42)");
      st.execute(
          "INSERT INTO inventory (item_name, description, category, condition, quantity, bid_amount,"
              + " buyers_premium, sales_tax, estimated_value, acquisition_date, storage_location, keywords)"
              + " SELECT " + makers + " || ' ' || " + colours + " || ' ' || " + materials + " || ' ' || "
              + things + " || ' ' || g,"
              + " " + eras + " || ' ' || " + things + " || ' from an estate, ' || " + colours + " || ' finish',"
              + " (enum_range(NULL::item_category))[1 + g % 22], (enum_range(NULL::item_condition))[1 + g % 9],"
              + " 1, (g % 500) + 0.50, round(((g % 500) * 0.18)::numeric, 2), round(((g % 500) * 0.07)::numeric, 2),"
              + " (g % 900) + 5, now() - make_interval(days => g % 1000), 'Shelf ' || (g % 40),"
              + " jsonb_build_array('estate', 'lot' || (g % 100))"
              + " FROM generate_series(" + (have + 1) + ", " + wanted + ") g");
      st.execute("ANALYZE inventory");
    }
  }

  static String array(String[] words) {
    return "ARRAY['" + String.join("','", words) + "']";
  }

  static int get(HttpClient http, String base, String token, String query) throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/inventory?" + query))
        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) throw new IllegalStateException(query + " -> " + answer.statusCode() + " " + answer.body());
    return answer.body().length();
  }

  static List<Double> measure(HttpClient http, String base, String token, List<String> queries) throws Exception {
    List<Double> millis = new ArrayList<>();
    for (String q : queries) {
      long start = System.nanoTime();
      get(http, base, token, q);
      millis.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(millis);
    return millis;
  }
}
