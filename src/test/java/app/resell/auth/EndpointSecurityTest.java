package app.resell.auth;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every resource method states who may call it. The server denies unannotated methods anyway
 * (SecureByDefault); this test makes a forgotten annotation fail the build instead of the user.
 */
class EndpointSecurityTest {

  @Test
  void everyResourceMethodDeclaresItsRoles() throws Exception {
    List<String> unguarded = new ArrayList<>();
    for (Class<?> type : resourceClasses()) {
      for (Method m : type.getDeclaredMethods()) {
        boolean endpoint =
            Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)
                    .anyMatch(m::isAnnotationPresent)
                || m.isAnnotationPresent(Path.class);
        if (!endpoint) continue;
        boolean guarded =
            m.isAnnotationPresent(RolesAllowed.class)
                || m.isAnnotationPresent(PermitAll.class)
                || type.isAnnotationPresent(RolesAllowed.class)
                || type.isAnnotationPresent(PermitAll.class);
        if (!guarded) unguarded.add(type.getSimpleName() + "." + m.getName());
      }
    }
    assertThat(unguarded).isEmpty();
  }

  /**
   * Sign-in and tokens, health, and a photo through a signed link (the listing file's pictures a
   * marketplace fetches; the link itself is the credential, checked by PhotoLinks).
   */
  @Test
  void onlySignInTokenHealthAndSignedPhotoLinksArePublic() throws Exception {
    List<String> publicResources = new ArrayList<>();
    for (Class<?> type : resourceClasses()) {
      if (type.isAnnotationPresent(PermitAll.class)) publicResources.add(type.getSimpleName());
      for (Method m : type.getDeclaredMethods()) {
        if (m.isAnnotationPresent(PermitAll.class))
          publicResources.add(type.getSimpleName() + "." + m.getName());
      }
    }
    assertThat(publicResources)
        .containsExactlyInAnyOrder("AuthResource", "HealthResource", "PhotosResource.shared");
  }

  private static List<Class<?>> resourceClasses() throws IOException, ClassNotFoundException {
    var root = Paths.get("target/classes");
    List<Class<?>> types = new ArrayList<>();
    try (var files = Files.walk(root)) {
      for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, EndpointSecurityTest.class.getClassLoader());
        if (type.isAnnotationPresent(Path.class)) types.add(type);
      }
    }
    assertThat(types).isNotEmpty();
    return types;
  }
}
