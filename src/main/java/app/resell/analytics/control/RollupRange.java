package app.resell.analytics.control;

import app.resell.analytics.entity.Period;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Reads a date range from a pair of roll-ups: the whole calendar months inside it from the monthly
 * view, the days of its partial first and last month from the daily one. Both views have the same
 * columns (the monthly {@code day} is the month's first day), so the pair is a UNION ALL that the
 * dashboard sums like one table; "all time" then reads a few hundred month rows instead of tens of
 * thousands of day rows.
 */
final class RollupRange {

  /** The number of parameters {@link #sql} takes, bound by {@link #bind}. */
  static final int PARAMETERS = 6;

  private RollupRange() {}

  /** A FROM item named {@code r} over analytics_{name}_monthly and analytics_{name}_daily. */
  static String sql(String name) {
    return "(SELECT * FROM analytics_"
        + name
        + "_monthly WHERE day >= ? AND day < ? UNION ALL SELECT * FROM analytics_"
        + name
        + "_daily WHERE day BETWEEN ? AND ? OR day BETWEEN ? AND ?) r";
  }

  /** Binds the period from parameter {@code first} on; answers the next free index. */
  static int bind(PreparedStatement st, int first, Period p) throws SQLException {
    LocalDate from = p.firstDay();
    LocalDate to = p.lastDay();
    LocalDate fullStart = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate fullEnd = to.plusDays(1).getDayOfMonth() == 1 ? to.plusDays(1) : to.withDayOfMonth(1);
    if (!fullStart.isBefore(fullEnd)) {
      st.setObject(first, fullStart);
      st.setObject(first + 1, fullStart);
      st.setObject(first + 2, from);
      st.setObject(first + 3, to);
      st.setObject(first + 4, to.plusDays(1));
      st.setObject(first + 5, to);
    } else {
      st.setObject(first, fullStart);
      st.setObject(first + 1, fullEnd);
      st.setObject(first + 2, from);
      st.setObject(first + 3, fullStart.minusDays(1));
      st.setObject(first + 4, fullEnd);
      st.setObject(first + 5, to);
    }
    return first + PARAMETERS;
  }
}
