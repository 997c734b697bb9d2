package app.resell.imports.control.pdf;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date in invoice text, in the formats auction software prints: ISO {@code
 * 2025-03-14}, US {@code 03/14/2025} and {@code 3/14/25} (day first when the first number cannot be
 * a month), European {@code 14.03.2025}, and month names in either order ({@code March 14, 2025},
 * {@code Fri, Mar 14 2025}, {@code 14-Mar-2025}, {@code 14th March 2025}).
 */
final class InvoiceDates {

  private static final String MONTH =
      "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
  private static final Pattern SLASH =
      Pattern.compile("\\b(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4}|\\d{2})\\b");
  private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "\\b" + MONTH + "[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?,?[\\s-]+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+" + MONTH + ",?[\\s-]+(\\d{4}|\\d{2})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  private InvoiceDates() {}

  /** The first date found in the text, or empty. */
  static Optional<LocalDate> find(String text) {
    return find(text, false);
  }

  /**
   * The first date found in the text; {@code dayFirst} reads "03/12/2025" as 3 December (an invoice
   * in pounds or euros, or with decimal commas), else as March 12 unless the first number cannot be
   * a month.
   */
  static Optional<LocalDate> find(String text, boolean dayFirst) {
    Matcher m = ISO.matcher(text);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    m = MONTH_FIRST.matcher(text);
    if (m.find()) return date(m.group(3), month(m.group(1)), m.group(2));
    m = DAY_FIRST.matcher(text);
    if (m.find()) return date(m.group(3), month(m.group(2)), m.group(1));
    m = DOTTED.matcher(text);
    if (m.find()) return date(m.group(3), m.group(2), m.group(1));
    m = SLASH.matcher(text);
    if (m.find()) {
      int first = Integer.parseInt(m.group(1));
      return first > 12 || dayFirst && Integer.parseInt(m.group(2)) <= 12
          ? date(m.group(3), m.group(2), m.group(1))
          : date(m.group(3), m.group(1), m.group(2));
    }
    return Optional.empty();
  }

  private static String month(String name) {
    int index = MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT));
    return String.valueOf(index / 3 + 1);
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (y < 100) y += 2000;
    try {
      return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
