package app.resell.auth.boundary;

import app.resell.auth.entity.User;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A user as the API shows it: never the password hash. */
public record UserView(
    UUID id,
    String email,
    String displayName,
    String role,
    boolean active,
    OffsetDateTime createdAt,
    OffsetDateTime lastLoginAt) {

  static UserView of(User user) {
    return new UserView(
        user.id(),
        user.email(),
        user.displayName(),
        user.role().value(),
        user.active(),
        user.createdAt(),
        user.lastLoginAt());
  }
}
