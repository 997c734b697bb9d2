package app.resell.security.boundary;

import app.resell.security.control.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser hardening headers on every answer of the application, problem details included: no
 * content sniffing, no framing by other sites, no full URLs in the Referer, and a
 * Content-Security-Policy. The web UI's pages may load only their own scripts (no inline script, so
 * an item name that slipped through escaping still cannot run code); API answers are data and may
 * load nothing at all. Mapped in web.xml for requests and error pages.
 *
 * <p>API answers carry tokens and business data, so no cache (a shared proxy, the browser's disk)
 * may keep them: {@code Cache-Control: no-store}. HSTS is sent when the request came over TLS,
 * directly or, per {@link ClientAddress#overTls}, through the trusted reverse proxy that ends TLS
 * (docs/SECURITY.md); over plain HTTP it would mean nothing and is left out.
 */
public class SecurityHeadersFilter extends HttpFilter {

  static final String HSTS = "max-age=31536000; includeSubDomains";

  @Inject ClientAddress clients;

  static final String API_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "same-origin");
    boolean api = isApi(path(req));
    res.setHeader("Content-Security-Policy", api ? API_POLICY : pagePolicy(host(req)));
    if (api) res.setHeader("Cache-Control", "no-store");
    if (clients.overTls(req)) res.setHeader("Strict-Transport-Security", HSTS);
    chain.doFilter(req, res);
  }

  private static String path(HttpServletRequest req) {
    Object original = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = original instanceof String s ? s : req.getRequestURI();
    return uri.substring(Math.min(uri.length(), req.getContextPath().length()));
  }

  private static boolean isApi(String path) {
    return path.startsWith("/api/") || path.equals("/problem");
  }

  private static String host(HttpServletRequest req) {
    String host = req.getHeader("Host");
    return host != null && host.matches("[A-Za-z0-9.:\\[\\]-]{1,255}") ? host : req.getServerName();
  }

  /** The web UI's policy: its own scripts and styles, and its live-events socket on this host. */
  static String pagePolicy(String host) {
    return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
        + " img-src 'self' data: blob:; connect-src 'self' blob: ws://"
        + host
        + " wss://"
        + host
        + "; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self';"
        + " frame-ancestors 'none'";
  }
}
