package app.resell.money.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.problems.control.Problem;
import app.resell.taxonomy.entity.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeScheduleFieldNamesTest {

  @Test
  void validatorPathsBecomeTheJsonFieldsTheClientSent() {
    assertThat(
            FeeSchedulesResource.jsonPath(Platform.EBAY, "ebay.commission[default].tiers[1].upTo"))
        .isEqualTo("commission[default].tiers[1].up_to");
    assertThat(FeeSchedulesResource.jsonPath(Platform.ETSY, "etsy.listingFeePerItem"))
        .isEqualTo("listing_fee_per_item");
    assertThat(FeeSchedulesResource.jsonPath(Platform.ETSY, "etsy.checkedOn"))
        .isEqualTo("checked_on");
  }

  @Test
  void everyViolationBecomesOneFieldErrorWithItsMessage() {
    var problem =
        FeeSchedulesResource.invalid(
            Platform.MERCARI,
            List.of(
                "mercari.source: say where the figures come from",
                "mercari.processing.ratePercent: must be at most 100 (120)"));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors())
        .containsExactly(
            new Problem.FieldError("source", "say where the figures come from"),
            new Problem.FieldError("processing.rate_percent", "must be at most 100 (120)"));
  }
}
