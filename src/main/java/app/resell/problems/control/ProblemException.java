package app.resell.problems.control;

import java.util.List;
import java.util.Map;

/**
 * A failure the client can understand and act on, answered as a problem detail with its status.
 * Services throw the named subclasses; one mapper turns them all into responses.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String title;
  private final String slug;
  private final List<Problem.FieldError> errors;
  private final Map<String, String> related;

  public ProblemException(int status, String slug, String title, String detail) {
    this(status, slug, title, detail, List.of());
  }

  public ProblemException(
      int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
    this(status, slug, title, detail, errors, Map.of());
  }

  public ProblemException(
      int status,
      String slug,
      String title,
      String detail,
      List<Problem.FieldError> errors,
      Map<String, String> related) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.related = Map.copyOf(related);
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  public Map<String, String> related() {
    return related;
  }

  /** 400: the request is understood but a value is wrong. */
  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        400,
        "validation",
        "Some values are not valid",
        field + ": " + message,
        List.of(new Problem.FieldError(field, message)));
  }

  /** 400 for a value outside a fixed set, listing the allowed values. */
  public static ProblemException notOneOf(String field, String given, List<String> allowed) {
    return invalid(
        field, "'" + given + "' is not allowed; use one of: " + String.join(", ", allowed));
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(409, "conflict", "Conflict", detail);
  }

  /** 409 about an existing record the client may want to open, named in {@code related}. */
  public static ProblemException conflict(String detail, String relation, String id) {
    return new ProblemException(
        409, "conflict", "Conflict", detail, List.of(), Map.of(relation, id));
  }

  public static ProblemException unauthorized(String detail) {
    return new ProblemException(401, "unauthorized", "Sign-in required", detail);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "forbidden", "Not allowed", detail);
  }

  public static ProblemException preconditionFailed(String detail) {
    return new ProblemException(412, "precondition-failed", "Changed by someone else", detail);
  }

  public static ProblemException tooLarge(String detail) {
    return new ProblemException(413, "payload-too-large", "Upload too large", detail);
  }

  public static ProblemException unsupportedMedia(String detail) {
    return new ProblemException(415, "unsupported-media-type", "Unsupported file type", detail);
  }
}
