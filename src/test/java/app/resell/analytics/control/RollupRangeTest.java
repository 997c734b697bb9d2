package app.resell.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RollupRangeTest {

  private static final LocalDate EPOCH = LocalDate.of(2018, 1, 1);

  /** Every day of the range is read exactly once, from a row that lies wholly inside the range. */
  @Property(tries = 2000)
  void theLevelsCoverEveryDayOfTheRangeExactlyOnce(
      @ForAll @IntRange(min = 0, max = 3000) int start,
      @ForAll @IntRange(min = 0, max = 1500) int length) {
    LocalDate from = EPOCH.plusDays(start);
    LocalDate to = from.plusDays(length);
    RollupRange.Levels levels = RollupRange.levels(from, to);

    Map<LocalDate, Integer> reads = new HashMap<>();
    for (LocalDate day : rows(levels.years(), 'y')) cover(reads, day, day.plusYears(1));
    for (LocalDate day : rows(levels.months(), 'm')) cover(reads, day, day.plusMonths(1));
    for (LocalDate day : rows(levels.days(), 'd')) cover(reads, day, day.plusDays(1));

    assertThat(reads.values()).allMatch(n -> n == 1);
    assertThat(reads.keySet()).hasSize(length + 1);
    assertThat(reads.keySet()).allMatch(d -> !d.isBefore(from) && !d.isAfter(to));
  }

  @Test
  void allTimeIsReadFromTheYearlyRollUpAlone() {
    RollupRange.Levels all =
        RollupRange.levels(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
    assertThat(all.years().get(0))
        .isEqualTo(new RollupRange.Span(LocalDate.of(1900, 1, 1), LocalDate.of(10000, 1, 1)));
    assertThat(all.months()).allMatch(RollupRange.Span::isEmpty);
    assertThat(all.days()).allMatch(RollupRange.Span::isEmpty);
  }

  @Test
  void aRangeInsideOneMonthIsReadByDay() {
    RollupRange.Levels levels =
        RollupRange.levels(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 20));
    assertThat(levels.years()).allMatch(RollupRange.Span::isEmpty);
    assertThat(levels.months()).allMatch(RollupRange.Span::isEmpty);
    assertThat(levels.days().get(0))
        .isEqualTo(new RollupRange.Span(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 21)));
  }

  /** The first days of the rows a level's spans select, checking each row's alignment. */
  private static List<LocalDate> rows(List<RollupRange.Span> spans, char level) {
    List<LocalDate> rows = new ArrayList<>();
    for (RollupRange.Span span : spans) {
      for (LocalDate d = span.from(); d.isBefore(span.until()); d = d.plusDays(1)) {
        boolean rowStart =
            switch (level) {
              case 'y' -> d.getDayOfYear() == 1;
              case 'm' -> d.getDayOfMonth() == 1;
              default -> true;
            };
        if (rowStart) rows.add(d);
      }
    }
    return rows;
  }

  private static void cover(Map<LocalDate, Integer> reads, LocalDate from, LocalDate until) {
    for (LocalDate d = from; d.isBefore(until); d = d.plusDays(1)) reads.merge(d, 1, Integer::sum);
  }
}
