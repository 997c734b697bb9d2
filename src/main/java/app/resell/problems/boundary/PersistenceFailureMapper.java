package app.resell.problems.boundary;

import app.resell.problems.control.ProblemException;
import app.resell.problems.control.Problems;
import app.resell.problems.control.RequestBodyTooLarge;
import app.resell.problems.control.RequestTextRefused;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception nobody mapped more precisely. Walks the cause chain, because transactions and
 * EJBs wrap what went wrong: a lost optimistic lock is 409, a unique or foreign-key violation is
 * 409, a failed check constraint 400, a wrapped {@link ProblemException} keeps its own answer. A
 * database that cannot be reached (PostgreSQL restarting, the pool unable to hand out a connection)
 * is 503 with {@code Retry-After}: the client may try again, nothing is wrong with the request.
 * Anything else is a 500 whose body names no Java class; the stack goes to the log.
 */
@Provider
public class PersistenceFailureMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(PersistenceFailureMapper.class.getName());

  @Context UriInfo uri;

  @Override
  public Response toResponse(Exception e) {
    return answer(e, uri == null ? null : uri.getRequestUri().getPath());
  }

  /** The answer to a failure on {@code path}; see the class comment. */
  static Response answer(Throwable e, String path) {
    if (DatabaseOutage.isCause(e)) {
      LOG.log(Level.WARNING, "Database unavailable on {0}: {1}", new Object[] {path, rootCause(e)});
      return unavailable(path);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProblemException problem) {
        return Problems.response(Problems.of(problem, path));
      }
      if (t instanceof RequestTextRefused refused) {
        return Problems.response(refused.problem(path));
      }
      if (t instanceof RequestBodyTooLarge
          || (t instanceof IOException io
              && io.getMessage() != null
              && io.getMessage().contains("exceeds max post size"))) {
        // a body without a declared length, cut off by our cap or the listener's
        return Problems.response(Problems.of(413, t.getMessage(), path));
      }
      if (t instanceof OptimisticLockException || isEclipseLinkOptimisticLock(t)) {
        return Problems.response(
            Problems.of(
                409,
                "Someone else changed this record since you loaded it. Reload and try again.",
                path));
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        Response answer = forSqlState(sql, path);
        if (answer != null) return answer;
      }
    }
    LOG.log(Level.SEVERE, "Unhandled failure on " + path, e);
    return Problems.response(Problems.of(500, null, path));
  }

  /** 503 with {@code Retry-After}: nothing is wrong with the request, the database is away. */
  static Response unavailable(String path) {
    return Response.fromResponse(
            Problems.response(
                Problems.of(
                    503, "The database is not reachable right now; try again shortly.", path)))
        .header("Retry-After", "5")
        .build();
  }

  /** The innermost cause's class and first line: no SQL statement or bound values. */
  static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String message =
        root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
    return root.getClass().getSimpleName() + ": " + message;
  }

  private static boolean isEclipseLinkOptimisticLock(Throwable t) {
    return t.getClass().getName().endsWith("OptimisticLockException");
  }

  private static Response forSqlState(SQLException e, String path) {
    String detail = serverDetail(e);
    return switch (e.getSQLState()) {
      case "23505" ->
          Problems.response(Problems.of(409, "This would create a duplicate: " + detail, path));
      case "23503" ->
          Problems.response(
              Problems.of(
                  409, "This is still in use or refers to something missing: " + detail, path));
      case "23514", "23502", "22P02", "22003", "22001" ->
          Problems.response(Problems.of(400, "A value is not allowed: " + detail, path));
      default -> null;
    };
  }

  /** PostgreSQL's message without the SQL that caused it. */
  private static String serverDetail(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int cut = message.indexOf("\n");
    return (cut > 0 ? message.substring(0, cut) : message).replaceFirst("^ERROR: ", "");
  }
}
