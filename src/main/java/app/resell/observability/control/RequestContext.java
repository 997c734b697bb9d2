package app.resell.observability.control;

/**
 * The id of the request being served on this thread and the user who sent it, for log lines,
 * problem details and audit records. Set by {@code RequestIdFilter} for the duration of a request.
 */
public final class RequestContext {

  private record Current(String id, String user) {}

  private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();

  private RequestContext() {}

  public static String currentId() {
    Current c = CURRENT.get();
    return c == null ? null : c.id();
  }

  /** The signed-in user of the request (the token's {@code upn}, the email), if any. */
  public static String currentUser() {
    Current c = CURRENT.get();
    return c == null ? null : c.user();
  }

  public static void set(String id) {
    set(id, null);
  }

  public static void set(String id, String user) {
    CURRENT.set(new Current(id, user));
  }

  public static void clear() {
    CURRENT.remove();
  }
}
