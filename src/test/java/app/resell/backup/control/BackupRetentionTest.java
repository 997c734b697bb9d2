package app.resell.backup.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.backup.entity.BackupPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRetentionTest {

  /** A Sunday, so the ISO weeks are easy to count. */
  private static final Instant SUNDAY = Instant.parse("2026-12-06T03:30:00Z");

  private static String at(Instant time) {
    return BackupFiles.name(time);
  }

  private static List<String> dailyFor(int days) {
    List<String> names = new ArrayList<>();
    for (int d = 0; d < days; d++) names.add(at(SUNDAY.minus(d, ChronoUnit.DAYS)));
    return names;
  }

  @Test
  void keepsTheNewestDaysAndTheLastOfEachNewestWeek() {
    List<String> names = dailyFor(40);
    var expired = BackupRetention.expired(names, BackupPlan.of("03:30", 7, 4), names.get(0));
    List<String> kept = names.stream().filter(n -> !expired.contains(n)).toList();
    assertThat(kept)
        .containsExactlyInAnyOrder(
            // the 7 newest days: Sunday 6 Dec back to Monday 30 Nov
            at(SUNDAY),
            at(SUNDAY.minus(1, ChronoUnit.DAYS)),
            at(SUNDAY.minus(2, ChronoUnit.DAYS)),
            at(SUNDAY.minus(3, ChronoUnit.DAYS)),
            at(SUNDAY.minus(4, ChronoUnit.DAYS)),
            at(SUNDAY.minus(5, ChronoUnit.DAYS)),
            at(SUNDAY.minus(6, ChronoUnit.DAYS)),
            // the last (Sunday) backup of the 3 ISO weeks before
            at(SUNDAY.minus(7, ChronoUnit.DAYS)),
            at(SUNDAY.minus(14, ChronoUnit.DAYS)),
            at(SUNDAY.minus(21, ChronoUnit.DAYS)));
  }

  @Test
  void ofSeveralBackupsADayTheLastOneCounts() {
    String morning = at(SUNDAY);
    String evening = at(SUNDAY.plus(14, ChronoUnit.HOURS));
    String yesterday = at(SUNDAY.minus(1, ChronoUnit.DAYS));
    var expired =
        BackupRetention.expired(
            List.of(morning, evening, yesterday), BackupPlan.of("03:30", 2, 0), evening);
    assertThat(expired).containsExactly(morning);
  }

  @Test
  void theFileJustWrittenIsNeverDeleted() {
    String older = at(SUNDAY.minus(1, ChronoUnit.DAYS));
    // a clock set back: the file just written looks older than the one kept
    String justWritten = at(SUNDAY.minus(3, ChronoUnit.DAYS));
    var expired =
        BackupRetention.expired(
            List.of(at(SUNDAY), older, justWritten), BackupPlan.of("03:30", 1, 0), justWritten);
    assertThat(expired).containsExactly(older);
  }

  @Test
  void onlyBackupFilesAreEverDeleted(@TempDir Path dir) throws IOException {
    for (String name : dailyFor(3)) Files.writeString(dir.resolve(name), "x");
    Files.writeString(dir.resolve("notes.txt"), "mine");
    Files.writeString(dir.resolve("resell-backup-old-copy.zip"), "mine");
    Files.writeString(dir.resolve(".resell-backup-20261206T031500Z.zip.partial"), "x");
    List<String> deleted = BackupRetention.apply(dir, BackupPlan.of("03:30", 1, 0), at(SUNDAY));
    assertThat(deleted)
        .containsExactly(
            at(SUNDAY.minus(2, ChronoUnit.DAYS)), at(SUNDAY.minus(1, ChronoUnit.DAYS)));
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              at(SUNDAY),
              "notes.txt",
              "resell-backup-old-copy.zip",
              ".resell-backup-20261206T031500Z.zip.partial");
    }
  }
}
