package app.resell.security.boundary;

import app.resell.problems.control.Problems;
import app.resell.security.control.RateLimitedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a refused sign-in or import with 429, the problem detail and the limit's headers. */
@Provider
public class RateLimitedMapper implements ExceptionMapper<RateLimitedException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(RateLimitedException e) {
    Response answer =
        Problems.response(Problems.of(e, uri == null ? null : uri.getRequestUri().getPath()));
    e.verdict().headers(answer.getHeaders()::putSingle);
    return answer;
  }
}
