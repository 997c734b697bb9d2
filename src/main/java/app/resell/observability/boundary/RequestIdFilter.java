package app.resell.observability.boundary;

import app.resell.observability.control.RequestContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is sane, else a new one),
 * echoes it in the response, keeps it with the signed-in user for the request's log lines, and
 * writes one JSON access-log line per API request. The error page of a request keeps the request's
 * id, so the problem's {@code request_id} and the header agree; a request refused before the
 * filters ran (a bad token) gets its id and its access line on the error page's pass.
 *
 * <p>The access line names method, path, the decoded query (values of parameters that look like
 * secrets replaced by {@code ***}), status and duration; never headers or bodies, so passwords,
 * tokens and {@code Authorization} never reach the log. Mapped first in web.xml.
 */
public class RequestIdFilter extends HttpFilter {

  public static final String HEADER = "X-Request-Id";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern SECRET =
      Pattern.compile("(?i)([^&=]*(?:token|password|secret|key|signature)[^&=]*=)[^&]*");
  private static final int MAX_QUERY = 512;
  private static final Logger ACCESS = Logger.getLogger("app.resell.access");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    boolean errorPage = req.getDispatcherType() == DispatcherType.ERROR;
    String already = res.getHeader(HEADER);
    if (errorPage && already != null) {
      RequestContext.set(already, user(req));
      try {
        chain.doFilter(req, res);
      } finally {
        RequestContext.clear();
      }
      return;
    }
    String given = req.getHeader(HEADER);
    String id =
        given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    RequestContext.set(id, user(req));
    res.setHeader(HEADER, id);
    long start = System.nanoTime();
    try {
      chain.doFilter(req, res);
    } finally {
      String uri =
          errorPage ? (String) req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
      if (uri == null) uri = req.getRequestURI();
      if (uri.startsWith("/api/") && ACCESS.isLoggable(Level.INFO)) {
        long micros = (System.nanoTime() - start) / 1_000;
        String query = errorPage ? null : req.getQueryString();
        ACCESS.info(
            req.getMethod()
                + " "
                + uri
                + (query == null ? "" : "?" + readable(query))
                + " "
                + res.getStatus()
                + " "
                + (micros / 1000.0)
                + "ms");
      }
      RequestContext.clear();
    }
  }

  private static String user(HttpServletRequest req) {
    var principal = req.getUserPrincipal();
    return principal == null ? null : principal.getName();
  }

  /** The query as the user typed it (the log escapes control characters), secrets masked. */
  static String readable(String query) {
    String shortened = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) + "…" : query;
    String masked = SECRET.matcher(shortened).replaceAll("$1***");
    try {
      return URLDecoder.decode(masked, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return masked;
    }
  }
}
