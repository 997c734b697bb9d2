package app.resell.imports.control.pdf;

import static app.resell.imports.control.pdf.LayoutPdfWriter.Text.left;
import static app.resell.imports.control.pdf.LayoutPdfWriter.Text.right;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layout variations drawn directly with PDFBox, one behaviour each, so a regression names the exact
 * rule that broke.
 */
class InvoiceLayoutVariantsTest {

  @TempDir Path dir;

  private ParsedInvoice parse(List<LayoutPdfWriter.Text> page) throws Exception {
    Path pdf = dir.resolve("variant.pdf");
    LayoutPdfWriter.write(List.of(page), pdf);
    return new InvoicePdfParser().parse(pdf);
  }

  private static List<LayoutPdfWriter.Text> page(LayoutPdfWriter.Text... texts) {
    List<LayoutPdfWriter.Text> page = new ArrayList<>();
    page.add(left(50, 40, "Test Gallery Auctions"));
    page.addAll(List.of(texts));
    return page;
  }

  @Test
  void readsColumnsInAnyOrderWithRightAlignedAmounts() throws Exception {
    ParsedInvoice invoice =
        parse(
            page(
                right(90, 80, "Hammer"),
                left(110, 80, "Lot #"),
                right(200, 80, "Qty"),
                left(220, 80, "Title"),
                right(90, 95, "1,250.00"),
                left(110, 95, "MH-004"),
                right(200, 95, "2"),
                left(220, 95, "Pair of bronze bookends"),
                left(220, 120, "Subtotal"),
                right(90, 120, "1,250.00")));
    assertThat(invoice.items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.lotNumber()).isEqualTo("MH-004");
              assertThat(i.description()).isEqualTo("Pair of bronze bookends");
              assertThat(i.quantity()).isEqualTo(2);
              assertThat(i.bid()).isEqualTo(new BigDecimal("1250.00"));
            });
    assertThat(invoice.totals().matches()).isTrue();
  }

  @Test
  void giveVerticallyCentredRowsTheirWholeDescription() throws Exception {
    // The description wraps; lot and bid are centred between its two lines.
    ParsedInvoice invoice =
        parse(
            page(
                left(50, 80, "Lot"),
                left(100, 80, "Description"),
                right(500, 80, "Bid"),
                left(50, 100, "1"),
                left(100, 100, "Crock jug"),
                right(500, 100, "30.00"),
                left(100, 120, "Victorian oak washstand with"),
                left(50, 126, "2"),
                right(500, 126, "240.00"),
                left(100, 132, "marble top"),
                left(400, 160, "Total"),
                right(500, 160, "270.00")));
    assertThat(invoice.items())
        .extracting(InvoiceItem::description)
        .containsExactly("Crock jug", "Victorian oak washstand with marble top");
  }

  @Test
  void readsQuantityAtUnitPriceWithoutHeadings() throws Exception {
    ParsedInvoice invoice =
        parse(
            page(
                left(50, 80, "Lot 7 Canning jars"),
                left(300, 80, "6 @ 1.00"),
                right(500, 80, "6.00"),
                left(50, 95, "Lot 8 Mason lids"),
                left(300, 95, "10 @ $0.25"),
                left(50, 120, "Total due"),
                right(500, 120, "$8.50")));
    assertThat(invoice.items())
        .extracting(InvoiceItem::lotNumber, InvoiceItem::quantity, InvoiceItem::bid)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("7", 6, new BigDecimal("6.00")),
            org.assertj.core.groups.Tuple.tuple("8", 10, new BigDecimal("2.50")));
    assertThat(invoice.totals().matches()).as(invoice.totals().detail()).isTrue();
  }

  @Test
  void keepsLotsWhoseTitleMerelyContainsAStatusWord() throws Exception {
    ParsedInvoice invoice =
        parse(
            page(
                left(50, 80, "Lot"),
                left(100, 80, "Description"),
                right(500, 80, "Bid"),
                left(50, 95, "4"),
                left(100, 95, "Passed down walnut chest"),
                right(500, 95, "80.00"),
                left(50, 110, "5"),
                left(100, 110, "Hooked rug (withdrawn)"),
                right(500, 110, "0.00"),
                left(400, 130, "Total"),
                right(500, 130, "80.00")));
    assertThat(invoice.items()).extracting(InvoiceItem::lotNumber).containsExactly("4");
    assertThat(invoice.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.reason()).isEqualTo("withdrawn");
              assertThat(s.line()).isEqualTo(4);
            });
  }

  @Test
  void rejectsLotWithoutAmountAndSaysWhichLine() throws Exception {
    ParsedInvoice invoice =
        parse(
            page(
                left(50, 80, "Lot"),
                left(100, 80, "Description"),
                right(500, 80, "Bid"),
                left(50, 95, "1"),
                left(100, 95, "Griswold skillet"),
                right(500, 95, "45.00"),
                left(50, 110, "2"),
                left(100, 110, "Hummel figurine"),
                left(400, 130, "Total"),
                right(500, 130, "45.00")));
    assertThat(invoice.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(4);
              assertThat(r.rawText()).contains("Hummel figurine");
              assertThat(r.reason()).contains("no bid");
            });
    assertThat(invoice.totals().matches()).isFalse();
  }

  @Test
  void flagsPrintedLineTotalThatDisagreesWithItsParts() throws Exception {
    ParsedInvoice invoice =
        parse(
            page(
                left(50, 80, "Lot"),
                left(100, 80, "Item"),
                right(350, 80, "Bid"),
                right(420, 80, "BP"),
                right(500, 80, "Total"),
                left(50, 95, "1"),
                left(100, 95, "Brass lamp"),
                right(350, 95, "100.00"),
                right(420, 95, "15.00"),
                right(500, 95, "125.00"),
                left(300, 120, "Total due"),
                right(500, 120, "125.00")));
    assertThat(invoice.totals().matches()).isFalse();
    assertThat(invoice.totals().detail()).contains("line 3").contains("125.00");
  }

  @Test
  void recordsCreditsAsAdjustmentsNotItems() throws Exception {
    ParsedInvoice invoice =
        parse(
            page(
                left(50, 80, "Lot 1 Oak chair"), right(500, 80, "$40.00"),
                left(50, 95, "Refund for missing lot 3"), right(500, 95, "5.00 CR"),
                left(50, 110, "Courtesy discount"), right(500, 110, "$2.00"),
                left(50, 130, "Total"), right(500, 130, "$33.00")));
    assertThat(invoice.items()).hasSize(1);
    assertThat(invoice.adjustments())
        .extracting(InvoiceAdjustment::amount)
        .containsExactly(new BigDecimal("-5.00"), new BigDecimal("-2.00"));
    assertThat(invoice.header().creditsTotal()).isEqualTo(new BigDecimal("-7.00"));
    assertThat(invoice.totals().matches()).isTrue();
  }

  @Test
  void needsReviewWhenNothingPrintedCanBeChecked() throws Exception {
    ParsedInvoice invoice = parse(page(left(50, 80, "Lot 1 Oak chair"), right(500, 80, "$40.00")));
    assertThat(invoice.items()).hasSize(1);
    assertThat(invoice.totals().matches()).isFalse();
    assertThat(invoice.totals().expected()).isNull();
    assertThat(invoice.totals().detail()).contains("no subtotal or total");
  }

  @Test
  void ignoresStreetNumbersAndPhoneNumbersInTheLetterhead() throws Exception {
    ParsedInvoice invoice =
        parse(
            page(
                left(50, 55, "1420 Quarry Road, Port Wren, ME 04011"),
                left(50, 68, "(207) 555-0142"),
                left(50, 90, "Lot 3 Tin sign"),
                right(500, 90, "$12.00"),
                left(50, 110, "Total"),
                right(500, 110, "$12.00")));
    assertThat(invoice.items()).extracting(InvoiceItem::lotNumber).containsExactly("3");
    assertThat(invoice.adjustments()).isEmpty();
    assertThat(invoice.rejected()).isEmpty();
  }

  @Test
  void splitsLotFromTitleWhenTheyShareACell() throws Exception {
    ParsedInvoice invoice =
        parse(
            page(
                left(50, 80, "Lot"),
                left(120, 80, "Title"),
                right(500, 80, "Amount"),
                left(50, 95, "12 Roseville Pinecone vase"),
                right(500, 95, "85.00"),
                left(400, 120, "Total"),
                right(500, 120, "85.00")));
    assertThat(invoice.items())
        .extracting(InvoiceItem::lotNumber, InvoiceItem::description)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("12", "Roseville Pinecone vase"));
  }

  @Test
  void readsUnitPriceAndExtensionWithoutHeadings() throws Exception {
    ParsedInvoice invoice =
        parse(
            page(
                left(50, 80, "Lot 9 Set of 6 canning jars"),
                right(430, 80, "$1.00"),
                right(500, 80, "$6.00"),
                left(50, 110, "Total"),
                right(500, 110, "$6.00")));
    assertThat(invoice.items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.quantity()).isEqualTo(6);
              assertThat(i.bid()).isEqualTo(new BigDecimal("6.00"));
            });
  }

  @Test
  void ignoresStrayNumbersAfterTheTotals() throws Exception {
    ParsedInvoice invoice =
        parse(
            page(
                left(50, 80, "Lot"),
                left(100, 80, "Description"),
                right(500, 80, "Bid"),
                left(50, 95, "1"),
                left(100, 95, "Oak chair"),
                right(500, 95, "40.00"),
                left(100, 115, "Total"),
                right(500, 115, "40.00"),
                left(100, 140, "Remit to PO Box"),
                right(500, 140, "123")));
    assertThat(invoice.rejected()).isEmpty();
    assertThat(invoice.totals().matches()).isTrue();
  }

  @Test
  void readsLotNumbersWrittenIntoTheItemColumn() throws Exception {
    ParsedInvoice invoice =
        parse(
            page(
                left(50, 80, "Item"),
                left(330, 80, "Qty"),
                right(420, 80, "Unit Price"),
                right(500, 80, "Amount"),
                left(50, 95, "Lot 22 - Set of Pyrex primary color bowls"),
                left(330, 95, "4"),
                right(420, 95, "12.50"),
                right(500, 95, "50.00"),
                left(50, 110, "1920s oak dresser"),
                left(330, 110, "1"),
                right(420, 110, "80.00"),
                right(500, 110, "80.00"),
                left(300, 130, "Item Total"),
                right(500, 130, "130.00")));
    assertThat(invoice.items())
        .extracting(InvoiceItem::lotNumber, InvoiceItem::description, InvoiceItem::bid)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "22", "Set of Pyrex primary color bowls", new BigDecimal("50.00")),
            org.assertj.core.groups.Tuple.tuple(
                null, "1920s oak dresser", new BigDecimal("80.00")));
  }

  @Test
  void paymentsInBracketsAreNotCredits() throws Exception {
    ParsedInvoice invoice =
        parse(
            page(
                left(50, 80, "Lot 1 Oak chair"), right(500, 80, "$40.00"),
                left(50, 100, "Invoice Total"), right(500, 100, "$40.00"),
                left(50, 115, "Payments"), right(500, 115, "($40.00)"),
                left(50, 130, "Balance"), right(500, 130, "$0.00")));
    assertThat(invoice.adjustments()).isEmpty();
    assertThat(invoice.header().total()).isEqualTo(new BigDecimal("40.00"));
    assertThat(invoice.totals().matches()).isTrue();
  }

  @Test
  void readsHeadingsWrappedOverTwoLinesAndWrappedAmounts() throws Exception {
    ParsedInvoice invoice =
        parse(
            page(
                left(50, 80, "Lot"),
                left(100, 80, "Description"),
                left(380, 80, "Winning"),
                left(450, 80, "Buyer's"),
                right(540, 80, "Total"),
                left(50, 91, "No"),
                left(380, 91, "Bid"),
                left(450, 91, "Premium"),
                left(50, 106, "0008"),
                left(100, 106, "Costume jewelry lot"),
                left(380, 106, "USD"),
                left(450, 106, "21.80"),
                right(540, 106, "130.80"),
                left(380, 117, "109.00"),
                left(50, 132, "0009"),
                left(100, 132, "Brooch"),
                left(380, 132, "USD 9.00"),
                left(450, 132, "1.80"),
                right(540, 132, "10.80"),
                left(100, 160, "Grand Total"),
                right(540, 160, "141.60")));
    assertThat(invoice.items())
        .extracting(InvoiceItem::lotNumber, InvoiceItem::bid, InvoiceItem::premium)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "0008", new BigDecimal("109.00"), new BigDecimal("21.80")),
            org.assertj.core.groups.Tuple.tuple(
                "0009", new BigDecimal("9.00"), new BigDecimal("1.80")));
    assertThat(invoice.items().get(0).description()).isEqualTo("Costume jewelry lot");
    assertThat(invoice.rejected()).isEmpty();
    assertThat(invoice.totals().matches()).as(invoice.totals().detail()).isTrue();
  }

  @Test
  void readsAccountingCurrencyCellsAndInvoiceNumberUnderTheTitle() throws Exception {
    ParsedInvoice invoice =
        parse(
            page(
                right(560, 40, "INVOICE"),
                right(560, 54, "No. 778812"),
                left(50, 80, "Lot #"),
                left(100, 80, "Title"),
                left(330, 80, "Qty"),
                left(400, 80, "High Bid"),
                left(50, 95, "6"),
                left(100, 95, "Pair of wrought iron andirons"),
                left(330, 95, "2"),
                left(400, 95, "$"),
                right(500, 95, "40.00"),
                left(300, 120, "Amount Due"),
                right(500, 120, "$40.00")));
    assertThat(invoice.header().invoiceNumber()).isEqualTo("778812");
    assertThat(invoice.items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.quantity()).isEqualTo(2);
              assertThat(i.bid()).isEqualTo(new BigDecimal("40.00"));
            });
    assertThat(invoice.rejected()).isEmpty();
  }
}
