package app.resell.tabular;

/**
 * A {@link SheetReadException} met while iterating: {@link java.util.Iterator#next()} cannot throw
 * checked exceptions, and a row cap or a corrupt zip entry may only show up mid-file.
 */
public final class UncheckedSheetReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UncheckedSheetReadException(SheetReadException cause) {
    super(cause.getMessage(), cause);
  }

  @Override
  public synchronized SheetReadException getCause() {
    return (SheetReadException) super.getCause();
  }

  public String code() {
    return getCause().code();
  }
}
