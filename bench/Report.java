import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the results file of bench/run into the table at the top of docs/PERFORMANCE.md: figure,
 * reference measured in the same run, ratio, target, met. The targets live here and only here; a
 * missed target is printed as missed, a figure that could not be measured as not measured.
 *
 * <p>Usage: Report RESULTS REPORT_MD [DOC]. Writes the section to REPORT_MD and, when DOC is given,
 * replaces everything of DOC above its "## History and analysis" heading with it. Run metadata
 * (machine, date, commit, command, sizes) comes from BENCH_* environment variables.
 */
public class Report {

  static final String HISTORY = "## History and analysis";

  public static void main(String[] args) throws Exception {
    Map<String, Double> r = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      int eq = line.indexOf('=');
      if (eq > 0) r.put(line.substring(0, eq).trim(), Double.parseDouble(line.substring(eq + 1)));
    }
    String section = section(r);
    Files.writeString(Path.of(args[1]), section, StandardCharsets.UTF_8);
    if (args.length > 2 && !args[2].isBlank()) {
      Path doc = Path.of(args[2]);
      String old = Files.readString(doc, StandardCharsets.UTF_8);
      int at = old.indexOf("\n" + HISTORY + "\n");
      if (at < 0) throw new IllegalStateException(doc + " has no '" + HISTORY + "' heading");
      Files.writeString(doc, "# Performance\n\n" + section + old.substring(at), StandardCharsets.UTF_8);
    }
  }

  static String env(String name) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? "?" : value;
  }

  static int envInt(String name, int otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : Integer.parseInt(value);
  }

  static String section(Map<String, Double> r) {
    int items = envInt("BENCH_ITEMS", 0);
    int csvRows = envInt("BENCH_CSV_ROWS", 0);
    int xlsxRows = envInt("BENCH_XLSX_ROWS", 0);
    int pages = envInt("BENCH_PDF_PAGES", 0);
    int mixedSeconds = envInt("BENCH_MIXED_S", 0);
    List<String[]> rows = new ArrayList<>();

    String csvName = String.format(Locale.ROOT, "CSV import of %,d rows through the batch job%s",
        csvRows, csvRows == 1_000_000 ? "" : " (**the target is for 1,000,000 rows**; this run used "
            + String.format(Locale.ROOT, "%,d", csvRows) + ")");
    rows.add(ratioRow(r, csvName, "csv_import_rows_s", "rows/s", "`COPY` of the same rows into"
        + " `inventory` (as `psql \\copy`)", "csv_copy_rows_s", 0.5, true));
    rows.add(ratioRow(r, String.format(Locale.ROOT, "xlsx import of %,d rows", xlsxRows),
        "xlsx_import_rows_s", "rows/s", "POI SAX read of the file alone", "xlsx_sax_rows_s", 0.4,
        true));
    {
      Double l = r.get("sales_import_lines_s"), n = r.get("sales_import_lines");
      rows.add(new String[] {String.format(Locale.ROOT, "eBay orders report import of %,.0f lines"
              + " (all matched by SKU and recorded)", n == null ? 50_000.0 : n),
          l == null ? "not measured" : String.format(Locale.ROOT, "%,.0f lines/s", l), "—", "—",
          "≥ 2,000 lines/s for 50,000 lines (issue 18)", met(l == null ? null : l >= 2000)});
    }
    rows.add(ratioRow(r, pages + "-page invoice PDF import, end to end", "pdf_import_s", "s",
        "PDFBox text extraction of the file alone", "pdf_extract_s", 5, false));
    {
      Double p50 = r.get("search_p50"), p95 = r.get("search_p95");
      Double s50 = r.get("search_sql_p50"), s95 = r.get("search_sql_p95");
      Double ratio = p95 == null || s95 == null ? null : p95 / s95;
      rows.add(new String[] {"`GET /inventory?search=` p50 / p95",
          p50 == null ? "not measured" : fmt(p50) + " / " + fmt(p95) + " ms",
          s50 == null ? "not measured" : "the same SQL over JDBC: " + fmt(s50) + " / " + fmt(s95) + " ms",
          ratio == null ? "—" : fmt(ratio) + "× (p95)", "p95 < 50 ms at 100k (issue 3); p95 ≤ 1.3× its SQL",
          p95 == null ? met(null) : met(p95 < 50) + "; " + met(ratio == null ? null : ratio <= 1.3)});
    }
    {
      Double p95 = r.get("keyset_p95"), sql = r.get("keyset_sql_p95");
      rows.add(new String[] {"`GET /inventory` keyset page (`after=`) p95",
          p95 == null ? "not measured" : fmt(p95) + " ms",
          sql == null ? "not measured" : "the same SQL over JDBC: " + fmt(sql) + " ms",
          p95 == null || sql == null ? "—" : fmt(p95 / sql) + "×", "< 10 ms",
          met(p95 == null ? null : p95 < 10)});
    }
    {
      Double p50 = r.get("filtered_p50"), p95 = r.get("filtered_p95");
      rows.add(new String[] {"`GET /inventory?category=&sort=value|cost` page 1-5 p50 / p95",
          p50 == null ? "not measured" : fmt(p50) + " / " + fmt(p95) + " ms", "—", "—",
          "p95 < 30 ms at 100k", met(p95 == null ? null : p95 < 30)});
    }
    {
      Double p95 = r.get("dashboard_p95");
      rows.add(new String[] {"`GET /dashboard` p95", p95 == null ? "not measured" : fmt(p95) + " ms",
          "—", "—", "< 50 ms with 100,000 items and 150,000 listings (issue 7)",
          met(p95 == null ? null : p95 < 50)});
    }
    {
      Double sale = r.get("rollup_sale_p50_ms"), max = r.get("rollup_sale_max_ms");
      Double full = r.get("rollup_full_ms");
      rows.add(new String[] {"Dashboard roll-up refresh after one sale: p50, slowest (`RollupBench`)",
          sale == null ? "not measured" : fmt(sale) + " ms, " + fmt(max) + " ms",
          full == null ? "not measured" : "full recompute of the same roll-ups: " + fmt(full) + " ms",
          sale == null || full == null ? "—" : fmt(sale / full) + "×",
          "< 200 ms at 1M (issue 21)", met(max == null ? null : max < 200)});
    }
    rows.add(ratioRow(r, String.format(Locale.ROOT, "CSV export of %,d items", items),
        "csv_export_rows_s", "rows/s", "`COPY (<the export's query>) TO STDOUT CSV`",
        "copy_export_rows_s", 0.5, true));
    {
      Double x = r.get("xlsx_export_rows_s"), poi = r.get("poi_export_rows_s");
      Double heap = r.get("xlsx_export_heap_mb");
      Double ratio = x == null || poi == null ? null : x / poi;
      rows.add(new String[] {String.format(Locale.ROOT, "xlsx export of %,d items; server heap", items),
          x == null ? "not measured" : fmt(x) + " rows/s; heap max "
              + (heap == null || heap <= 0 ? "not measured" : fmt(heap) + " MB used"),
          poi == null ? "not measured" : "POI SXSSF writing the same rows from a JDBC cursor: "
              + fmt(poi) + " rows/s",
          ratio == null ? "—" : fmt(ratio) + "×", "≥ 0.8×, heap ≤ 512 MB",
          met(ratio == null || heap == null || heap <= 0 ? null : ratio >= 0.8 && heap <= 512)});
    }
    {
      Double rps = r.get("item_get_rps"), p99 = r.get("item_get_p99"), errors = r.get("item_get_errors");
      Double bare = r.get("bare_get_rps"), bareP99 = r.get("bare_get_p99");
      Double ratio = rps == null || bare == null ? null : rps / bare;
      rows.add(new String[] {"`GET /inventory/{id}`, 32 connections: req/s, p99",
          rps == null ? "not measured" : fmt(rps) + " req/s, p99 " + fmt(p99) + " ms"
              + (errors != null && errors > 0 ? ", **" + count(errors) + " errors**" : ""),
          bare == null ? "not measured" : "bare JAX-RS `em.find` endpoint: " + fmt(bare)
              + " req/s, p99 " + fmt(bareP99) + " ms",
          ratio == null ? "—" : fmt(ratio) + "×", "≥ 0.7×, p99 < 30 ms",
          met(ratio == null ? null : ratio >= 0.7 && p99 < 30 && (errors == null || errors == 0))});
    }
    {
      Double p = r.get("classifier_per_s");
      rows.add(new String[] {"Classifier predictions per second (one thread, in process)",
          p == null ? "not measured" : fmt(p), "—", "—", "≥ 1,000", met(p == null ? null : p >= 1000)});
    }
    rows.add(ratioRow(r, String.format(Locale.ROOT, "`bin/resell backup` at %,d items (checked archive)",
        items), "backup_s", "s", "`pg_dump` of the same database alone, plus a copy of the same files",
        "backup_ref_s", 1.5, false));
    rows.add(ratioRow(r, "`bin/resell restore` of that backup (checked, then proved)", "restore_s", "s",
        "`pg_restore` of the same dump alone, plus a copy of the same files", "restore_ref_s", 1.5,
        false));
    rows.add(ratioRow(r, "Server boot to `/health/ready`", "boot_s", "s",
        "bare Payara Micro, nothing deployed, to its first HTTP answer", "bare_boot_s", 3, false));
    {
      Double p99 = r.get("mixed_p99"), errors = r.get("mixed_errors"), n = r.get("mixed_requests");
      Double rps = r.get("mixed_rps");
      rows.add(new String[] {String.format(Locale.ROOT,
              "Mixed read/write load, %d s, 32 connections, %,d items: p99, errors", mixedSeconds, items),
          p99 == null ? "not measured" : "p99 " + fmt(p99) + " ms, " + count(errors) + " errors in "
              + count(n) + " requests (" + fmt(rps) + " req/s)",
          "—", "—", "no errors (p99 recorded)", met(errors == null ? null : errors == 0)});
    }
    {
      Double p99 = r.get("busy_p99"), errors = r.get("busy_errors"), n = r.get("busy_requests");
      Double rps = r.get("busy_rps");
      rows.add(new String[] {String.format(Locale.ROOT,
              "Busy server: mixed load, 60 s, 64 connections, %,d items: p99, errors", items),
          p99 == null ? "not measured" : "p99 " + fmt(p99) + " ms, " + count(errors) + " errors in "
              + count(n) + " requests (" + fmt(rps) + " req/s)",
          "—", "—", "no errors, p99 < 2,000 ms",
          met(errors == null ? null : errors == 0 && p99 < 2000)});
    }

    StringBuilder md = new StringBuilder();
    md.append("## Latest run of `bench/run`\n\n");
    md.append("Written by `bench/run` (do not edit by hand: the next run replaces this section).\n\n");
    md.append("- Date: ").append(env("BENCH_DATE")).append("; commit `").append(env("BENCH_COMMIT"))
        .append("`\n");
    md.append("- Machine: ").append(env("BENCH_CPU")).append(", ").append(env("BENCH_CORES"))
        .append(" cores, ").append(env("BENCH_RAM_GB")).append(" GB RAM; load average before / after: ")
        .append(env("BENCH_LOAD")).append("\n");
    md.append("- Software: ").append(env("BENCH_JAVA")).append("; PostgreSQL ").append(env("BENCH_PG"))
        .append(" (local); Payara Micro from `target/resell.jar`, `-Xmx1g`\n");
    md.append("- Command: `").append(env("BENCH_COMMAND")).append("` (from the repository root)\n");
    Double listings = r.get("dataset_listings"), sales = r.get("dataset_sales");
    md.append(String.format(Locale.ROOT, "- Data: %,d generated items", items))
        .append(listings == null ? "" : String.format(Locale.ROOT, ", %,.0f listings, %,.0f sales",
            listings, sales))
        .append(" (`bench/dataset.sql`), then the imports below add their rows\n\n");
    md.append("| Figure | Measured | Reference (same run, same data) | Ratio | Target | Met? |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (String[] row : rows) md.append("| ").append(String.join(" | ", row)).append(" |\n");
    md.append("""

        How each figure is taken (details in the program named):

        - Dataset: `bench/dataset.sql`, one seeded `random()` stream in SQL (`generate_series`, no
          API): auction-lot names and descriptions for each of the 22 categories, acquisition dates
          over the last 10 years, about 70% of the items listed on one to three of seven platforms,
          about 40% sold (sales through the real `sales` triggers), then `VACUUM ANALYZE`. The server
          is then restarted on it (that start is the boot figure) and warmed up for 60 s with the
          requests measured below (`WarmUp`); classifier training at start-up is off.
        - CSV and xlsx imports (`CsvImportBench`, `XlsxImportBench`): upload to
          `POST /import/csv|excel` until the job's end; `COPY` loads the same rows as a clean CSV into
          the same table (all indexes) and is deleted again before the import; the xlsx yardstick
          reads every cell with POI's SAX event API (best of 3).
        - Invoice PDF (`InvoicePdfBench`): a generated invoice (45 lots a page), upload to job end,
          against `PDFTextStripper` (sorted by position) on the same file.
        - Sales report import (`SalesImportBench`): an eBay Orders report (blank first line, the
          trailer) of one line per dataset item with a SKU and a unit left, each selling one unit
          by its Custom Label; upload to job end, polling the status every 250 ms.
        - Search and keyset pages (`InventorySearchBench ... dataset`): requests one after another,
          words taken from the dataset's item names; the reference runs `ItemSearchSql.page` with the
          same filter over JDBC (the server's list SQL, without loading entities or writing JSON).
        - Dashboard (`DashboardBench`): all time, last 30 and last 365 days in turn, after the
          roll-ups are current.
        - Roll-up refresh (`RollupBench`): in a transaction rolled back at its end, one sale of
          a random active listing (the real triggers), then `analytics_refresh()` timed alone
          (20 samples); the reference marks every day changed and times the same refresh.
        - Exports (`ExportBench`): the whole inventory, default 102 columns, body read to the end;
          heap: the server's `memory_usedHeap_bytes{mp_scope="base"}` (`/metrics`) sampled every 200 ms during
          the xlsx export (used heap, garbage included, under `-Xmx1g`).
        - Item page under load (`bench/item-load-wrk`: wrk, 2 threads, 32 connections, 30 s; without
          wrk `ItemLoadBench`): random ids of the dataset; the yardstick
          `GET /api/v1/bench/inventory/{id}` is `em.find` plus the item's JSON in the same WAR,
          enabled only by `resell.bench.endpoints=true` (404 otherwise).
        - Classifier (`ClassifierBench`): `ClassifierModel.predict` in process, one thread.
        - Boot: seconds from `java -jar` to the first 200 of `/health/ready` (Resell, on the
          generated database) and to the first HTTP answer of bare Payara Micro.
        - Mixed load (`MixedLoadBench`): 32 connections, each sending its next request when the last
          answered: 45% item pages, 15% searches, 10% filtered pages, 5% dashboards, 15% JSON Patch
          edits, 10% new items; any status ≥ 400 or failed connection is an error.

        Figures from a 2-core machine shared with other work vary from run to run; compare the ratio
        with its reference more than the absolute numbers.

        """);
    return md.toString();
  }

  static String[] ratioRow(Map<String, Double> r, String name, String key, String unit,
      String refName, String refKey, double target, boolean atLeast) {
    Double value = r.get(key), ref = r.get(refKey);
    Double ratio = value == null || ref == null ? null : atLeast ? value / ref : value / ref;
    return new String[] {name, value == null ? "not measured" : fmt(value) + " " + unit,
        ref == null ? "not measured" : refName + ": " + fmt(ref) + " " + unit,
        ratio == null ? "—" : fmt(ratio) + "×", (atLeast ? "≥ " : "≤ ") + fmt(target) + "×",
        met(ratio == null ? null : atLeast ? ratio >= target : ratio <= target)};
  }

  static String met(Boolean met) {
    return met == null ? "not measured" : met ? "yes" : "**no**";
  }

  static String count(Double v) {
    return v == null ? "?" : String.format(Locale.ROOT, "%,.0f", v);
  }

  static String fmt(double v) {
    if (Math.abs(v) >= 100) return String.format(Locale.ROOT, "%,.0f", v);
    if (Math.abs(v) >= 10) return String.format(Locale.ROOT, "%.1f", v);
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
