package app.resell.analytics.entity;

import app.resell.problems.control.ProblemException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A range of UTC calendar days, both ends included, either end open. Reports and the dashboard
 * count an item on the day it was acquired and a sale on the day it was sold.
 */
public final class Period {

  private final LocalDate from;
  private final LocalDate to;

  private Period(LocalDate from, LocalDate to) {
    this.from = from;
    this.to = to;
  }

  /** Parses the query parameters; 400 naming the field for a bad date or a reversed range. */
  public static Period of(String dateFrom, String dateTo) {
    LocalDate from = date("date_from", dateFrom);
    LocalDate to = date("date_to", dateTo);
    if (from != null && to != null && from.isAfter(to)) {
      throw ProblemException.invalid("date_from", "date_from is after date_to");
    }
    return new Period(from, to);
  }

  public static Period between(LocalDate from, LocalDate to) {
    return new Period(from, to);
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(field, "not a date (YYYY-MM-DD): " + text);
    }
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }

  /** The first day, or a day before any data (so SQL needs no optional predicates). */
  public LocalDate firstDay() {
    return from == null ? LocalDate.of(1900, 1, 1) : from;
  }

  public LocalDate lastDay() {
    return to == null ? LocalDate.of(9999, 12, 31) : to;
  }

  /** The start of the first day, UTC. */
  public OffsetDateTime start() {
    return firstDay().atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  /** The start of the day after the last, UTC (exclusive end). */
  public OffsetDateTime end() {
    return to == null
        ? LocalDate.of(9999, 12, 31).atStartOfDay().atOffset(ZoneOffset.UTC)
        : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
  }
}
