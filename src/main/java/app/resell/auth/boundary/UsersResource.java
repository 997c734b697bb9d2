package app.resell.auth.boundary;

import app.resell.auth.control.CurrentUser;
import app.resell.auth.control.UserDirectory;
import app.resell.auth.entity.Role;
import app.resell.problems.control.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User administration, for admins only. */
@Path("users")
@RequestScoped
@Transactional
@RolesAllowed(Role.ADMIN_ROLE)
@Tag(name = "users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

  @Inject UserDirectory users;
  @Inject CurrentUser user;
  @Context UriInfo uri;

  /** A user to create. */
  public static class NewUser {
    @NotBlank
    @Email
    @Size(max = 254)
    public String email;

    @Size(max = 100)
    public String displayName;

    @NotBlank
    @Size(min = 10, max = 200)
    public String password;

    @NotBlank public String role;
  }

  /** What to change of a user; a field left out stays as it is. */
  public static class UserChange {
    public String role;
    public Boolean active;

    @Size(max = 100)
    public String displayName;
  }

  @GET
  @Operation(summary = "List every user")
  public List<UserView> list() {
    return users.all().stream().map(UserView::of).toList();
  }

  @POST
  @Operation(summary = "Create a user with a role (admin, staff or viewer)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = UserView.class)))
  public Response create(@Valid @NotNull NewUser request) {
    Role role =
        Role.parse(request.role)
            .orElseThrow(
                () -> ProblemException.notOneOf("role", request.role, Role.allowedValues()));
    UserView created =
        UserView.of(users.create(request.email, request.displayName, request.password, role));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @PATCH
  @Path("{id}")
  @Operation(
      summary = "Change a user's role, active flag or display name",
      description =
          "A new role or a deactivation ends the user's sessions at once: their refresh tokens are"
              + " revoked and their current access tokens answer 401. 409 when an admin would"
              + " deactivate themselves or drop their own admin role.")
  public UserView change(@PathParam("id") UUID userId, @Valid @NotNull UserChange request) {
    Role role = null;
    if (request.role != null) {
      role =
          Role.parse(request.role)
              .orElseThrow(
                  () -> ProblemException.notOneOf("role", request.role, Role.allowedValues()));
    }
    UUID actor = user.id();
    return UserView.of(users.change(userId, actor, role, request.active, request.displayName));
  }

  /** A new password set by an admin. */
  public static class PasswordReset {
    @NotBlank public String password;
  }

  @POST
  @Path("{id}/password")
  @Operation(
      summary = "Set a new password for a user who lost theirs",
      description =
          "The same rules as any password (10 or more characters, not the email or name, not a"
              + " common password); every session of the user ends.")
  public UserView resetPassword(@PathParam("id") UUID userId, @Valid @NotNull PasswordReset body) {
    return UserView.of(users.resetPassword(userId, body.password));
  }
}
