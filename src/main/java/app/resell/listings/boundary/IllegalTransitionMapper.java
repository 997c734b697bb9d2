package app.resell.listings.boundary;

import app.resell.listings.control.IllegalTransitionException;
import app.resell.problems.control.Problem;
import app.resell.problems.control.Problems;
import app.resell.setup.control.JsonMapping;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;

/**
 * Answers a refused status change as the usual problem detail plus the extension member {@code
 * allowed} (RFC 9457 section 3.2): the statuses the listing can move to from where it is.
 */
@Provider
public class IllegalTransitionMapper implements ExceptionMapper<IllegalTransitionException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(IllegalTransitionException e) {
    Problem problem = Problems.of(e, uri == null ? null : uri.getRequestUri().getPath());
    JsonObject body;
    try (var reader =
        JsonMapping.json().createReader(new StringReader(JsonMapping.jsonb().toJson(problem)))) {
      body =
          JsonMapping.json()
              .createObjectBuilder(reader.readObject())
              .add("allowed", JsonMapping.json().createArrayBuilder(e.allowed()))
              .build();
    }
    return Response.status(409).type(Problem.MEDIA_TYPE).entity(body.toString()).build();
  }
}
