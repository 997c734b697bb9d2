package app.resell.security.boundary;

import app.resell.problems.control.Problem;
import app.resell.setup.control.JsonMapping;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A problem detail written by a servlet filter, before JAX-RS and its exception mappers. */
final class ProblemAnswer {

  private ProblemAnswer() {}

  static void write(HttpServletResponse res, Problem problem) throws IOException {
    res.setStatus(problem.status());
    res.setContentType(Problem.MEDIA_TYPE);
    res.setCharacterEncoding("UTF-8");
    res.getWriter().write(JsonMapping.jsonb().toJson(problem));
  }
}
