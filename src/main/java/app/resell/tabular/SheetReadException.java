package app.resell.tabular;

/**
 * Why a whole spreadsheet cannot be read. The {@link #code()} is stable so the boundary can map it
 * to a problem type; the message is written for the reseller who uploaded the file.
 *
 * <p>Codes: {@code not_spreadsheet}, {@code zip_bomb}, {@code too_many_rows}, {@code corrupt},
 * {@code no_header}, {@code no_sheet} (the named sheet is missing), {@code bad_mapping} (the user's
 * mapping names an unknown field).
 */
public final class SheetReadException extends Exception {

  public static final String NOT_SPREADSHEET = "not_spreadsheet";
  public static final String ZIP_BOMB = "zip_bomb";
  public static final String TOO_MANY_ROWS = "too_many_rows";
  public static final String CORRUPT = "corrupt";
  public static final String NO_HEADER = "no_header";
  public static final String NO_SHEET = "no_sheet";
  public static final String BAD_MAPPING = "bad_mapping";

  private static final long serialVersionUID = 1L;

  private final String code;

  public SheetReadException(String code, String message) {
    super(message);
    this.code = code;
  }

  public SheetReadException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
