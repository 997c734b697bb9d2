package app.resell.setup.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers for the web UI's static files (they are public; the API under /api/v1 stays guarded by
 * its tokens). The page and its ES modules must be revalidated on every load, otherwise a browser
 * keeps running yesterday's modules against today's API; WebJars are versioned by path and may be
 * cached for long. The page gets a Content-Security-Policy that allows only its own scripts, so an
 * item name that slipped through escaping still cannot run code.
 */
@WebFilter(urlPatterns = {"/", "/index.html", "/style.css", "/app/*", "/webjars/*"})
public class WebUiHeadersFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (path.startsWith("/webjars/")) {
      res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    } else {
      res.setHeader("Cache-Control", "no-cache");
    }
    if (path.equals("/") || path.equals("/index.html")) {
      String host = req.getHeader("Host");
      if (host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]{1,255}")) host = req.getServerName();
      res.setHeader("Content-Security-Policy", policy(host));
      res.setHeader("Referrer-Policy", "same-origin");
    }
    chain.doFilter(req, res);
  }

  static String policy(String host) {
    return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
        + " img-src 'self' data: blob:; connect-src 'self' blob: ws://"
        + host
        + " wss://"
        + host
        + "; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self';"
        + " frame-ancestors 'none'";
  }
}
