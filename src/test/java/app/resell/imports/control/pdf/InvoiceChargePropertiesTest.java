package app.resell.imports.control.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any invoice, whatever the bids and however premium, tax and fees are printed (as totals or
 * only as rates), the charges allocated to the items add up exactly to the invoice's figures and
 * every bid survives the round trip through a PDF.
 */
class InvoiceChargePropertiesTest {

  private static final String[] TITLES = {
    "Roseville Pinecone vase",
    "Box lot assorted Pyrex",
    "Victorian oak washstand",
    "Fenton hobnail lamp",
    "Griswold skillet",
    "Hummel figurine",
    "Crock jug 2 gal"
  };

  record Generated(
      List<BigDecimal> bids,
      BigDecimal premiumRate,
      BigDecimal taxRate,
      BigDecimal loadingFee,
      boolean ratesOnly) {}

  @Provide
  Arbitrary<Generated> invoices() {
    Arbitrary<List<BigDecimal>> bids =
        Arbitraries.longs()
            .between(0, 500_000)
            .map(c -> BigDecimal.valueOf(c, 2))
            .list()
            .ofMinSize(1)
            .ofMaxSize(30);
    Arbitrary<BigDecimal> premium =
        Arbitraries.of("0", "10", "15", "18", "22.5").map(BigDecimal::new);
    Arbitrary<BigDecimal> tax =
        Arbitraries.of("0", "5", "6.5", "7.25", "8.875").map(BigDecimal::new);
    Arbitrary<BigDecimal> fee =
        Arbitraries.longs().between(0, 5_000).map(c -> BigDecimal.valueOf(c, 2));
    return Combinators.combine(bids, premium, tax, fee, Arbitraries.of(true, false))
        .as(Generated::new);
  }

  @Property(tries = 40)
  void allocatedChargesAddUpToTheInvoiceTotals(@ForAll("invoices") Generated g) throws Exception {
    BigDecimal bidSum = g.bids().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal premium = percent(bidSum, g.premiumRate());
    BigDecimal tax = percent(bidSum.add(premium), g.taxRate());
    BigDecimal total = bidSum.add(premium).add(tax).add(g.loadingFee());

    List<LayoutPdfWriter.Text> page = new ArrayList<>();
    page.add(LayoutPdfWriter.Text.left(50, 40, "Property Test Auctions"));
    page.add(
        LayoutPdfWriter.Text.left(
            50,
            55,
            "Buyer's Premium "
                + g.premiumRate().toPlainString()
                + "%"
                + "   Sales Tax "
                + g.taxRate().toPlainString()
                + "%"));
    page.add(LayoutPdfWriter.Text.left(50, 80, "Lot"));
    page.add(LayoutPdfWriter.Text.left(100, 80, "Description"));
    page.add(LayoutPdfWriter.Text.right(540, 80, "Bid"));
    float y = 95;
    for (int i = 0; i < g.bids().size(); i++) {
      page.add(LayoutPdfWriter.Text.left(50, y, String.valueOf(i + 1)));
      page.add(LayoutPdfWriter.Text.left(100, y, TITLES[i % TITLES.length]));
      page.add(LayoutPdfWriter.Text.right(540, y, "$" + g.bids().get(i).toPlainString()));
      y += 14;
    }
    y += 10;
    List<String[]> summary = new ArrayList<>();
    summary.add(new String[] {"Subtotal", bidSum.toPlainString()});
    if (!g.ratesOnly()) {
      summary.add(new String[] {"Premium", premium.toPlainString()});
      summary.add(new String[] {"Tax", tax.toPlainString()});
    }
    summary.add(new String[] {"Loading fee", g.loadingFee().toPlainString()});
    summary.add(new String[] {"Total due", total.toPlainString()});
    for (String[] s : summary) {
      page.add(LayoutPdfWriter.Text.left(380, y, s[0]));
      page.add(LayoutPdfWriter.Text.right(540, y, s[1]));
      y += 14;
    }
    Path pdf = Files.createTempFile("property", ".pdf");
    try {
      LayoutPdfWriter.write(List.of(page), pdf);
      ParsedInvoice invoice = new InvoicePdfParser().parse(pdf);

      assertThat(invoice.items()).extracting(InvoiceItem::bid).containsExactlyElementsOf(g.bids());
      assertThat(sum(invoice.items().stream().map(InvoiceItem::premium).toList()))
          .isEqualTo(premium);
      assertThat(sum(invoice.items().stream().map(InvoiceItem::tax).toList())).isEqualTo(tax);
      assertThat(sum(invoice.items().stream().map(InvoiceItem::fees).toList()))
          .isEqualTo(g.loadingFee());
      assertThat(invoice.items()).allSatisfy(i -> assertThat(i.premium().signum()).isNotNegative());
      assertThat(invoice.totals().matches()).as(invoice.totals().detail()).isTrue();
    } finally {
      Files.delete(pdf);
    }
  }

  private static BigDecimal percent(BigDecimal base, BigDecimal rate) {
    return base.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
