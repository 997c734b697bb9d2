package app.resell.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The caller's IP address for limits. {@code X-Forwarded-For} is anyone's to forge, so it counts
 * only when {@code resell.http.trusted-proxy=true} says every request comes through one reverse
 * proxy that appends the address it saw: then the last entry is the one the proxy vouches for. The
 * same trust decides whether the proxy's {@code X-Forwarded-Proto} counts.
 */
@ApplicationScoped
public class ClientAddress {

  @Inject
  @ConfigProperty(name = "resell.http.trusted-proxy", defaultValue = "false")
  boolean behindTrustedProxy;

  public String of(HttpServletRequest request) {
    if (behindTrustedProxy) {
      String forwarded = request.getHeader("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        if (last.matches("[0-9A-Fa-f.:\\[\\]]{2,45}")) return last;
      }
    }
    return request.getRemoteAddr();
  }

  /**
   * Whether the caller reached us over TLS: directly, or through the trusted proxy that ended TLS
   * and says so in {@code X-Forwarded-Proto} (anyone else's header is ignored).
   */
  public boolean overTls(HttpServletRequest request) {
    if (request.isSecure()) return true;
    String proto = behindTrustedProxy ? request.getHeader("X-Forwarded-Proto") : null;
    return proto != null && proto.strip().equalsIgnoreCase("https");
  }
}
