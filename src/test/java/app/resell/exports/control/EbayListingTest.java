package app.resell.exports.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.listings.control.DraftListings;
import app.resell.taxonomy.entity.Condition;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EbayListingTest {

  @ParameterizedTest
  @CsvSource({
    "mint, 1000",
    "excellent, 3000",
    "very_good, 3000",
    "good, 3000",
    "fair, 3000",
    "poor, 3000",
    "restoration, 7000",
    "parts, 7000",
    "unknown, 3000"
  })
  void everyConditionHasTheEbayConditionIdEveryCategoryAccepts(String condition, int id) {
    assertThat(EbayListing.conditionId(Condition.parse(condition).orElseThrow())).isEqualTo(id);
  }

  @Test
  void aTitleThatFitsIsKeptOnOneLine() {
    assertThat(EbayListing.title("  Roseville\tPine Cone\n vase  "))
        .isEqualTo("Roseville Pine Cone vase");
    String eighty = "a".repeat(39) + " " + "b".repeat(40);
    assertThat(EbayListing.title(eighty)).isEqualTo(eighty);
  }

  @Test
  void aLongTitleIsCutAfterTheLastWholeWord() {
    String title =
        "Vintage Mid Century Modern Brass Table Lamp with Original Linen Shade Works Great Tested";
    assertThat(title).hasSizeGreaterThan(80);
    String cut = EbayListing.title(title);
    assertThat(cut)
        .isEqualTo("Vintage Mid Century Modern Brass Table Lamp with Original Linen Shade Works")
        .hasSizeLessThanOrEqualTo(80);
  }

  @Test
  void aCutEndingOnASpaceKeepsEveryWordThatFits() {
    String words = "x".repeat(75) + " abcd";
    assertThat(words).hasSize(80);
    assertThat(EbayListing.title(words + " more")).isEqualTo(words);
  }

  @Test
  void separatorsLeftDanglingByTheCutGo() {
    String title = "y".repeat(70) + " Lamp - Brasslike";
    assertThat(EbayListing.title(title)).isEqualTo("y".repeat(70) + " Lamp");
  }

  @Test
  void aSingleWordLongerThanTheLimitIsCutAtTheLimit() {
    assertThat(EbayListing.title("z".repeat(100))).isEqualTo("z".repeat(80));
  }

  @Test
  void charactersOutsideTheBasicPlaneCountOnceAndAreNeverSplit() {
    String vase = "\uD83C\uDFFA"; // one character, two UTF-16 units
    String title = vase.repeat(81);
    String cut = EbayListing.title(title);
    assertThat(cut.codePointCount(0, cut.length())).isEqualTo(80);
    assertThat(cut).isEqualTo(vase.repeat(80));
  }

  @Test
  void theDescriptionIsEscapedHtmlWithItsLineBreaks() {
    assertThat(EbayListing.description("Size <10 & \"tall\"\r\nNo chips\nSigned", "t"))
        .isEqualTo("Size &lt;10 &amp; &quot;tall&quot;<br>No chips<br>Signed");
    assertThat(EbayListing.description("  ", "Brass lamp")).isEqualTo("Brass lamp");
    assertThat(EbayListing.description(null, "A <b> lamp")).isEqualTo("A &lt;b&gt; lamp");
  }

  @Test
  void anEbayLineFillsTheTemplateColumnsInOrder() {
    UUID lot = UUID.fromString("75d15420-f7eb-4925-8c07-0972892b28fa");
    DraftListings.Row draft =
        new DraftListings.Row(
            lot,
            null,
            "Brass lamp",
            "=cmd|' /C calc'!A0",
            Condition.PARTS,
            new BigDecimal("45"),
            2);
    List<Object> cells =
        ListingLayout.EBAY.cells(
            draft, List.of("http://h/api/v1/photos/1", "http://h/api/v1/photos/2"));
    assertThat(ListingLayout.EBAY.header()).hasSameSizeAs(cells);
    assertThat(cells.stream().map(ListingFileWriter::cell).toList())
        .containsExactly(
            "Add",
            lot.toString(),
            "",
            "Brass lamp",
            "7000",
            "45.00",
            "2",
            "'=cmd|' /C calc'!A0",
            "http://h/api/v1/photos/1|http://h/api/v1/photos/2",
            "FixedPrice",
            "GTC");
  }
}
