package app.resell.imports.control;

import app.resell.imports.control.batch.ImportItem;
import app.resell.imports.control.batch.InvoiceLineProcessor;
import app.resell.imports.control.batch.InvoiceLineReader;
import app.resell.imports.control.batch.ItemClassification;
import app.resell.imports.control.pdf.ParsedInvoice;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.JsonMapping;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The {@code ocr} part of a scanned invoice's import: the lines OCR read, each priced at its whole
 * cost and with its confidence, waiting for the user's confirmation. The import job keeps them in
 * its result, so what the user confirms is exactly what was shown; a correction names a line by
 * {@code source_row} and replaces the fields it gives ({@link Correction}).
 */
public final class OcrReview {

  private OcrReview() {}

  /** A user's correction of one line; null fields keep what OCR read. */
  public static class Correction {
    public Integer sourceRow;
    public Boolean exclude;
    public String lotNumber;
    public String itemName;
    public String category;
    public String condition;
    public Integer quantity;
    public BigDecimal bidAmount;
    public BigDecimal buyersPremium;
    public BigDecimal salesTax;
    public BigDecimal shippingCost;
    public BigDecimal otherFees;
  }

  /**
   * The review of a scan: pages, mean confidence, whether it waits, where to confirm, the lines.
   */
  public static JsonObject of(ParsedInvoice invoice, List<ImportItem> items, String confirmUrl) {
    JsonArrayBuilder lines = JsonMapping.json().createArrayBuilder();
    for (ImportItem i : items) lines.add(line(i, invoice.ocrConfidence(i.sourceLine())));
    double mean =
        invoice.ocrConfidence().values().stream()
            .mapToDouble(Double::doubleValue)
            .average()
            .orElse(0);
    JsonObjectBuilder ocr =
        JsonMapping.json()
            .createObjectBuilder()
            .add("engine", "tesseract")
            .add("pages", invoice.pageCount())
            .add("confidence", BigDecimal.valueOf(mean).setScale(2, RoundingMode.HALF_UP))
            .add("awaiting_confirmation", true);
    if (confirmUrl != null) ocr.add("confirm_url", confirmUrl);
    return ocr.add("lines", lines).build();
  }

  /** A line as the review shows and keeps it: the item's fields under the inventory's names. */
  static JsonObject line(ImportItem i, Double confidence) {
    BigDecimal total = ImportReport.Item.totalCost(i);
    JsonObjectBuilder b =
        JsonMapping.json()
            .createObjectBuilder()
            .add("source_row", i.sourceLine())
            .add("lot_number", text(i.lotNumber()))
            .add("item_name", i.itemName())
            .add("description", text(i.description()))
            .add("category", i.category().value())
            .add("condition", i.condition().value())
            .add("needs_review", i.needsReview())
            .add("quantity", i.quantity())
            .add("bid_amount", i.bidAmount())
            .add("buyers_premium", i.buyersPremium())
            .add("sales_tax", i.salesTax())
            .add("shipping_cost", i.shippingCost())
            .add("other_fees", i.otherFees())
            .add("total_cost", total)
            .add("cost_per_item", ImportReport.Item.costPerItem(total, i.quantity()))
            .add("raw_text", text(i.rawText()))
            .add("auto_categorized", i.autoCategorized());
    if (confidence != null) b.add("ocr_confidence", confidence);
    if (i.categoryConfidence() != null) b.add("category_confidence", i.categoryConfidence());
    if (i.conditionConfidence() != null) b.add("condition_confidence", i.conditionConfidence());
    return b.build();
  }

  /** The item a reviewed line becomes, with the user's correction (or none) applied. */
  static ImportItem item(
      JsonObject line, Correction fix, InvoiceLineReader.InvoiceContext invoice) {
    Correction c = fix == null ? new Correction() : fix;
    int row = line.getInt("source_row");
    String name = c.itemName != null ? c.itemName.strip() : line.getString("item_name");
    if (name.isEmpty()) throw ProblemException.invalid("lines", "line " + row + " has no name");
    Category category =
        c.category == null
            ? Category.parse(line.getString("category")).orElseThrow()
            : Category.parse(c.category)
                .orElseThrow(
                    () ->
                        ProblemException.notOneOf(
                            "category", c.category, Category.allowedValues()));
    Condition condition =
        c.condition == null
            ? Condition.parse(line.getString("condition")).orElseThrow()
            : Condition.parse(c.condition)
                .orElseThrow(
                    () ->
                        ProblemException.notOneOf(
                            "condition", c.condition, Condition.allowedValues()));
    int quantity = c.quantity != null ? c.quantity : line.getInt("quantity");
    if (quantity < 1) throw ProblemException.invalid("quantity", "line " + row + ": at least 1");
    boolean corrected = c.category != null || c.condition != null;
    String description = blankToNull(line.getString("description", ""));
    return InvoiceLineProcessor.lot(
        invoice,
        row,
        line.getString("raw_text", ""),
        c.lotNumber != null
            ? blankToNull(c.lotNumber.strip())
            : blankToNull(line.getString("lot_number", "")),
        name,
        name.equals(description) ? null : description,
        new ItemClassification.Outcome(
            category,
            condition,
            !corrected && line.getBoolean("auto_categorized", false),
            !corrected && line.getBoolean("needs_review", false),
            number(line, "category_confidence"),
            number(line, "condition_confidence")),
        quantity,
        List.of(
            money(row, "bid_amount", c.bidAmount, line),
            money(row, "buyers_premium", c.buyersPremium, line),
            money(row, "sales_tax", c.salesTax, line),
            money(row, "shipping_cost", c.shippingCost, line),
            c.otherFees != null
                ? c.otherFees.setScale(2, RoundingMode.HALF_UP)
                : amount(line, "other_fees")));
  }

  /** An amount the user gave (never negative) or the one read. */
  private static BigDecimal money(int row, String field, BigDecimal given, JsonObject line) {
    if (given == null) return amount(line, field);
    if (given.signum() < 0) {
      throw ProblemException.invalid(field, "line " + row + ": must not be negative");
    }
    return given.setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal amount(JsonObject line, String field) {
    JsonValue v = line.get(field);
    return v instanceof JsonNumber n ? n.bigDecimalValue() : BigDecimal.ZERO.setScale(2);
  }

  private static Double number(JsonObject line, String field) {
    JsonValue v = line.get(field);
    return v instanceof JsonNumber n ? n.doubleValue() : null;
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
