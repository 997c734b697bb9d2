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
 * Roles by arithmetic ({@link AmountRoles}): amounts whose headings are vague or absent get the
 * role under which the lines and the printed totals add up; when none does, the totals check says
 * by how much, so the import ends needs_review.
 */
class InvoiceAmountRolesTest {

  @TempDir Path dir;

  private ParsedInvoice parse(LayoutPdfWriter.Text... texts) throws Exception {
    List<LayoutPdfWriter.Text> page = new ArrayList<>();
    page.add(left(50, 40, "Test Gallery Auctions"));
    page.addAll(List.of(texts));
    Path pdf = dir.resolve("roles.pdf");
    LayoutPdfWriter.write(List.of(page), pdf);
    return new InvoicePdfParser().parse(pdf);
  }

  private static BigDecimal money(String s) {
    return new BigDecimal(s);
  }

  @Test
  void splitsAnAmountColumnThatIncludesThePremium() throws Exception {
    // "Amount" reads as the hammer, but the amounts add up to subtotal + premium: 18% is inside.
    ParsedInvoice invoice =
        parse(
            left(50, 80, "Lot"),
            left(100, 80, "Description"),
            right(500, 80, "Amount"),
            left(50, 95, "7"),
            left(100, 95, "Oak washstand"),
            right(500, 95, "118.00"),
            left(50, 110, "9"),
            left(100, 110, "Crock jug"),
            right(500, 110, "35.40"),
            left(300, 140, "Subtotal"),
            right(500, 140, "130.00"),
            left(300, 155, "Buyer's Premium (18%)"),
            right(500, 155, "23.40"),
            left(300, 170, "Total"),
            right(500, 170, "153.40"));
    assertThat(invoice.items())
        .extracting(InvoiceItem::bid)
        .containsExactly(money("100.00"), money("30.00"));
    assertThat(invoice.items())
        .extracting(InvoiceItem::premium)
        .containsExactly(money("18.00"), money("5.40"));
    assertThat(invoice.totals().matches()).isTrue();
  }

  @Test
  void readsAShippingAmountWhereNoHeadingSaysSo() throws Exception {
    // No heading row: bid, then a second amount the token order would call premium; the printed
    // shipping total and the premium printed only as a total say it is shipping.
    ParsedInvoice invoice =
        parse(
            left(50, 95, "12"),
            left(100, 95, "Cast iron skillet"),
            right(420, 95, "40.00"),
            right(500, 95, "12.50"),
            left(50, 110, "14"),
            left(100, 110, "Brass lamp"),
            right(420, 110, "60.00"),
            right(500, 110, "7.50"),
            left(300, 140, "Subtotal"),
            right(500, 140, "100.00"),
            left(300, 155, "Premium"),
            right(500, 155, "15.00"),
            left(300, 170, "Shipping"),
            right(500, 170, "20.00"),
            left(300, 185, "Total"),
            right(500, 185, "135.00"));
    assertThat(invoice.items())
        .extracting(InvoiceItem::shipping)
        .containsExactly(money("12.50"), money("7.50"));
    assertThat(invoice.items())
        .extracting(InvoiceItem::premium)
        .containsExactly(money("6.00"), money("9.00"));
    assertThat(invoice.totals().matches()).isTrue();
  }

  @Test
  void leavesTheHeadingsAndReportsTheDifferenceWhenNothingReconciles() throws Exception {
    // A "Bid + BP" column with no rate and no premium printed anywhere cannot be split.
    ParsedInvoice invoice =
        parse(
            left(50, 80, "Lot"),
            left(100, 80, "Description"),
            right(500, 80, "Bid + BP"),
            left(50, 95, "7"),
            left(100, 95, "Oak washstand"),
            right(500, 95, "118.00"),
            left(300, 140, "Subtotal"),
            right(500, 140, "100.00"));
    assertThat(invoice.items())
        .singleElement()
        .satisfies(i -> assertThat(i.bid()).isEqualTo(money("118.00")));
    assertThat(invoice.totals().matches()).isFalse();
    assertThat(invoice.totals().difference()).isEqualTo(money("18.00"));
    assertThat(invoice.totals().detail()).contains("subtotal printed 100.00");
  }

  @Test
  void givesTheCentsOfATotalOnlyPremiumToTheLastLot() throws Exception {
    ParsedInvoice invoice =
        parse(
            left(50, 80, "Lot"),
            left(100, 80, "Description"),
            right(500, 80, "Hammer"),
            left(50, 95, "1"),
            left(100, 95, "Quilt"),
            right(500, 95, "10.00"),
            left(50, 110, "2"),
            left(100, 110, "Mirror"),
            right(500, 110, "10.00"),
            left(50, 125, "3"),
            left(100, 125, "Radio"),
            right(500, 125, "10.00"),
            left(300, 140, "Subtotal"),
            right(500, 140, "30.00"),
            left(300, 155, "Buyer's premium"),
            right(500, 155, "10.00"),
            left(300, 170, "Total"),
            right(500, 170, "40.00"));
    assertThat(invoice.items())
        .extracting(InvoiceItem::premium)
        .containsExactly(money("3.33"), money("3.33"), money("3.34"));
    assertThat(invoice.totals().matches()).isTrue();
  }
}
