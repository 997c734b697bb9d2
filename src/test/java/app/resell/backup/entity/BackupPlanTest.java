package app.resell.backup.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackupPlanTest {

  private final BackupPlan plan = BackupPlan.of("03:30", 7, 4);

  @Test
  void todaysSlotIsDueFromItsTimeOn() {
    assertThat(plan.dueSlot(Instant.parse("2026-12-06T03:30:00Z")))
        .contains(Instant.parse("2026-12-06T03:30:00Z"));
    assertThat(plan.dueSlot(Instant.parse("2026-12-06T23:59:59Z")))
        .contains(Instant.parse("2026-12-06T03:30:00Z"));
  }

  @Test
  void beforeTodaysTimeYesterdaysSlotIsTheDueOneSoAMissedBackupIsCaughtUp() {
    assertThat(plan.dueSlot(Instant.parse("2026-12-06T03:29:59Z")))
        .contains(Instant.parse("2026-12-05T03:30:00Z"));
  }

  @Test
  void nextSlotIsTheFollowingDayOnceTodaysIsDue() {
    assertThat(plan.nextSlot(Instant.parse("2026-12-06T03:30:00Z")))
        .contains(Instant.parse("2026-12-07T03:30:00Z"));
    assertThat(plan.nextSlot(Instant.parse("2026-12-06T01:00:00Z")))
        .contains(Instant.parse("2026-12-06T03:30:00Z"));
  }

  @Test
  void offHasNoSlots() {
    BackupPlan off = BackupPlan.of("off", 7, 4);
    assertThat(off.dueSlot(Instant.now())).isEmpty();
    assertThat(off.nextSlot(Instant.now())).isEmpty();
    assertThat(off.dailyAtText()).isEqualTo("off");
  }

  @Test
  void aWrongTimeIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> BackupPlan.of("3.30am", 7, 4))
        .hasMessageContaining("resell.backup.daily-at")
        .hasMessageContaining("3.30am");
    assertThatThrownBy(() -> BackupPlan.of("25:00", 7, 4)).hasMessageContaining("daily-at");
    assertThatThrownBy(() -> BackupPlan.of("03:30", 0, 4)).hasMessageContaining("keep-daily");
  }
}
