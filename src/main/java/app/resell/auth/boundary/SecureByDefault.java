package app.resell.auth.boundary;

import app.resell.auth.control.EndedSessions;
import app.resell.problems.control.ProblemException;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every endpoint is denied unless it says who may call it. A resource method (or its class)
 * annotated {@link PermitAll} is public; {@link RolesAllowed} admits users holding one of the
 * roles; anything else, including a forgotten annotation, is refused. Unauthenticated callers get
 * 401, signed-in callers without the role 403, both as problem details; so does a token of a
 * session that has ended (sign-out, deactivation, role change: {@link EndedSessions}).
 */
@Provider
public class SecureByDefault implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    Class<?> type = resource.getResourceClass();
    if (method == null || type == null) return;
    if (method.isAnnotationPresent(PermitAll.class)) return;
    RolesAllowed roles = annotation(method, type);
    if (roles == null) {
      if (type.isAnnotationPresent(PermitAll.class) && !method.isAnnotationPresent(DenyAll.class)) {
        return;
      }
      context.register(new RoleCheck(List.of()));
    } else {
      context.register(new RoleCheck(List.of(roles.value())));
    }
  }

  private static RolesAllowed annotation(Method method, Class<?> type) {
    if (method.isAnnotationPresent(DenyAll.class)) return null;
    RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
    if (onMethod != null) return onMethod;
    AnnotatedElement onType = type;
    return onType.getAnnotation(RolesAllowed.class);
  }

  /** Lets the request through only for a signed-in user holding one of the roles. */
  @Priority(Priorities.AUTHORIZATION)
  static final class RoleCheck implements ContainerRequestFilter {
    private final List<String> roles;

    RoleCheck(List<String> roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      var security = request.getSecurityContext();
      if (security == null || security.getUserPrincipal() == null) {
        throw ProblemException.unauthorized(
            "Sign in first: send a valid access token as 'Authorization: Bearer <token>'.");
      }
      if (security.getUserPrincipal() instanceof JsonWebToken token
          && EndedSessions.ended(
              token.getSubject(), token.getClaim("sid"), token.getIssuedAtTime())) {
        throw ProblemException.unauthorized("This session has ended; sign in again.");
      }
      if (roles.stream().noneMatch(security::isUserInRole)) {
        throw new ProblemException(
            403, "forbidden", "Not allowed", "Your role does not allow this action.");
      }
    }
  }
}
