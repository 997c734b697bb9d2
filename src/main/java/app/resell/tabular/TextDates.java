package app.resell.tabular;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads the dates resellers type: {@code 2024-03-04}, {@code 3/4/2024}, {@code 03-04-24}, {@code
 * Mar 4, 2024}, {@code 4 Mar 2024}, {@code 4-Mar-24}, {@code 20240304}, and Excel serial numbers
 * ({@code 45355}) that lost their date format on the way through a csv. Whether {@code 3/4} is
 * March or April is the file's {@link DateOrder}, decided once per file by {@link DateOrderVotes}.
 */
public final class TextDates {

  private static final Pattern ISO =
      Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T].*)?$");
  public static final Pattern NUMERIC =
      Pattern.compile("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?:[ T].*)?$");
  private static final Pattern BASIC = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
  private static final Pattern SERIAL = Pattern.compile("^\\d{5}(?:\\.\\d+)?$");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ORDINAL =
      Pattern.compile("(\\d)(?:st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME_TAIL =
      Pattern.compile("\\s+\\d{1,2}:\\d{2}.*$", Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private TextDates() {}

  /** The date the text stands for in a file with the given order, or empty if it is no date. */
  public static Optional<LocalDate> parse(String text, DateOrder order) {
    if (text == null) return Optional.empty();
    String t = text.strip();
    if (t.isEmpty()) return Optional.empty();
    try {
      Matcher m = ISO.matcher(t);
      if (m.matches()) return Optional.of(date(m.group(1), m.group(2), m.group(3)));
      m = NUMERIC.matcher(t);
      if (m.matches()) {
        String year = m.group(3);
        return Optional.of(
            order == DateOrder.DMY
                ? date(year, m.group(2), m.group(1))
                : date(year, m.group(1), m.group(2)));
      }
      m = BASIC.matcher(t);
      if (m.matches()) return Optional.of(date(m.group(1), m.group(2), m.group(3)));
      if (SERIAL.matcher(t).matches()) return serial(Double.parseDouble(t));
      return withMonthName(t);
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** An Excel day count since 1900 (with Excel's own leap-year bug, which POI reproduces). */
  static Optional<LocalDate> serial(double days) {
    if (days < 1 || days > 100_000 || !DateUtil.isValidExcelDate(days)) return Optional.empty();
    return Optional.of(DateUtil.getLocalDateTime(days).toLocalDate());
  }

  /** "Mar 4, 2024", "March 4th 2024", "4 Mar 2024", "4-Mar-24", "Mon, Mar 4, 2024". */
  private static Optional<LocalDate> withMonthName(String text) {
    String t = WEEKDAY.matcher(text).replaceFirst("");
    t = TIME_TAIL.matcher(t).replaceFirst("");
    t = ORDINAL.matcher(t).replaceAll("$1");
    String[] parts = t.toLowerCase(Locale.ROOT).split("[\\s,./\\-]+");
    if (parts.length != 3) return Optional.empty();
    Integer monthFirst = month(parts[0]);
    if (monthFirst != null && digits(parts[1]) && digits(parts[2])) {
      return Optional.of(date(parts[2], monthFirst.toString(), parts[1]));
    }
    Integer monthSecond = month(parts[1]);
    if (monthSecond != null && digits(parts[0]) && digits(parts[2])) {
      if (parts[0].length() == 4)
        return Optional.of(date(parts[0], monthSecond.toString(), parts[2]));
      return Optional.of(date(parts[2], monthSecond.toString(), parts[0]));
    }
    return Optional.empty();
  }

  /** The month an English month name or its abbreviation names (any case), or null. */
  public static Integer month(String name) {
    String word = name.toLowerCase(Locale.ROOT);
    if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) return null;
    Integer m = MONTHS.get(word.length() > 4 ? word.substring(0, 3) : word);
    if (m == null) m = MONTHS.get(word.substring(0, 3));
    return m;
  }

  private static boolean digits(String s) {
    return !s.isEmpty() && s.length() <= 4 && s.chars().allMatch(Character::isDigit);
  }

  private static LocalDate date(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (year.length() <= 2) y = twoDigitYear(y);
    else if (year.length() != 4) throw new DateTimeException("year " + year);
    return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
  }

  /** "24" is 2024; a two-digit year more than ten years ahead is last century ("95" is 1995). */
  private static int twoDigitYear(int yy) {
    int thisYear = Year.now().getValue();
    int y = 2000 + yy;
    return y > thisYear + 10 ? y - 100 : y;
  }
}
