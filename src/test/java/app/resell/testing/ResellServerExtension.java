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
 * Starts one Resell server on a fresh database for the whole test run (the first integration test
 * class that needs it pays the boot), points REST-assured at it, and tears both down when the run
 * ends. Test classes declare it with {@link ResellIT}; methods may ask for the {@link ResellServer}
 * or an {@link Api} as parameters.
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
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            Running.class,
            key -> {
              Path workDir = Path.of(System.getProperty("resell.it.workdir", "target/it"));
              deleteRecursively(workDir); // a previous run's instance dir would redeploy its apps
              TestDatabase database = TestDatabase.create();
              ResellServer server = new ResellServer(database, workDir);
              server.start();
              return new Running(server, database);
            },
            Running.class)
        .server();
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
