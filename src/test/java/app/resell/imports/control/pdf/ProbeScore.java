package app.resell.imports.control.pdf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Scores the parser on probe invoices: every {@code name.pdf} with a {@code name.json} truth
 * (written by a probe script: {@code total} and {@code items} with lot, description, quantity, bid,
 * premium, tax, shipping and optionally fees) in a folder. A lot is exact when every field is; a
 * parsed lot whose id the truth does not have (or has fewer times) is invented.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * app.resell.imports.control.pdf.ProbeScore /tmp/probes/out3 [-v | -expected DIR]}. With {@code
 * -expected}, every layout read exactly (every lot right, none invented) gets its {@code
 * name.expected.json} for the corpus written in DIR from what the parser read: check its header by
 * eye against the source before adding it.
 */
public final class ProbeScore {

  private ProbeScore() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    boolean verbose = args.length > 1 && args[1].equals("-v");
    Path expectedDir = args.length > 2 && args[1].equals("-expected") ? Path.of(args[2]) : null;
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(dir)) {
      pdfs =
          files
              .filter(p -> p.toString().endsWith(".pdf"))
              .filter(p -> Files.exists(truth(p)))
              .sorted()
              .toList();
    }
    int allExact = 0;
    int allLots = 0;
    int allInvented = 0;
    for (Path pdf : pdfs) {
      int[] score = score(pdf, verbose);
      if (expectedDir != null && score[0] == score[1] && score[2] == 0) {
        String name = pdf.getFileName().toString().replaceAll("\\.pdf$", "");
        Files.writeString(
            expectedDir.resolve(name + ".expected.json"),
            expectedJson(new InvoicePdfParser().parse(pdf)));
      }
      allExact += score[0];
      allLots += score[1];
      allInvented += score[2];
    }
    System.out.printf("TOTAL exact %d/%d invented %d%n", allExact, allLots, allInvented);
  }

  private static Path truth(Path pdf) {
    String name = pdf.getFileName().toString();
    return pdf.resolveSibling(name.substring(0, name.length() - 4) + ".json");
  }

  private static int[] score(Path pdf, boolean verbose) throws Exception {
    JsonObject truth;
    try (Reader in = Files.newBufferedReader(truth(pdf));
        JsonReader json = Json.createReader(in)) {
      truth = json.readObject();
    }
    List<JsonObject> expected =
        truth.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    String name = pdf.getFileName().toString();
    ParsedInvoice invoice;
    try {
      invoice = new InvoicePdfParser().parse(pdf);
    } catch (InvoiceReadException refused) {
      System.out.printf(
          "%-40s refused (%s) exact 0/%d invented 0%n",
          name, refused.getMessage(), expected.size());
      return new int[] {0, expected.size(), 0};
    }
    List<InvoiceItem> left = new ArrayList<>(invoice.items());
    int exact = 0;
    List<String> wrong = new ArrayList<>();
    List<JsonObject> missing = new ArrayList<>();
    for (JsonObject want : expected) {
      InvoiceItem got =
          left.stream()
              .filter(i -> Objects.equals(i.lotNumber(), want.getString("lot")))
              .findFirst()
              .orElse(null);
      if (got == null) {
        missing.add(want);
        continue;
      }
      left.remove(got);
      String diff = diff(want, got);
      if (diff.isEmpty()) {
        exact++;
      } else {
        wrong.add(want.getString("lot") + ":" + diff);
      }
    }
    for (JsonObject want : missing) {
      BigDecimal bid = new BigDecimal(want.getString("bid"));
      InvoiceItem got =
          left.stream().filter(i -> i.bid().compareTo(bid) == 0).findFirst().orElse(null);
      if (got == null) {
        wrong.add("missing " + want.getString("lot"));
      } else {
        left.remove(got);
        wrong.add(want.getString("lot") + ": lot " + got.lotNumber() + diff(want, got));
      }
    }
    System.out.printf(
        "%-40s exact %d/%d invented %d totals %s%s%n",
        name,
        exact,
        expected.size(),
        left.size(),
        invoice.totals().matches() ? "match" : "MISMATCH " + invoice.totals().detail(),
        invoice.totals().expected() != null
                && new BigDecimal(truth.getString("total")).compareTo(invoice.totals().expected())
                    == 0
            ? ""
            : " (printed total read " + invoice.totals().expected() + ")");
    if (verbose) {
      wrong.stream().limit(12).forEach(w -> System.out.println("    " + w));
      left.stream().limit(6).forEach(i -> System.out.println("    invented " + i));
    }
    return new int[] {exact, expected.size(), left.size()};
  }

  /** The parse in the format of the corpus's expected files. */
  static String expectedJson(ParsedInvoice invoice) {
    InvoiceHeader h = invoice.header();
    var fees = Json.createObjectBuilder();
    h.fees().forEach((k, v) -> fees.add(k, v.toPlainString()));
    var header =
        Json.createObjectBuilder()
            .add("auctionHouse", text(h.auctionHouse()))
            .add("invoiceNumber", text(h.invoiceNumber()))
            .add("auctionId", text(h.auctionId()))
            .add("invoiceDate", text(h.invoiceDate() == null ? null : h.invoiceDate().toString()))
            .add("bidderNumber", text(h.bidderNumber()))
            .add("premiumRate", text(h.premiumRate()))
            .add("taxRate", text(h.taxRate()))
            .add("subtotal", text(h.subtotal()))
            .add("premiumTotal", text(h.premiumTotal()))
            .add("taxTotal", text(h.taxTotal()))
            .add("feesTotal", text(h.feesTotal()))
            .add("shippingTotal", text(h.shippingTotal()))
            .add("creditsTotal", text(h.creditsTotal()))
            .add("total", text(h.total()))
            .add("fees", fees);
    var items = Json.createArrayBuilder();
    for (InvoiceItem i : invoice.items()) {
      items.add(
          Json.createObjectBuilder()
              .add("lot", i.lotNumber())
              .add("description", i.description())
              .add("quantity", i.quantity())
              .add("bid", i.bid().toPlainString())
              .add("premium", i.premium().toPlainString())
              .add("tax", i.tax().toPlainString())
              .add("shipping", i.shipping().toPlainString())
              .add("fees", i.fees().toPlainString()));
    }
    var adjustments = Json.createArrayBuilder();
    invoice
        .adjustments()
        .forEach(
            a ->
                adjustments.add(
                    Json.createObjectBuilder()
                        .add("description", a.description())
                        .add("amount", a.amount().toPlainString())));
    var skipped = Json.createArrayBuilder();
    invoice
        .skipped()
        .forEach(
            k ->
                skipped.add(
                    Json.createObjectBuilder()
                        .add("lot", k.rawText().strip().split("\\s+")[0])
                        .add("reason", k.reason())));
    TotalsCheck t = invoice.totals();
    var json =
        Json.createObjectBuilder()
            .add("pageCount", invoice.pageCount())
            .add("header", header)
            .add("items", items)
            .add("adjustments", adjustments)
            .add("skipped", skipped)
            .add("rejected", invoice.rejected().size())
            .add(
                "totals",
                Json.createObjectBuilder()
                    .add("matches", t.matches())
                    .add("expected", text(t.expected()))
                    .add("computed", text(t.computed()))
                    .add("difference", text(t.difference())))
            .build();
    var out = new java.io.StringWriter();
    Json.createWriterFactory(Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
        .createWriter(out)
        .write(json);
    return out.toString().strip() + "\n";
  }

  private static JsonValue text(Object value) {
    if (value == null) return JsonValue.NULL;
    String s = value instanceof BigDecimal b ? b.toPlainString() : value.toString();
    return Json.createValue(s);
  }

  private static String diff(JsonObject want, InvoiceItem got) {
    StringBuilder out = new StringBuilder();
    if (!want.getString("description").equals(got.description())) {
      out.append(" desc[").append(got.description()).append("]");
    }
    if (want.getInt("quantity") != got.quantity()) {
      out.append(" qty ").append(got.quantity()).append("!=").append(want.getInt("quantity"));
    }
    money(out, "bid", want, got.bid());
    money(out, "premium", want, got.premium());
    money(out, "tax", want, got.tax());
    money(out, "shipping", want, got.shipping());
    if (want.containsKey("fees")) {
      money(out, "fees", want, got.fees());
    }
    return out.toString();
  }

  private static void money(StringBuilder out, String field, JsonObject want, BigDecimal got) {
    BigDecimal expected = new BigDecimal(want.getString(field));
    if (got == null || expected.compareTo(got) != 0) {
      out.append(' ').append(field).append(' ').append(got).append("!=").append(expected);
    }
  }
}
