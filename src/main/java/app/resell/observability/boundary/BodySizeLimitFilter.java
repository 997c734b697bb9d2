package app.resell.observability.boundary;

import app.resell.problems.control.Problem;
import app.resell.problems.control.Problems;
import app.resell.setup.control.JsonMapping;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is over the cap with 413 as a problem detail, before a byte
 * of it is read. The HTTP listener's own cap (payara/post-boot-commands.asadmin) stays as the
 * backstop for bodies that do not declare their length.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class BodySizeLimitFilter extends HttpFilter {

  @Inject
  @ConfigProperty(name = "resell.http.max-body-bytes", defaultValue = "105906176")
  long maxBodyBytes;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getContentLengthLong() > maxBodyBytes) {
      Problem problem =
          Problems.of(
              413,
              "The request body is "
                  + req.getContentLengthLong()
                  + " bytes; the most this server accepts is "
                  + maxBodyBytes
                  + " bytes.",
              req.getRequestURI());
      res.setStatus(413);
      res.setHeader("Connection", "close");
      res.setContentType(Problem.MEDIA_TYPE);
      res.setCharacterEncoding("UTF-8");
      res.getWriter().write(JsonMapping.jsonb().toJson(problem));
      return;
    }
    chain.doFilter(req, res);
  }
}
