package app.resell.imports.control.pdf;

/**
 * The file cannot be read as an invoice at all. Carries a machine {@link #code()} for the job
 * status and a message a reseller can act on; nothing partial is returned with it.
 */
public final class InvoiceReadException extends Exception {

  public static final String ENCRYPTED = "encrypted";
  public static final String NO_TEXT = "no_text";
  public static final String CORRUPT = "corrupt";
  public static final String TOO_MANY_PAGES = "too_many_pages";
  public static final String NOT_PDF = "not_pdf";

  private final String code;

  public InvoiceReadException(String code, String message) {
    super(message);
    this.code = code;
  }

  public InvoiceReadException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** One of encrypted, no_text, corrupt, too_many_pages, not_pdf. */
  public String code() {
    return code;
  }
}
