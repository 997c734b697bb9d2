package app.resell.money.control;

import app.resell.money.entity.CommissionGroup;
import app.resell.money.entity.FeeSchedule;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A complete, validated set of fee schedules: exactly one per {@link Platform}. Immutable; an
 * administrator's edit produces a new instance through {@link #of} or {@link #with}, which reject
 * invalid data with an {@link InvalidFeeScheduleException} naming every offending field.
 *
 * <p>The shipped defaults live in {@value #DEFAULT_RESOURCE} (read by {@link FeeScheduleFile}).
 */
public final class FeeSchedules {

  public static final String DEFAULT_RESOURCE = "/fees/default-fee-schedules.properties";

  private final Map<Platform, FeeSchedule> byPlatform;

  private FeeSchedules(Map<Platform, FeeSchedule> byPlatform) {
    this.byPlatform = byPlatform;
  }

  /** Validates and indexes the schedules; the list must hold one schedule per platform. */
  public static FeeSchedules of(List<FeeSchedule> schedules) {
    List<String> problems = FeeScheduleValidator.validate(schedules);
    if (!problems.isEmpty()) throw new InvalidFeeScheduleException(problems);
    Map<Platform, FeeSchedule> index = new EnumMap<>(Platform.class);
    for (FeeSchedule s : schedules) {
      index.put(Platform.parse(s.platform()).orElseThrow(), s);
    }
    return new FeeSchedules(index);
  }

  /** The 2025-26 US defaults shipped with the application. */
  public static FeeSchedules defaults() {
    try (InputStream in = FeeSchedules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      return of(FeeScheduleFile.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy with one platform's schedule replaced, validated like {@link #of}. */
  public FeeSchedules with(FeeSchedule replacement) {
    if (replacement == null || replacement.platform() == null) {
      throw new InvalidFeeScheduleException(List.of("fee-schedule.platform: is required"));
    }
    List<FeeSchedule> next = new ArrayList<>();
    for (FeeSchedule s : byPlatform.values()) {
      if (!s.platform().equalsIgnoreCase(replacement.platform().strip())) next.add(s);
    }
    next.add(replacement);
    next.sort(
        Comparator.comparing(s -> Platform.parse(s.platform()).map(Enum::ordinal).orElse(-1)));
    return of(next);
  }

  /** All schedules in {@link Platform} order: the structure {@code GET /fee-schedules} returns. */
  public List<FeeSchedule> all() {
    return List.copyOf(byPlatform.values());
  }

  public FeeSchedule forPlatform(Platform platform) {
    return byPlatform.get(platform);
  }

  /** The commission group for a category: the group listing it, else the default group. */
  public CommissionGroup commissionFor(Platform platform, Category category) {
    List<CommissionGroup> groups = forPlatform(platform).commission();
    String wanted = category == null ? null : category.value();
    return groups.stream()
        .filter(g -> wanted != null && g.categories().stream().anyMatch(wanted::equalsIgnoreCase))
        .findFirst()
        .orElseGet(
            () ->
                groups.stream()
                    .filter(g -> CommissionGroup.DEFAULT.equals(g.name().strip()))
                    .findFirst()
                    .orElseThrow());
  }
}
