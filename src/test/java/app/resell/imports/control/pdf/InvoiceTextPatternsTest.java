package app.resell.imports.control.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The small vocabularies the readers rely on: dates, lot numbers, quantities, statuses, headings.
 */
class InvoiceTextPatternsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Date: 2025-03-14|2025-03-14",
        "03/14/2025|2025-03-14",
        "3/4/25|2025-03-04",
        "14/03/2025|2025-03-14",
        "14.03.2025|2025-03-14",
        "March 14, 2025|2025-03-14",
        "Fri, Mar 14 2025|2025-03-14",
        "14-Mar-2025|2025-03-14",
        "14th March 2025|2025-03-14",
        "Sept. 2, 2025|2025-09-02"
      })
  void readsDatesInTheFormatsAuctionSoftwarePrints(String text, String date) {
    assertThat(InvoiceDates.find(text)).contains(LocalDate.parse(date));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sale 2025-07", "13/45/2025", "Lot 12"})
  void findsNoDateWhereThereIsNone(String text) {
    assertThat(InvoiceDates.find(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"12,12", "0012,0012", "12A,12A", "105-3,105-3", "MH-004,MH-004", "Lot 7,7", "#3,3"})
  void readsLotNumberStyles(String text, String lot) {
    assertThat(LotText.lot(text)).contains(lot);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Subtotal", "$12.00", "12.50", "ADJ", "Roseville"})
  void rejectsWhatIsNotALotNumber(String text) {
    assertThat(LotText.lot(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Lot of 3 Red Wing crocks|3",
        "(4) Fiesta plates|4",
        "Qty 2 brass candlesticks|2",
        "Canning jars 6 @ 1.00|6",
        "Fiesta plates (4 pcs)|1",
        "Set of 6 sherbet glasses|1",
        "Walnut hutch, 3 drawers|1",
        "Flatware, service for 12|1",
        "Tea set, 40 pcs, lot of 18 figures|1"
      })
  void takesQuantityOnlyFromACountLeadingTheDescription(String text, int qty) {
    int found =
        LotText.qtyAt(text)
            .map(LotText.QtyAt::quantity)
            .or(() -> LotText.qtyInDescription(text))
            .orElse(1);
    assertThat(found).isEqualTo(qty);
  }

  @ParameterizedTest
  @CsvSource({
    "VOID,voided",
    "PASSED,passed",
    "Withdrawn,withdrawn",
    "NO SALE,no sale",
    "not sold,not sold"
  })
  void normalisesLotStatuses(String text, String reason) {
    assertThat(LotText.status(text)).contains(reason);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"$1.00|1.00", "(12.00)|-12.00", "1,234.50|1234.50", "5.25 CR|-5.25"})
  void acceptsOnlyAmountsWithCentsOrCurrencyOutsideColumns(String text, String amount) {
    assertThat(LotText.strictMoney(text)).contains(new BigDecimal(amount));
  }

  @ParameterizedTest
  @ValueSource(strings = {"04011", "2025", "12"})
  void bareIntegersAreNotAmountsOutsideColumns(String text) {
    assertThat(LotText.strictMoney(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Lot #|LOT",
        "Tag|LOT",
        "Title|DESCRIPTION",
        "Qty|QUANTITY",
        "High Bid|BID",
        "Hammer|BID",
        "BP 18%|PREMIUM",
        "Buyer's Premium (15%)|PREMIUM",
        "Sales Tax|TAX",
        "Extended|TOTAL",
        "Line Total|TOTAL",
        "Ext. Bid|BID",
        "BP %|PER_LINE_RATE",
        "Item Title|DESCRIPTION",
        "Winning Amount|BID",
        "Price Realized|BID",
        "BP Amt|PREMIUM",
        "Buyer Prem.|PREMIUM",
        "Tax Amt|TAX",
        "Shipping Charge|SHIPPING",
        "Tax Rate|PER_LINE_RATE"
      })
  void recognisesHeadingSynonyms(String heading, Column column) {
    assertThat(Column.ofHeading(heading)).contains(column);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Sub-total|SUBTOTAL",
        "Hammer Total|SUBTOTAL",
        "Total premium|PREMIUM",
        "BP 15%|PREMIUM",
        "Sales Tax (8%)|TAX",
        "Credit card surcharge 3%|FEE",
        "Loading fee|FEE",
        "Credit - damaged lot|CREDIT",
        "Amount Paid|PAYMENT",
        "Balance Due|BALANCE",
        "Grand Total|TOTAL",
        "Please Pay This Amount|TOTAL",
        "Brought forward|CARRIED",
        "Page subtotal (carried forward)|CARRIED"
      })
  void classifiesInvoiceAmountLabels(String label, SummaryLabel kind) {
    assertThat(SummaryLabel.of(label)).contains(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "--", "\u2014", "N/A", "Free", "incl."})
  void aMoneyCellSayingNothingWasChargedIsAZero(String cell) {
    assertThat(LotText.nothingCharged(cell)).isTrue();
    assertThat(LotText.nothingCharged("- 12.00")).isFalse();
  }
}
