package app.resell.imports.control.batch;

/**
 * Carries why an import failed from the artifact that found out to the job listener, through the
 * job's exit status ({@code FAILED|code|message}), the one channel Jakarta Batch keeps for it.
 */
public final class ImportFailure {

  private static final String PREFIX = "FAILED|";

  private ImportFailure() {}

  public static String exitStatus(String code, String message) {
    return PREFIX + code + "|" + (message == null ? "" : message);
  }

  /** {code, message}, or null when the exit status is not one of ours. */
  public static String[] parse(String exitStatus) {
    if (exitStatus == null || !exitStatus.startsWith(PREFIX)) return null;
    String[] parts = exitStatus.substring(PREFIX.length()).split("\\|", 2);
    return new String[] {parts[0], parts.length > 1 ? parts[1] : ""};
  }
}
