package app.resell.setup.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Caching of the web UI's static files (they are public; the API under /api/v1 stays guarded by its
 * tokens). The page and its ES modules must be revalidated on every load, otherwise a browser keeps
 * running yesterday's modules against today's API; WebJars are versioned by path and may be cached
 * for long. The page's Content-Security-Policy and the other hardening headers come from {@code
 * app.resell.security.boundary.SecurityHeadersFilter}, which covers every answer.
 */
@WebFilter(urlPatterns = {"/", "/index.html", "/style.css", "/app/*", "/webjars/*"})
public class WebUiHeadersFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.startsWith("/webjars/")) {
      res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    } else {
      res.setHeader("Cache-Control", "no-cache");
    }
    chain.doFilter(req, res);
  }
}
