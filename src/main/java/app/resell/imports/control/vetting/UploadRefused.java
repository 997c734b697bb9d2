package app.resell.imports.control.vetting;

import app.resell.problems.control.Problem;
import app.resell.problems.control.ProblemException;
import java.util.List;

/**
 * An upload refused before any job starts: 415 when the bytes are not the kind the endpoint takes,
 * 422 when they are but cannot be imported safely. The problem type ends in the machine code
 * ({@code .../problems/zip-bomb}) and {@code errors[0].field} is {@code file}.
 */
public final class UploadRefused {

  private UploadRefused() {}

  public static ProblemException unprocessable(String code, String detail) {
    return new ProblemException(
        422,
        code.replace('_', '-'),
        "The file cannot be imported",
        detail,
        List.of(new Problem.FieldError("file", detail)));
  }

  public static ProblemException wrongType(String code, String detail) {
    return new ProblemException(
        415,
        code.replace('_', '-'),
        "Unsupported file type",
        detail,
        List.of(new Problem.FieldError("file", detail)));
  }
}
