package app.resell.backup.entity;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When the server backs up by itself and how many backups it keeps: one slot a day at {@code
 * dailyAt} UTC (none when off), the last backup of each of the newest {@code keepDaily} days and of
 * the newest {@code keepWeekly} ISO weeks. A slot missed while no server ran is taken at the next
 * start on the same day or the next, before that day's own slot: the latest slot not after now is
 * the one due.
 */
public record BackupPlan(Optional<LocalTime> dailyAt, int keepDaily, int keepWeekly) {

  public static final String OFF = "off";
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  public BackupPlan {
    if (keepDaily < 1) throw new IllegalArgumentException("keep-daily must be 1 or more");
    if (keepWeekly < 0) throw new IllegalArgumentException("keep-weekly must be 0 or more");
  }

  /** Reads {@code "HH:mm"} (UTC) or {@code "off"}, with a message naming the setting otherwise. */
  public static BackupPlan of(String dailyAt, int keepDaily, int keepWeekly) {
    String text = dailyAt == null ? "" : dailyAt.trim();
    if (text.equalsIgnoreCase(OFF)) return new BackupPlan(Optional.empty(), keepDaily, keepWeekly);
    try {
      return new BackupPlan(Optional.of(LocalTime.parse(text, HH_MM)), keepDaily, keepWeekly);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "resell.backup.daily-at must be a UTC time like 03:30 or off, not '" + dailyAt + "'");
    }
  }

  /** The latest slot at or before {@code now}; empty when scheduled backups are off. */
  public Optional<Instant> dueSlot(Instant now) {
    return dailyAt.map(
        at -> {
          Instant today = now.truncatedTo(ChronoUnit.DAYS).plusSeconds(at.toSecondOfDay());
          return today.isAfter(now) ? today.minus(1, ChronoUnit.DAYS) : today;
        });
  }

  /** The first slot after {@code now}; empty when scheduled backups are off. */
  public Optional<Instant> nextSlot(Instant now) {
    return dueSlot(now).map(slot -> slot.plus(1, ChronoUnit.DAYS));
  }

  /** The daily time as configured, {@code "03:30"} or {@code "off"}. */
  public String dailyAtText() {
    return dailyAt.map(HH_MM::format).orElse(OFF);
  }
}
