package app.resell.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cross-origin access to the API only for the origins listed in {@code resell.cors.origins}
 * (comma-separated, e.g. {@code https://shop.example.com}); with none listed, the default, the
 * server sends no CORS headers at all and browsers keep other sites out. A preflight from a listed
 * origin is answered here; one from any other origin gets no {@code Access-Control-*} headers.
 * Credentials are bearer tokens, never cookies, so {@code Allow-Credentials} is not sent.
 */
public class CorsFilter extends HttpFilter {

  static final String METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
  static final String HEADERS =
      "Authorization, Content-Type, If-Match, If-None-Match, X-Request-Id";
  static final String EXPOSED =
      "Location, ETag, Retry-After, X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining,"
          + " X-RateLimit-Reset";

  @Inject
  @ConfigProperty(name = "resell.cors.origins")
  Optional<String> origins;

  private Set<String> allowed;

  @Override
  public void init() {
    allowed =
        Arrays.stream(origins.orElse("").split(","))
            .map(String::strip)
            .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
            .filter(o -> !o.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (allowed.isEmpty()) {
      chain.doFilter(req, res);
      return;
    }
    res.addHeader("Vary", "Origin"); // caches must not hand one origin's answer to another
    String origin = req.getHeader("Origin");
    if (origin == null || !allowed.contains(origin)) {
      chain.doFilter(req, res);
      return;
    }
    res.setHeader("Access-Control-Allow-Origin", origin);
    if ("OPTIONS".equals(req.getMethod())
        && req.getHeader("Access-Control-Request-Method") != null) {
      res.setHeader("Access-Control-Allow-Methods", METHODS);
      res.setHeader("Access-Control-Allow-Headers", HEADERS);
      res.setHeader("Access-Control-Max-Age", "600");
      res.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    res.setHeader("Access-Control-Expose-Headers", EXPOSED);
    chain.doFilter(req, res);
  }
}
