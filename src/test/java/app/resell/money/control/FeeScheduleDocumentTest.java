package app.resell.money.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.money.entity.FeeSchedule;
import app.resell.money.entity.FeeScheduleDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class FeeScheduleDocumentTest {

  @Test
  void everyDefaultScheduleSurvivesTheTripThroughItsJsonShape() {
    for (FeeSchedule s : FeeSchedules.defaults().all()) {
      assertThat(FeeScheduleDocument.of(s).toSchedule()).as(s.platform()).isEqualTo(s);
    }
  }

  @Test
  void missingPartsOfAnEditedDocumentAreNamedByTheValidator() {
    FeeSchedules defaults = FeeSchedules.defaults();
    FeeScheduleDocument d =
        FeeScheduleDocument.of(defaults.forPlatform(app.resell.taxonomy.entity.Platform.ETSY));
    d.commission.get(0).tiers = new ArrayList<>(d.commission.get(0).tiers);
    d.commission.get(0).tiers.add(0, null);
    d.processing.fixedFee = null;
    d.listingFeePerItem = new BigDecimal("-0.20");
    assertThatThrownBy(() -> defaults.with(d.toSchedule()))
        .isInstanceOfSatisfying(
            InvalidFeeScheduleException.class,
            e ->
                assertThat(e.violations())
                    .anyMatch(
                        v -> v.startsWith("etsy.commission[default].tiers[0]: must not be null"))
                    .anyMatch(v -> v.startsWith("etsy.processing.fixedFee: is required"))
                    .anyMatch(v -> v.startsWith("etsy.listingFeePerItem: must not be negative")));
  }
}
