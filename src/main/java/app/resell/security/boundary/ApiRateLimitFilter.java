package app.resell.security.boundary;

import app.resell.problems.control.Problem;
import app.resell.problems.control.Problems;
import app.resell.security.control.ClientAddress;
import app.resell.security.control.RateLimits;
import app.resell.security.control.Verdict;
import app.resell.setup.control.JsonMapping;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The API's request limit, per signed-in user (the token's subject) or, for anonymous callers, per
 * address. Every answer carries the {@code X-RateLimit-*} headers; a request over the limit is
 * refused with 429 before any work is done. Mapped to {@code /api/*} in web.xml: health, metrics,
 * OpenAPI and the web UI's files are not limited.
 */
public class ApiRateLimitFilter extends HttpFilter {

  @Inject RateLimits limits;
  @Inject ClientAddress clients;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Verdict verdict = limits.apiRequest(userId(req.getUserPrincipal()), clients.of(req));
    verdict.headers(res::setHeader);
    if (verdict.allowed()) {
      chain.doFilter(req, res);
      return;
    }
    Problem problem =
        Problems.of(
            429,
            "More than "
                + verdict.limit()
                + " requests in a minute; try again in "
                + verdict.retryAfterSeconds()
                + " s.",
            req.getRequestURI());
    res.setStatus(429);
    res.setContentType(Problem.MEDIA_TYPE);
    res.setCharacterEncoding("UTF-8");
    res.getWriter().write(JsonMapping.jsonb().toJson(problem));
  }

  static String userId(Principal principal) {
    if (principal == null) return null;
    if (principal instanceof JsonWebToken jwt && jwt.getSubject() != null) return jwt.getSubject();
    return principal.getName();
  }
}
