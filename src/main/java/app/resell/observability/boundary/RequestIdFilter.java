package app.resell.observability.boundary;

import app.resell.observability.control.RequestContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is sane, else a new one),
 * echoes it in the response, and writes one JSON access-log line per API request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {

  public static final String HEADER = "X-Request-Id";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Logger ACCESS = Logger.getLogger("app.resell.access");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String given = req.getHeader(HEADER);
    String id =
        given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    RequestContext.set(id);
    res.setHeader(HEADER, id);
    long start = System.nanoTime();
    try {
      chain.doFilter(req, res);
    } finally {
      if (req.getRequestURI().startsWith("/api/")) {
        long micros = (System.nanoTime() - start) / 1_000;
        ACCESS.info(
            () ->
                req.getMethod()
                    + " "
                    + req.getRequestURI()
                    + " "
                    + res.getStatus()
                    + " "
                    + (micros / 1000.0)
                    + "ms");
      }
      RequestContext.clear();
    }
  }
}
