package app.resell.problems.boundary;

import app.resell.problems.control.Problem;
import app.resell.problems.control.Problems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures at the edge: 400 with every invalid field, named as the client spells it
 * (snake_case), not as the Java parameter path ("create.arg0.itemName").
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return Problems.response(
        Problems.validation(errors, uri == null ? null : uri.getRequestUri().getPath()));
  }

  static String fieldName(ConstraintViolation<?> violation) {
    String last = null;
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE -> {}
        case PARAMETER -> last = node.getName().startsWith("arg") ? "body" : node.getName();
        default ->
            last = node.getName() + (node.getIndex() != null ? "[" + node.getIndex() + "]" : "");
      }
    }
    return snakeCase(last == null ? "body" : last);
  }

  static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
