package app.resell.testing;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one Resell server on a fresh database per {@link ServerProfile} for the whole test run
 * (the first integration test class that needs it pays the boot), points REST-assured at it, and
 * tears both down when the run ends. Test classes declare it with {@link ResellIT}; methods,
 * including {@code @BeforeAll} ones, may ask for the {@link ResellServer} or an {@link Api} as
 * parameters.
 */
public class ResellServerExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ResellServerExtension.class);

  /** Holds the server and its database; closed by JUnit when the run ends. */
  private record Running(ResellServer server, TestDatabase database)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      server.close();
      database.close();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    ResellServer server = server(context);
    RestAssured.baseURI = server.baseUrl();
    RestAssured.port = server.port();
    RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  public static ResellServer server(ExtensionContext context) {
    Class<? extends ServerProfile> profile =
        context
            .getTestClass()
            .map(c -> c.getAnnotation(ResellIT.class))
            .<Class<? extends ServerProfile>>map(ResellIT::profile)
            .orElse(ServerProfile.Shared.class);
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(profile, ResellServerExtension::start, Running.class)
        .server();
  }

  private static Running start(Class<? extends ServerProfile> profile) {
    String workDir = System.getProperty("resell.it.workdir", "target/it");
    if (profile != ServerProfile.Shared.class) workDir += "-" + profile.getSimpleName();
    deleteRecursively(Path.of(workDir)); // a previous run's instance dir would redeploy its apps
    TestDatabase database = TestDatabase.create();
    ResellServer server = new ResellServer(database, Path.of(workDir));
    instantiate(profile).settings().forEach(server::with);
    try {
      server.start();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    return new Running(server, database);
  }

  private static ServerProfile instantiate(Class<? extends ServerProfile> profile) {
    try {
      var constructor = profile.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("a server profile needs a constructor without arguments", e);
    }
  }

  private static void deleteRecursively(Path dir) {
    try {
      ResellServer.deleteRecursively(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == ResellServer.class || type == Api.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ResellServer server = server(context);
    return parameter.getParameter().getType() == ResellServer.class ? server : new Api(server);
  }
}
