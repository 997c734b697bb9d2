package app.resell.analytics.control;

import app.resell.analytics.entity.Period;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads a date range from a triple of roll-ups: the whole calendar years inside it from the yearly
 * view, the whole months outside those years from the monthly one and the days of its partial first
 * and last month from the daily one. The three views have the same columns ({@code day} is the
 * first day of the year or month), so they are a UNION ALL that the dashboard sums like one table;
 * "all time" then reads a row per year instead of tens of thousands of day rows.
 *
 * <p>Each level is read in two half-open day ranges ({@code day >= a AND day < b}), the part of the
 * range before and after the coarser level; {@link #levels} computes them, and they cover every day
 * of the period exactly once.
 */
final class RollupRange {

  /** Days {@code [from, until)}; empty when {@code from} is not before {@code until}. */
  record Span(LocalDate from, LocalDate until) {
    boolean isEmpty() {
      return !from.isBefore(until);
    }
  }

  /** The spans read from the yearly, monthly and daily views. */
  record Levels(List<Span> years, List<Span> months, List<Span> days) {}

  /** The number of parameters {@link #sql} takes, bound by {@link #bind}. */
  static final int PARAMETERS = 12;

  private RollupRange() {}

  /** A FROM item named {@code r} over analytics_{name}_yearly, _monthly and _daily. */
  static String sql(String name) {
    String twoSpans = " WHERE day >= ? AND day < ? OR day >= ? AND day < ?";
    return "(SELECT * FROM analytics_"
        + name
        + "_yearly"
        + twoSpans
        + " UNION ALL SELECT * FROM analytics_"
        + name
        + "_monthly"
        + twoSpans
        + " UNION ALL SELECT * FROM analytics_"
        + name
        + "_daily"
        + twoSpans
        + ") r";
  }

  /** Binds the period from parameter {@code first} on; answers the next free index. */
  static int bind(PreparedStatement st, int first, Period p) throws SQLException {
    Levels levels = levels(p.firstDay(), p.lastDay());
    int i = first;
    for (List<Span> spans : List.of(levels.years(), levels.months(), levels.days())) {
      for (Span span : spans) {
        st.setObject(i++, span.from());
        st.setObject(i++, span.until());
      }
    }
    return i;
  }

  /**
   * Splits the days {@code from..to} (inclusive) into whole years, whole months outside them and
   * single days outside those; each level has two spans (before and after the coarser one), either
   * possibly empty.
   */
  static Levels levels(LocalDate from, LocalDate to) {
    LocalDate end = to.plusDays(1);
    LocalDate monthStart = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate monthEnd = end.withDayOfMonth(1);
    if (!monthStart.isBefore(monthEnd)) {
      Span none = new Span(from, from);
      return new Levels(
          List.of(none, none), List.of(none, none), List.of(new Span(from, end), none));
    }
    LocalDate yearStart = monthStart.getDayOfYear() == 1 ? monthStart : firstOfNextYear(monthStart);
    LocalDate yearEnd = monthEnd.withDayOfYear(1);
    List<Span> days = List.of(new Span(from, monthStart), new Span(monthEnd, end));
    if (!yearStart.isBefore(yearEnd)) {
      Span none = new Span(from, from);
      return new Levels(List.of(none, none), List.of(new Span(monthStart, monthEnd), none), days);
    }
    return new Levels(
        List.of(new Span(yearStart, yearEnd), new Span(yearEnd, yearEnd)),
        List.of(new Span(monthStart, yearStart), new Span(yearEnd, monthEnd)),
        days);
  }

  private static LocalDate firstOfNextYear(LocalDate day) {
    return LocalDate.of(day.getYear() + 1, 1, 1);
  }
}
