package app.resell.problems.boundary;

import jakarta.annotation.Priority;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A {@code @Transactional} method whose commit failed. Jersey's own mapper for these answers only a
 * wrapped {@code WebApplicationException} and lets the rest through as a bare 500, so this one
 * ranks before it: a commit the transaction manager could not complete ({@link SystemException}:
 * the connection died while committing, PostgreSQL restarting under the write) saved nothing and is
 * answered like the database being away, 503 with {@code Retry-After}; anything else is answered as
 * {@link PersistenceFailureMapper} answers its cause chain (a deferred constraint, a lost lock).
 */
@Provider
@Priority(Priorities.USER - 100)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

  private static final Logger LOG = Logger.getLogger(TransactionFailureMapper.class.getName());

  @Context UriInfo uri;

  @Override
  public Response toResponse(TransactionalException e) {
    String path = uri == null ? null : uri.getRequestUri().getPath();
    if (e.getCause() instanceof SystemException) {
      LOG.log(
          Level.WARNING,
          "Commit failed on {0}, nothing saved: {1}",
          new Object[] {path, PersistenceFailureMapper.rootCause(e)});
      return PersistenceFailureMapper.unavailable(path);
    }
    return PersistenceFailureMapper.answer(e, path);
  }
}
