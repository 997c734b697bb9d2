package app.resell.backup.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackupFilesTest {

  @Test
  void aBackupsNameCarriesItsUtcTimeAndReadsBack() {
    Instant at = Instant.parse("2026-12-06T03:15:42.123Z");
    assertThat(BackupFiles.name(at)).isEqualTo("resell-backup-20261206T031542Z.zip");
    assertThat(BackupFiles.takenAt(BackupFiles.name(at)))
        .contains(Instant.parse("2026-12-06T03:15:42Z"));
    assertThat(BackupFiles.takenAt("notes.zip")).isEmpty();
    assertThat(BackupFiles.takenAt(".resell-backup-20261206T031542Z.zip.partial")).isEmpty();
  }
}
