package app.resell.tabular;

import java.util.regex.Matcher;

/**
 * Decides, once per file, whether numeric dates are month-first or day-first. A date whose first
 * part is above 12 ({@code 25/03/2024}) can only be day-first; one whose second part is above 12
 * ({@code 03/25/2024}) can only be month-first. When no date decides, the US order is assumed and
 * the layout says so, so the reseller can check.
 */
public final class DateOrderVotes {

  private int dayFirst;
  private int monthFirst;
  private int undecided;

  public void observe(String text) {
    if (text == null) return;
    Matcher m = TextDates.NUMERIC.matcher(text.strip());
    if (!m.matches()) return;
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    if (first > 12 && second <= 12) dayFirst++;
    else if (second > 12 && first <= 12) monthFirst++;
    else undecided++;
  }

  /** Whether some date already settled the order. */
  public boolean decided() {
    return dayFirst > 0 || monthFirst > 0;
  }

  /** Whether some date could be read either way. */
  public boolean sawUndecided() {
    return undecided > 0;
  }

  public DateOrder order() {
    return dayFirst > monthFirst ? DateOrder.DMY : DateOrder.MDY;
  }

  /** True when the order was assumed although some dates could be read either way. */
  public boolean ambiguous() {
    return !decided() && undecided > 0;
  }

  public boolean conflict() {
    return dayFirst > 0 && monthFirst > 0;
  }
}
