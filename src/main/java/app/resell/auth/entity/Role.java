package app.resell.auth.entity;

import app.resell.setup.entity.EnumLabels;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do. Roles are ordered: an admin can do everything staff can, staff everything a
 * viewer can. Tokens carry the implied roles as groups, so an endpoint names the least role it
 * needs ({@code @RolesAllowed("viewer")} admits everyone signed in).
 */
public enum Role {
  ADMIN,
  STAFF,
  VIEWER;

  public static final String ADMIN_ROLE = "admin";
  public static final String STAFF_ROLE = "staff";
  public static final String VIEWER_ROLE = "viewer";

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** This role and every role below it, as token groups. */
  public List<String> groups() {
    return Arrays.stream(values()).filter(r -> r.ordinal() >= ordinal()).map(Role::value).toList();
  }

  public static Optional<Role> parse(String text) {
    if (text == null) return Optional.empty();
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.value().equals(wanted)).findFirst();
  }

  public static List<String> allowedValues() {
    return Arrays.stream(values()).map(Role::value).toList();
  }

  @Converter
  public static class RoleConverter implements AttributeConverter<Role, String> {
    @Override
    public String convertToDatabaseColumn(Role role) {
      return EnumLabels.label(role);
    }

    @Override
    public Role convertToEntityAttribute(String label) {
      return EnumLabels.parse(Role.class, label);
    }
  }
}
