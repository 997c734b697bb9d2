package app.resell.problems.boundary;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises a failure that means "PostgreSQL is not there" rather than "this request is wrong":
 * the SQL states of the connection-exception class (08xxx) and of a server shutting down (57P0x), a
 * refused TCP connection, or the pool failing to hand out a connection (its exceptions are
 * server-internal classes, so they are matched by name).
 */
final class DatabaseOutage {

  private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");
  private static final Set<String> POOL_FAILURES =
      Set.of("PoolingException", "ResourceAllocationException", "ResourceException");

  private DatabaseOutage() {}

  static boolean isCause(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
      if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) return true;
      if (POOL_FAILURES.contains(t.getClass().getSimpleName())) return true;
      String message = t.getMessage();
      if (message != null && message.contains("Error in allocating a connection")) return true;
    }
    return false;
  }

  private static boolean isConnectionState(String state) {
    return state != null && (state.startsWith("08") || SHUTDOWN_STATES.contains(state));
  }
}
