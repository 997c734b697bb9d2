package app.resell.imports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.imports.control.batch.ImportItem;
import app.resell.imports.control.batch.InvoiceLineReader;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.JsonMapping;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A line OCR read becomes the item the user confirmed: as read, or with their corrections. */
class OcrReviewTest {

  private static final InvoiceLineReader.InvoiceContext INVOICE =
      new InvoiceLineReader.InvoiceContext(
          UUID.randomUUID(), "HV-10234", "S-0311", "Harborview", LocalDate.of(2025, 3, 14));

  private static final JsonObject LINE =
      JsonMapping.json()
          .createObjectBuilder()
          .add("source_row", 9)
          .add("lot_number", "0013")
          .add("item_name", "Victorian oak washstand")
          .add("description", "Victorian oak washstand with marble top")
          .add("category", "furniture")
          .add("condition", "good")
          .add("needs_review", true)
          .add("quantity", 1)
          .add("bid_amount", new BigDecimal("240.00"))
          .add("buyers_premium", new BigDecimal("43.20"))
          .add("sales_tax", new BigDecimal("20.53"))
          .add("shipping_cost", new BigDecimal("0.00"))
          .add("other_fees", new BigDecimal("0.00"))
          .add("raw_text", "0013  Victorian oak washstand  1  $240.00")
          .add("auto_categorized", true)
          .add("ocr_confidence", 0.95)
          .build();

  @Test
  void aLineConfirmedAsReadKeepsWhatOcrRead() {
    ImportItem item = OcrReview.item(LINE, null, INVOICE);

    assertThat(item.sourceLine()).isEqualTo(9);
    assertThat(item.lotNumber()).isEqualTo("0013");
    assertThat(item.itemName()).isEqualTo("Victorian oak washstand");
    assertThat(item.description()).isEqualTo("Victorian oak washstand with marble top");
    assertThat(item.bidAmount()).isEqualByComparingTo("240.00");
    assertThat(item.buyersPremium()).isEqualByComparingTo("43.20");
    assertThat(item.salesTax()).isEqualByComparingTo("20.53");
    assertThat(item.needsReview()).isTrue();
    assertThat(item.invoiceId()).isEqualTo("HV-10234");
    assertThat(item.acquisitionSource()).isEqualTo("Harborview");
  }

  @Test
  void theUsersCorrectionsReplaceOnlyTheFieldsTheyGive() {
    OcrReview.Correction fix = new OcrReview.Correction();
    fix.sourceRow = 9;
    fix.itemName = "Oak washstand";
    fix.bidAmount = new BigDecimal("250");
    fix.quantity = 2;
    fix.condition = "fair";

    ImportItem item = OcrReview.item(LINE, fix, INVOICE);

    assertThat(item.itemName()).isEqualTo("Oak washstand");
    assertThat(item.bidAmount()).isEqualTo(new BigDecimal("250.00"));
    assertThat(item.buyersPremium()).isEqualByComparingTo("43.20");
    assertThat(item.quantity()).isEqualTo(2);
    assertThat(item.condition().value()).isEqualTo("fair");
    assertThat(item.needsReview()).as("the user has looked at it").isFalse();
  }

  @Test
  void refusesNegativeAmountsZeroQuantitiesAndUnknownWords() {
    OcrReview.Correction negative = new OcrReview.Correction();
    negative.salesTax = new BigDecimal("-1");
    OcrReview.Correction none = new OcrReview.Correction();
    none.quantity = 0;
    OcrReview.Correction unknown = new OcrReview.Correction();
    unknown.category = "gizmos";

    assertThatThrownBy(() -> OcrReview.item(LINE, negative, INVOICE))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> OcrReview.item(LINE, none, INVOICE))
        .isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> OcrReview.item(LINE, unknown, INVOICE))
        .isInstanceOf(ProblemException.class);
  }
}
