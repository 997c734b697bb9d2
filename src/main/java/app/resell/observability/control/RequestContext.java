package app.resell.observability.control;

/**
 * The id of the request being served on this thread, for log lines, problem details and audit
 * records. Set by {@code RequestIdFilter} for the duration of a request.
 */
public final class RequestContext {

  private static final ThreadLocal<String> ID = new ThreadLocal<>();

  private RequestContext() {}

  public static String currentId() {
    return ID.get();
  }

  public static void set(String id) {
    ID.set(id);
  }

  public static void clear() {
    ID.remove();
  }
}
