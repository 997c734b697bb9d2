package app.resell.setup.boundary;

import app.resell.observability.boundary.RequestIdFilter;
import app.resell.observability.control.RequestContext;
import app.resell.problems.control.Problem;
import app.resell.problems.control.Problems;
import app.resell.setup.control.JsonMapping;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Renders errors raised outside JAX-RS (a rejected token in the authentication mechanism, a body
 * over the size cap, an unknown static path) as problem details instead of the server's HTML pages.
 * Wired as the error page for those statuses in web.xml. In setup, next to the one JSON-B it writes
 * with, so that the problems feature names no feature above it.
 */
@WebServlet(urlPatterns = "/problem")
public class ErrorPageServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : res.getStatus();
    String uri = (String) req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String detail = Problems.defaultDetail(status);
    if (status == 401) {
      detail = "Your access token is missing, expired or not valid: sign in again.";
      res.setHeader("WWW-Authenticate", "Bearer realm=\"resell\"");
    }
    if (RequestContext.currentId() == null) {
      String id = java.util.UUID.randomUUID().toString();
      RequestContext.set(id);
      res.setHeader(RequestIdFilter.HEADER, id);
    }
    Problem problem = Problems.of(status, detail, uri);
    res.setStatus(status);
    res.setContentType(Problem.MEDIA_TYPE);
    res.setCharacterEncoding("UTF-8");
    res.getWriter().write(JsonMapping.jsonb().toJson(problem));
  }
}
