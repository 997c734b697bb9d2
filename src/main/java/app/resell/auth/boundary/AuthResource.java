package app.resell.auth.boundary;

import app.resell.auth.control.CurrentUser;
import app.resell.auth.control.Sessions;
import app.resell.auth.control.UserDirectory;
import app.resell.auth.entity.Role;
import app.resell.auth.entity.User;
import app.resell.problems.control.Problem;
import app.resell.problems.control.ProblemException;
import app.resell.security.control.ClientAddress;
import app.resell.security.control.RateLimits;
import app.resell.security.control.SignInBackoff;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign-in, token refresh and sign-out: the only public part of the API besides health; and the
 * signed-in user's own password change. Failed sign-ins slow the account down ({@link
 * SignInBackoff}). A refused request still commits: revoking a token family on reuse must stick
 * although the answer is 401.
 */
@Path("auth")
@RequestScoped
@Transactional(dontRollbackOn = ProblemException.class)
@PermitAll
@Tag(name = "auth")
@SecurityRequirements
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject Sessions sessions;
  @Inject RateLimits limits;
  @Inject ClientAddress clients;
  @Inject SignInBackoff backoff;
  @Inject UserDirectory users;
  @Inject CurrentUser current;
  @Context HttpServletRequest http;

  /**
   * Sign-in request. A class, not a record: MP OpenAPI in Payara fails on constrained record
   * components.
   */
  public static class Credentials {
    @NotBlank public String email;
    @NotBlank public String password;
  }

  /** A password change: the current password and the new one. */
  public static class PasswordChange {
    @NotBlank public String currentPassword;
    @NotBlank public String newPassword;
  }

  /** A refresh token to rotate or revoke. */
  public static class RefreshRequest {
    @NotBlank public String refreshToken;
  }

  @POST
  @Path("login")
  @Operation(summary = "Sign in with email and password; answers an access and a refresh token")
  @APIResponse(
      responseCode = "200",
      description = "Signed in",
      content = @Content(schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(
      responseCode = "401",
      description = "Wrong email or password, or the account is inactive",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Extension(name = "x-public", value = "true")
  public TokenResponse login(@Valid @NotNull Credentials credentials) {
    limits.signInAttempt(credentials.email, http == null ? null : clients.of(http));
    backoff.check(credentials.email, Instant.now());
    Sessions.Issued issued;
    try {
      issued = sessions.signIn(credentials.email, credentials.password, ip(), userAgent());
    } catch (ProblemException refused) {
      backoff.failed(credentials.email, Instant.now());
      throw refused;
    }
    backoff.succeeded(credentials.email);
    return TokenResponse.of(issued);
  }

  @POST
  @Path("password")
  @RolesAllowed(Role.VIEWER_ROLE)
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Change your own password; your sessions end and the answer starts a new one",
      description =
          "current_password proves it is you; new_password needs 10 or more characters, must not"
              + " be your email or name or a common password. Every session of yours ends (other"
              + " devices sign in again); use the tokens in the answer from here on.")
  public TokenResponse changePassword(@Valid @NotNull PasswordChange change) {
    String email = current.email();
    backoff.check(email, Instant.now());
    User user;
    try {
      user = users.changePassword(current.id(), change.currentPassword, change.newPassword);
    } catch (ProblemException refused) {
      boolean wrongPassword =
          refused.errors().stream().anyMatch(e -> e.field().equals("current_password"));
      if (wrongPassword) backoff.failed(email, Instant.now());
      throw refused;
    }
    return TokenResponse.of(sessions.start(user, ip(), userAgent()));
  }

  @POST
  @Path("refresh")
  @Operation(summary = "Trade a refresh token for new tokens; the old refresh token stops working")
  @Extension(name = "x-public", value = "true")
  public TokenResponse refresh(@Valid @NotNull RefreshRequest request) {
    return TokenResponse.of(sessions.refresh(request.refreshToken, ip(), userAgent()));
  }

  @POST
  @Path("logout")
  @Operation(summary = "End the session of a refresh token")
  @Extension(name = "x-public", value = "true")
  @APIResponse(responseCode = "204", description = "Signed out")
  public Response logout(@Valid @NotNull RefreshRequest request) {
    sessions.signOut(request.refreshToken);
    return Response.noContent().build();
  }

  private String ip() {
    return http == null ? null : http.getRemoteAddr();
  }

  private String userAgent() {
    return http == null ? null : http.getHeader("User-Agent");
  }
}
