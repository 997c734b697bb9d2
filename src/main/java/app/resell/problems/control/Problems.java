package app.resell.problems.control;

import app.resell.observability.control.RequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds problem responses with consistent types and titles for every HTTP status. */
public final class Problems {

  public static final String TYPE_BASE = "https://resell.app/problems/";

  private static final Map<Integer, String[]> DEFAULTS =
      Map.ofEntries(
          Map.entry(400, new String[] {"bad-request", "Bad request"}),
          Map.entry(401, new String[] {"unauthorized", "Sign-in required"}),
          Map.entry(403, new String[] {"forbidden", "Not allowed"}),
          Map.entry(404, new String[] {"not-found", "Not found"}),
          Map.entry(405, new String[] {"method-not-allowed", "Method not allowed"}),
          Map.entry(406, new String[] {"not-acceptable", "Not acceptable"}),
          Map.entry(409, new String[] {"conflict", "Conflict"}),
          Map.entry(412, new String[] {"precondition-failed", "Changed by someone else"}),
          Map.entry(413, new String[] {"payload-too-large", "Upload too large"}),
          Map.entry(415, new String[] {"unsupported-media-type", "Unsupported media type"}),
          Map.entry(429, new String[] {"too-many-requests", "Too many requests"}),
          Map.entry(500, new String[] {"internal", "Something went wrong on our side"}),
          Map.entry(503, new String[] {"unavailable", "Temporarily unavailable"}));

  private static final Map<Integer, String> DETAILS =
      Map.of(
          401, "Sign in first: send a valid access token as 'Authorization: Bearer <token>'.",
          403, "Your role does not allow this action.",
          404, "There is nothing at this address.",
          405, "This address does not accept that HTTP method.",
          413, "The request body is larger than the server accepts.",
          500, "The error was logged; quote the request id when you report it.");

  private Problems() {}

  public static Problem of(ProblemException e, String instance) {
    return new Problem(
        TYPE_BASE + e.slug(),
        e.title(),
        e.status(),
        e.getMessage(),
        instance,
        e.errors().isEmpty() ? null : e.errors(),
        e.related().isEmpty() ? null : e.related(),
        RequestContext.currentId());
  }

  public static Problem of(int status, String detail, String instance) {
    String[] d = DEFAULTS.getOrDefault(status, new String[] {"http-" + status, "Error " + status});
    String text = detail == null || detail.isBlank() ? DETAILS.get(status) : detail;
    return new Problem(
        TYPE_BASE + d[0], d[1], status, text, instance, null, null, RequestContext.currentId());
  }

  public static Problem validation(List<Problem.FieldError> errors, String instance) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are not valid";
    return new Problem(
        TYPE_BASE + "validation",
        "Some values are not valid",
        400,
        detail,
        instance,
        errors,
        null,
        RequestContext.currentId());
  }

  public static Response response(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /** The default detail text for a status, for error pages rendered outside JAX-RS. */
  public static String defaultDetail(int status) {
    return DETAILS.get(status);
  }
}
