package app.resell.auth.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is making the current request and from where, for audit records. Work done outside a request
 * (a batch job recording imported sales, in a request context of its own) names the user it is done
 * for with {@link #actFor}; there is no token or address then.
 */
@RequestScoped
public class CurrentUser {

  @Inject JsonWebToken jwt;
  @Inject HttpServletRequest request;

  private boolean detached;
  private UUID actingFor;

  /** Outside a request: the work is done for this user (null: for nobody in particular). */
  public void actFor(UUID userId) {
    this.detached = true;
    this.actingFor = userId;
  }

  public UUID id() {
    if (detached) return actingFor;
    try {
      String subject = jwt == null ? null : jwt.getSubject();
      return subject == null ? null : UUID.fromString(subject);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String email() {
    if (detached) return null;
    return jwt == null ? null : jwt.getName();
  }

  public String ip() {
    if (detached) return null;
    return request == null ? null : request.getRemoteAddr();
  }

  public String userAgent() {
    if (detached) return null;
    return request == null ? null : request.getHeader("User-Agent");
  }
}
