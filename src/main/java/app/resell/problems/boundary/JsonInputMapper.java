package app.resell.problems.boundary;

import app.resell.problems.control.Problem;
import app.resell.problems.control.Problems;
import app.resell.problems.control.RequestTextRefused;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not valid JSON, or JSON of the wrong shape (text where a number belongs), is the
 * client's mistake: 400, never a 500.
 */
@Provider
public class JsonInputMapper implements ExceptionMapper<ProcessingException> {

  private static final Logger LOG = Logger.getLogger(JsonInputMapper.class.getName());
  private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");

  @Context UriInfo uri;

  @Override
  public Response toResponse(ProcessingException e) {
    String path = uri == null ? null : uri.getRequestUri().getPath();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RequestTextRefused refused) {
        return Problems.response(refused.problem(path));
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        String field = property(t);
        if (field != null) {
          return Problems.response(
              Problems.validation(
                  List.of(new Problem.FieldError(field, "is not a valid value: " + reason(t))),
                  path));
        }
        return Problems.response(
            Problems.of(
                400, "The request body is not valid JSON for this endpoint: " + readable(t), path));
      }
    }
    LOG.log(Level.SEVERE, "Processing failed", e);
    return Problems.response(Problems.of(500, null, path));
  }

  /** The innermost property JSON-B names in its messages (snake_case, as the client sent it). */
  static String property(Throwable t) {
    String field = null;
    for (Throwable c = t; c != null; c = c.getCause()) {
      Matcher m = PROPERTY.matcher(c.getMessage() == null ? "" : c.getMessage());
      while (m.find()) field = m.group(1);
    }
    return field;
  }

  /** The deepest message, which says what was wrong with the value. */
  private static String reason(Throwable t) {
    Throwable deepest = t;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getMessage() != null) deepest = c;
    }
    String text = readable(deepest);
    int because = text.lastIndexOf("because of: ");
    return because < 0 ? text : text.substring(because + "because of: ".length());
  }

  /** The parser's message without Java class names. */
  static String readable(Throwable t) {
    String message = t.getMessage() == null ? "" : t.getMessage();
    message = message.replaceAll("(?:[a-z]+\\.)+[A-Z][A-Za-z0-9$]*", "value");
    return message.length() > 200 ? message.substring(0, 200) + "..." : message;
  }
}
