package app.resell.imports.control.sales;

import app.resell.tabular.TextDates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sale dates as marketplace reports print them: {@code Jul-25-26} and {@code 25-Jul-26} (eBay US
 * and UK), {@code 07/25/26} and {@code 07/25/2026} (Etsy, Mercari, Poshmark: month first), {@code
 * Jun 12, 2026, 10:14:57 AM} (Whatnot), ISO dates and timestamps. A time of day is kept when given;
 * times without a zone are taken as UTC, dates alone as the start of that day in UTC.
 */
public final class ReportDates {

  private static final Pattern MONTH_FIRST =
      Pattern.compile("^([A-Za-z]{3,9})[-. ](\\d{1,2}),?[-. ]+(\\d{2}|\\d{4})(?:,?\\s+(.*))?$");
  private static final Pattern DAY_FIRST =
      Pattern.compile("^(\\d{1,2})[-. ]([A-Za-z]{3,9})[-. ](\\d{2}|\\d{4})(?:,?\\s+(.*))?$");
  private static final Pattern NUMERIC =
      Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?:,?\\s+(.*))?$");
  private static final Pattern ISO_DATE =
      Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:[ T](.*))?$");
  private static final Pattern TIME =
      Pattern.compile(
          "^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([AaPp][Mm])?(?:\\s*\\S+)?$");

  private ReportDates() {}

  /**
   * The moment the text stands for; null for an empty cell.
   *
   * @throws IllegalArgumentException when the text is no date
   */
  public static OffsetDateTime parse(String text) {
    if (ReportMoney.none(text)) return null;
    String t = text.strip();
    try {
      if (t.length() > 19 && (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:?\\d{2}$"))) {
        return OffsetDateTime.parse(t.replace(' ', 'T'));
      }
    } catch (DateTimeParseException e) {
      // read below as a date and a time apart
    }
    Matcher m = MONTH_FIRST.matcher(t);
    if (m.matches()) return at(year(m.group(3)), month(m.group(1)), day(m.group(2)), m.group(4), t);
    m = DAY_FIRST.matcher(t);
    if (m.matches()) return at(year(m.group(3)), month(m.group(2)), day(m.group(1)), m.group(4), t);
    m = NUMERIC.matcher(t);
    if (m.matches()) return at(year(m.group(3)), day(m.group(1)), day(m.group(2)), m.group(4), t);
    m = ISO_DATE.matcher(t);
    if (m.matches()) {
      return at(Integer.parseInt(m.group(1)), day(m.group(2)), day(m.group(3)), m.group(4), t);
    }
    throw new IllegalArgumentException("'" + t + "' is not a date");
  }

  private static OffsetDateTime at(int year, int month, int day, String time, String text) {
    try {
      LocalDate date = LocalDate.of(year, month, day);
      return LocalDateTime.of(date, time(time, text)).atOffset(ZoneOffset.UTC);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date");
    }
  }

  private static LocalTime time(String text, String whole) {
    if (text == null || text.isBlank()) return LocalTime.MIDNIGHT;
    Matcher m = TIME.matcher(text.strip());
    if (!m.matches()) throw new IllegalArgumentException("'" + whole + "' is not a date");
    int hour = Integer.parseInt(m.group(1));
    String half = m.group(4);
    if (half != null) {
      boolean pm = half.equalsIgnoreCase("pm");
      if (hour == 12) hour = pm ? 12 : 0;
      else if (pm) hour += 12;
    }
    int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return LocalTime.of(hour, Integer.parseInt(m.group(2)), second);
  }

  private static int year(String text) {
    int y = Integer.parseInt(text);
    return text.length() == 2 ? 2000 + y : y;
  }

  private static int month(String name) {
    Integer month = TextDates.month(name);
    if (month == null) throw new IllegalArgumentException("'" + name + "' is not a month");
    return month;
  }

  private static int day(String text) {
    return Integer.parseInt(text);
  }
}
