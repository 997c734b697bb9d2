package app.resell.problems.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error answer. {@code errors} names the fields that
 * failed validation; {@code request_id} lets support find the log lines of the request.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "requestId"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors,
    String requestId) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field: its name as the client sent it, and what is wrong with it. */
  public record FieldError(String field, String message) {}
}
