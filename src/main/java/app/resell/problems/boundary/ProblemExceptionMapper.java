package app.resell.problems.boundary;

import app.resell.problems.control.ProblemException;
import app.resell.problems.control.Problems;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers the domain's own failures with their status and message. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(ProblemException e) {
    Response answer =
        Problems.response(Problems.of(e, uri == null ? null : uri.getRequestUri().getPath()));
    if (e.status() == 401) answer.getHeaders().add("WWW-Authenticate", "Bearer realm=\"resell\"");
    return answer;
  }
}
