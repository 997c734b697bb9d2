package app.resell.imports.control.sheet;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Gives the streaming xlsx handler cell texts that keep their meaning: date-formatted cells as ISO
 * dates ({@code 2024-03-04}, never the ambiguous {@code 3/4/24} the sheet displays) and numbers as
 * the exact stored value, not as rounded for display ({@code 12.345} shown as {@code 12}). Numbers
 * formatted with leading zeros ({@code 00042}) keep them, since those are codes.
 */
final class IsoDateFormatter extends DataFormatter {

  private static final java.util.regex.Pattern LEADING_ZEROS =
      java.util.regex.Pattern.compile("0{2,}");

  private final boolean use1904;

  IsoDateFormatter(boolean use1904) {
    this.use1904 = use1904;
  }

  @Override
  public String formatRawCellContents(double value, int formatIndex, String formatString) {
    return formatRawCellContents(value, formatIndex, formatString, use1904);
  }

  @Override
  public String formatRawCellContents(
      double value, int formatIndex, String formatString, boolean use1904Windowing) {
    if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)) {
      if (value >= 1 && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904);
    }
    if (formatString != null && LEADING_ZEROS.matcher(formatString).matches()) {
      return super.formatRawCellContents(value, formatIndex, formatString, use1904);
    }
    if (formatString != null && formatString.contains("%") && !formatString.contains("\"")) {
      return BigDecimal.valueOf(value).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
    return plain(value);
  }

  static String plain(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) return Double.toString(value);
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
