package app.resell.imports.control.pdf;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The invoice-level amounts chosen from the summary lines. When a kind is printed more than once (a
 * subtotal per page, the total repeated in a box at the top) the one printed after the last lot
 * wins, then the first; totals prefer "grand total" over "total due" over "total", then a balance
 * (with the deposits and payments printed beside it added back), then the amount paid. A "total
 * fees" or "total credits" line is the printed total of the lines above it, never one more fee or
 * credit. Shipping, packing, crating, handling and delivery are item cost and kept apart from the
 * fees that stay on the invoice; {@code fees} lists both by their printed label, as the invoice
 * view shows them.
 */
record InvoiceAmounts(
    BigDecimal subtotal,
    BigDecimal premiumTotal,
    BigDecimal taxTotal,
    Map<String, BigDecimal> fees,
    BigDecimal feesTotal,
    BigDecimal shippingTotal,
    BigDecimal printedCreditsTotal,
    BigDecimal total) {

  private static final Pattern TOTAL = Pattern.compile("(?i)\\btotal");
  private static final Pattern TOTAL_WORD_ONLY = Pattern.compile("(?i)\\btotal\\b");

  static InvoiceAmounts of(List<LineItemReader.Summary> summaries, int itemCount) {
    Map<String, BigDecimal> fees = new LinkedHashMap<>();
    BigDecimal printedFeesTotal = null;
    for (LineItemReader.Summary s : summaries) {
      if (s.kind() != SummaryLabel.FEE) continue;
      if (TOTAL.matcher(s.label()).find()) printedFeesTotal = s.amount();
      else fees.merge(label(s.label()), s.amount(), BigDecimal::add);
    }
    BigDecimal feesTotal =
        fees.isEmpty()
            ? printedFeesTotal
            : fees.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (fees.isEmpty() && printedFeesTotal != null) fees.put("Fees", printedFeesTotal);
    BigDecimal shippingTotal = null;
    for (LineItemReader.Summary s : summaries) {
      if (s.kind() != SummaryLabel.SHIPPING) continue;
      if (TOTAL_WORD_ONLY.matcher(s.label()).find() && shippingTotal != null) continue;
      shippingTotal = shippingTotal == null ? s.amount() : shippingTotal.add(s.amount());
      fees.merge(label(s.label()), s.amount(), BigDecimal::add);
    }
    BigDecimal credits =
        pick(summaries, SummaryLabel.CREDIT, itemCount)
            .map(LineItemReader.Summary::amount)
            .map(a -> a.abs().negate())
            .orElse(null);
    BigDecimal total =
        summaries.stream()
            .filter(s -> s.kind() == SummaryLabel.TOTAL)
            .max(
                Comparator.comparingInt(
                        (LineItemReader.Summary s) -> SummaryLabel.totalRank(s.label()))
                    .thenComparing(s -> s.itemsBefore() == itemCount)
                    .thenComparing(s -> -s.line()))
            .map(LineItemReader.Summary::amount)
            .or(() -> balancePlusPayments(summaries, itemCount))
            .or(() -> pick(summaries, SummaryLabel.PAYMENT, itemCount).map(s -> s.amount().abs()))
            .orElse(null);
    return new InvoiceAmounts(
        subtotal(summaries, itemCount),
        amount(summaries, SummaryLabel.PREMIUM, itemCount),
        taxes(summaries, itemCount),
        fees,
        feesTotal,
        shippingTotal,
        credits,
        total);
  }

  /**
   * Without a printed total, the balance is what is left after the deposits and payments printed
   * with it ("Deposit paid -100.00 / Balance due 586.70"): the invoice's total is the balance plus
   * those payments.
   */
  private static Optional<BigDecimal> balancePlusPayments(
      List<LineItemReader.Summary> summaries, int itemCount) {
    return pick(summaries, SummaryLabel.BALANCE, itemCount)
        .map(
            balance ->
                summaries.stream()
                    .filter(s -> s.kind() == SummaryLabel.PAYMENT)
                    .map(s -> s.amount().abs())
                    .reduce(balance.amount(), BigDecimal::add));
  }

  /**
   * The subtotal. Lots grouped under headings with a subtotal per group ("Subtotal - Lighting"
   * between the lots) print the last group's right after the last lot: of two subtotals printed
   * there, the second is the invoice's.
   */
  private static BigDecimal subtotal(List<LineItemReader.Summary> summaries, int itemCount) {
    List<LineItemReader.Summary> subtotals =
        summaries.stream().filter(s -> s.kind() == SummaryLabel.SUBTOTAL).toList();
    boolean grouped =
        subtotals.stream().anyMatch(s -> s.itemsBefore() > 0 && s.itemsBefore() < itemCount);
    List<LineItemReader.Summary> after =
        subtotals.stream().filter(s -> s.itemsBefore() == itemCount).toList();
    if (grouped && after.size() >= 2) return after.get(1).amount();
    return amount(summaries, SummaryLabel.SUBTOTAL, itemCount);
  }

  /**
   * The tax, or the sum of the taxes printed one under the other after the last lot with different
   * labels and none of them a total ("GST 5%" and "PST 7%", "State tax" and "County tax").
   */
  private static BigDecimal taxes(List<LineItemReader.Summary> summaries, int itemCount) {
    BigDecimal sum = null;
    int previous = -1;
    java.util.Set<String> labels = new java.util.HashSet<>();
    for (int i = 0; i < summaries.size(); i++) {
      LineItemReader.Summary s = summaries.get(i);
      if (s.kind() != SummaryLabel.TAX || s.itemsBefore() != itemCount) continue;
      boolean apart = previous >= 0 && i != previous + 1;
      String label =
          RATE.matcher(s.label().toLowerCase(java.util.Locale.ROOT)).replaceAll("").strip();
      if (apart || TOTAL.matcher(s.label()).find() || !labels.add(label)) {
        return amount(summaries, SummaryLabel.TAX, itemCount);
      }
      sum = sum == null ? s.amount() : sum.add(s.amount());
      previous = i;
    }
    return sum != null ? sum : amount(summaries, SummaryLabel.TAX, itemCount);
  }

  private static final Pattern RATE = Pattern.compile("[@(]?\\s*\\d+(\\.\\d+)?\\s*%\\)?|[:\\s]+$");

  private static BigDecimal amount(
      List<LineItemReader.Summary> summaries, SummaryLabel kind, int itemCount) {
    return pick(summaries, kind, itemCount).map(LineItemReader.Summary::amount).orElse(null);
  }

  private static Optional<LineItemReader.Summary> pick(
      List<LineItemReader.Summary> summaries, SummaryLabel kind, int itemCount) {
    List<LineItemReader.Summary> ofKind = summaries.stream().filter(s -> s.kind() == kind).toList();
    return ofKind.stream()
        .filter(s -> s.itemsBefore() == itemCount)
        .findFirst()
        .or(() -> ofKind.stream().findFirst());
  }

  private static String label(String printed) {
    // a label wrapped in a narrow totals box ("Shipping &" / "Handling") keeps its first line
    String l = printed.replaceAll("(?i)(\\s+(&|and|\\+))?[:\\s]*$", "").strip();
    return l.isEmpty() ? "Fee" : l;
  }
}
