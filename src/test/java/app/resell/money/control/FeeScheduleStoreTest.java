package app.resell.money.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeeScheduleStoreTest {

  @Test
  void withoutADatabaseTheStoreAnswersTheShippedDefaults() {
    FeeScheduleStore store = new FeeScheduleStore();
    assertThat(store.current().all()).isEqualTo(FeeSchedules.defaults().all());
    assertThat(store.all()).hasSize(Platform.values().length);
    assertThat(store.get(Platform.MERCARI).version()).isZero();
    // Mercari 10% of 25.00
    assertThat(
            store
                .calculator()
                .compute(Platform.MERCARI, null, new BigDecimal("25.00"), null, null, 1)
                .total())
        .isEqualByComparingTo("2.50");
  }
}
