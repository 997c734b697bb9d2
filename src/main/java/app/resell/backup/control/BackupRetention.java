package app.resell.backup.control;

import app.resell.backup.entity.BackupPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Thins out the backup directory after a successful backup: keeps the last backup of each of the
 * newest {@code keep-daily} days and of each of the newest {@code keep-weekly} ISO weeks (UTC, read
 * from the file names), and the file just written whatever its name. Only files named like {@link
 * BackupFiles} names are ever deleted: whatever else a person keeps there stays.
 */
public final class BackupRetention {

  private static final Logger LOG = Logger.getLogger(BackupRetention.class.getName());

  private BackupRetention() {}

  /** The names among {@code names} that the plan no longer keeps. */
  public static Set<String> expired(Collection<String> names, BackupPlan plan, String justWritten) {
    Map<String, Instant> backups = new LinkedHashMap<>();
    for (String name : names) BackupFiles.takenAt(name).ifPresent(at -> backups.put(name, at));
    Set<String> keep = new HashSet<>();
    keep.add(justWritten);
    keep.addAll(lastOfNewest(backups, plan.keepDaily(), at -> day(at).toString()));
    keep.addAll(
        lastOfNewest(
            backups,
            plan.keepWeekly(),
            at ->
                day(at).get(IsoFields.WEEK_BASED_YEAR)
                    + "-W"
                    + day(at).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    Set<String> expired = new HashSet<>(backups.keySet());
    expired.removeAll(keep);
    return expired;
  }

  /** Deletes the expired backups in {@code dir}; answers the names deleted. */
  public static List<String> apply(Path dir, BackupPlan plan, String justWritten)
      throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
    }
    List<String> deleted = new ArrayList<>();
    for (String name : expired(names, plan, justWritten).stream().sorted().toList()) {
      if (Files.deleteIfExists(dir.resolve(name))) deleted.add(name);
    }
    if (!deleted.isEmpty()) LOG.info(() -> "Backups past retention deleted: " + deleted);
    return deleted;
  }

  /** Per period (by key), the newest backup; of the newest {@code periods} periods only. */
  private static Set<String> lastOfNewest(
      Map<String, Instant> backups, int periods, Function<Instant, String> period) {
    Map<String, Map.Entry<String, Instant>> last = new LinkedHashMap<>();
    for (Map.Entry<String, Instant> backup : backups.entrySet()) {
      last.merge(
          period.apply(backup.getValue()),
          backup,
          (a, b) -> a.getValue().isAfter(b.getValue()) ? a : b);
    }
    Set<String> kept = new HashSet<>();
    last.values().stream()
        .sorted(Comparator.comparing(Map.Entry<String, Instant>::getValue).reversed())
        .limit(periods)
        .forEach(e -> kept.add(e.getKey()));
    return kept;
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
