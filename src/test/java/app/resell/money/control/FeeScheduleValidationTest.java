package app.resell.money.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.money.entity.CommissionGroup;
import app.resell.money.entity.FeeSchedule;
import app.resell.money.entity.OrderFeeStep;
import app.resell.money.entity.PerOrderFee;
import app.resell.money.entity.ProcessingFee;
import app.resell.money.entity.RateTier;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Platform;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeScheduleValidationTest {

  private final FeeSchedules defaults = FeeSchedules.defaults();

  @Test
  void defaultsCoverEveryPlatformWithASourceAndADate() {
    assertThat(defaults.all()).hasSize(Platform.values().length);
    assertThat(defaults.all())
        .allSatisfy(
            s -> {
              assertThat(s.source()).isNotBlank();
              assertThat(s.checkedOn()).isNotNull();
              assertThat(s.notes()).isNotBlank();
            });
  }

  @Test
  void theEditableStructureRoundTrips() {
    FeeSchedules copy = FeeSchedules.of(defaults.all());

    assertThat(copy.all()).isEqualTo(defaults.all());
  }

  @Test
  void anAdministratorsEditChangesTheFees() {
    FeeSchedule booth = defaults.forPlatform(Platform.BOOTH);
    FeeSchedules edited = defaults.with(withDefaultGroup(booth, group(List.of(tier(null, "15")))));

    // 15% x 45 = 6.75 instead of 4.50
    assertThat(
            new FeeCalculator(edited)
                .compute(Platform.BOOTH, Category.GLASS, m("45.00"), null, null, 1)
                .total())
        .isEqualTo(m("6.75"));
    assertThat(edited.forPlatform(Platform.EBAY)).isEqualTo(defaults.forPlatform(Platform.EBAY));
  }

  @Test
  void rejectsNegativeAndExcessiveRates() {
    assertProblems(
        group(List.of(tier("7500", "-1"), tier(null, "101"))),
        "ebay.commission[default].tiers[0].ratePercent: must not be negative (-1)",
        "ebay.commission[default].tiers[1].ratePercent: must be at most 100 (101)");
  }

  @Test
  void rejectsThresholdsThatDoNotAscend() {
    assertProblems(
        group(List.of(tier("7500", "13.6"), tier("5000", "9"), tier(null, "2"))),
        "ebay.commission[default].tiers[1].upTo: thresholds must ascend; 5000 is not above 7500");
  }

  @Test
  void reportsMissingPiecesOfAnEditInsteadOfFailing() {
    List<RateTier> tiers = new ArrayList<>();
    tiers.add(null);
    tiers.add(new RateTier(null, null));

    assertProblems(
        group(tiers),
        "ebay.commission[default].tiers[0]: must not be null",
        "ebay.commission[default].tiers[1].ratePercent: is required");
  }

  @Test
  void insistsOnAnOpenLastTier() {
    assertProblems(
        group(List.of(tier("7500", "13.6"))),
        "ebay.commission[default].tiers[0].upTo: the last tier must be open-ended (no upTo)");
  }

  @Test
  void rejectsAFlatFeeThatWouldMakeAHigherPriceCheaper() {
    // 20% of 15 = 3.00 < 5.00 flat: selling at 15 would cost less than at 14.99
    CommissionGroup g =
        new CommissionGroup(
            "default",
            List.of(),
            "item",
            List.of(tier(null, "20")),
            null,
            null,
            m("5.00"),
            m("15"),
            null);

    assertProblems(
        g,
        "ebay.commission[default].flatFee: 5.00 exceeds the percentage fee at flatBelow (3),"
            + " so a higher price would pay less");
  }

  @Test
  void rejectsPerOrderFeesThatFallAsTheOrderGrows() {
    FeeSchedule ebay = defaults.forPlatform(Platform.EBAY);
    FeeSchedule bad =
        copy(
            ebay,
            ebay.commission(),
            new PerOrderFee(
                "item+shipping+tax",
                List.of(new OrderFeeStep(m("10"), m("0.40")), new OrderFeeStep(null, m("0.30")))),
            ebay.processing());

    assertThatThrownBy(() -> defaults.with(bad))
        .isInstanceOf(InvalidFeeScheduleException.class)
        .extracting(e -> ((InvalidFeeScheduleException) e).violations())
        .asList()
        .containsExactly(
            "ebay.perOrder.steps[1].fee: must not be less than the previous step's fee (0.40):"
                + " a larger order would pay less");
  }

  @Test
  void namesUnknownCategoriesAndBasesWithTheAllowedValues() {
    FeeSchedule ebay = defaults.forPlatform(Platform.EBAY);
    List<CommissionGroup> groups = new ArrayList<>(ebay.commission());
    groups.add(
        new CommissionGroup(
            "typo",
            List.of("bookz"),
            "item+tax",
            List.of(tier(null, "1")),
            null,
            null,
            null,
            null,
            null));

    List<String> problems = violations(copy(ebay, groups, ebay.perOrder(), ebay.processing()));

    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("ebay.commission[typo].categories[0]: unknown category 'bookz'")
                    .contains("allowed: antiques, art, books"));
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("ebay.commission[typo].base: unknown fee base 'item+tax'")
                    .contains("item+shipping+tax"));
  }

  @Test
  void aCategoryBelongsToOneGroupOnly() {
    FeeSchedule ebay = defaults.forPlatform(Platform.EBAY);
    List<CommissionGroup> groups = new ArrayList<>(ebay.commission());
    groups.add(
        new CommissionGroup(
            "more_books",
            List.of("books"),
            "item",
            List.of(tier(null, "1")),
            null,
            null,
            null,
            null,
            null));

    assertThat(violations(copy(ebay, groups, ebay.perOrder(), ebay.processing())))
        .containsExactly(
            "ebay.commission[more_books].categories[0]: category 'books' is already in"
                + " ebay.commission[books_media]");
  }

  @Test
  void rejectsNegativeProcessingAndMissingDefaultGroup() {
    FeeSchedule ebay = defaults.forPlatform(Platform.EBAY);
    List<CommissionGroup> onlyBooks =
        ebay.commission().stream().filter(g -> !g.name().equals("default")).toList();
    FeeSchedule bad =
        copy(ebay, onlyBooks, ebay.perOrder(), new ProcessingFee("item", m("3"), m("-0.25")));

    assertThat(violations(bad))
        .containsExactlyInAnyOrder(
            "ebay.processing.fixedFee: must not be negative (-0.25)",
            "ebay.commission: exactly one group must be named 'default'");
  }

  @Test
  void requiresOneScheduleForEveryPlatform() {
    List<FeeSchedule> withoutEtsy =
        defaults.all().stream().filter(s -> !s.platform().equals("etsy")).toList();
    List<FeeSchedule> twiceEbay = new ArrayList<>(defaults.all());
    twiceEbay.add(defaults.forPlatform(Platform.EBAY));

    assertThatThrownBy(() -> FeeSchedules.of(withoutEtsy))
        .hasMessageContaining("fee-schedules: no schedule for platform 'etsy'");
    assertThatThrownBy(() -> FeeSchedules.of(twiceEbay))
        .hasMessageContaining("ebay.platform: more than one schedule for this platform");
  }

  @Test
  void theFileReportsSyntaxErrorsAndUnknownKeysByKey() {
    String text =
        """
        ebay.source=x
        ebay.checkedOn=2025-13-01
        ebay.commission.default.base=item
        ebay.commission.default.tiers=13.6@abc, 2.35
        ebay.comission.default.tiers=1
        """;

    assertThatThrownBy(
            () ->
                FeeScheduleFile.read(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidFeeScheduleException.class)
        .extracting(e -> ((InvalidFeeScheduleException) e).violations())
        .asList()
        .containsExactlyInAnyOrder(
            "ebay.comission.default.tiers: unknown key",
            "ebay.checkedOn: '2025-13-01' is not a date (yyyy-mm-dd)",
            "ebay.commission.default.tiers: 'abc' is not a number");
  }

  private void assertProblems(CommissionGroup defaultGroup, String... expected) {
    FeeSchedule ebay = defaults.forPlatform(Platform.EBAY);
    assertThat(violations(withDefaultGroup(ebay, defaultGroup))).containsExactly(expected);
  }

  private List<String> violations(FeeSchedule replacement) {
    try {
      defaults.with(replacement);
    } catch (InvalidFeeScheduleException e) {
      return e.violations();
    }
    throw new AssertionError("expected the schedule to be rejected");
  }

  private static FeeSchedule withDefaultGroup(FeeSchedule s, CommissionGroup defaultGroup) {
    List<CommissionGroup> groups = new ArrayList<>();
    groups.add(defaultGroup);
    s.commission().stream().filter(g -> !g.name().equals("default")).forEach(groups::add);
    return copy(s, groups, s.perOrder(), s.processing());
  }

  private static FeeSchedule copy(
      FeeSchedule s, List<CommissionGroup> groups, PerOrderFee perOrder, ProcessingFee processing) {
    return new FeeSchedule(
        s.platform(),
        s.plan(),
        s.source(),
        s.checkedOn(),
        s.verified(),
        s.notes(),
        groups,
        perOrder,
        s.perItemFee(),
        s.listingFeePerItem(),
        processing);
  }

  private static CommissionGroup group(List<RateTier> tiers) {
    return new CommissionGroup(
        "default", List.of(), "item+shipping+tax", tiers, null, null, null, null, null);
  }

  private static RateTier tier(String upTo, String rate) {
    return new RateTier(upTo == null ? null : m(upTo), m(rate));
  }

  private static BigDecimal m(String text) {
    return new BigDecimal(text);
  }
}
