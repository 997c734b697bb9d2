package app.resell.auth.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is making the current request and from where, for audit records. */
@RequestScoped
public class CurrentUser {

  @Inject JsonWebToken jwt;
  @Inject HttpServletRequest request;

  public UUID id() {
    try {
      String subject = jwt == null ? null : jwt.getSubject();
      return subject == null ? null : UUID.fromString(subject);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String email() {
    return jwt == null ? null : jwt.getName();
  }

  public String ip() {
    return request == null ? null : request.getRemoteAddr();
  }

  public String userAgent() {
    return request == null ? null : request.getHeader("User-Agent");
  }
}
