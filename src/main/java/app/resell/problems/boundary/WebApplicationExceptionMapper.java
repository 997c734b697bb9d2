package app.resell.problems.boundary;

import app.resell.problems.control.Problem;
import app.resell.problems.control.ProblemException;
import app.resell.problems.control.Problems;
import app.resell.problems.control.RequestTextRefused;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The runtime's own HTTP errors (unknown path 404, wrong method 405, unsupported content type 415,
 * denied role 403, missing token 401) as problem details. Their messages are the runtime's and are
 * replaced by ones a reseller understands.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException e) {
    if (e.getCause() instanceof ProblemException refused) {
      // a parameter the application's own converters refused (ParamConverters)
      return Problems.response(
          Problems.of(refused, uri == null ? null : uri.getRequestUri().getPath()));
    }
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof RequestTextRefused refused) {
        return Problems.response(
            refused.problem(uri == null ? null : uri.getRequestUri().getPath()));
      }
    }
    int status = e.getResponse().getStatus();
    String detail =
        switch (status) {
          case 415 -> "Send the body as application/json (uploads as multipart/form-data).";
          case 406 -> "This resource cannot answer in the media type you asked for.";
          case 400 -> "The request could not be read: check its parameters and body.";
          default -> null;
        };
    Problem problem =
        Problems.of(status, detail, uri == null ? null : uri.getRequestUri().getPath());
    Response.ResponseBuilder answer =
        Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    if (status == 401) answer.header("WWW-Authenticate", "Bearer realm=\"resell\"");
    String allow = e.getResponse().getHeaderString("Allow");
    if (allow != null) answer.header("Allow", allow);
    return answer.build();
  }
}
