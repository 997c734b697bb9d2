package app.resell.setup.boundary;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The API's classes by simple name, found where this class was loaded from: the scanner names a
 * component schema after its class's simple name only, so this is how a schema finds its class.
 * Where two classes share a name, the one whose fields match the schema's properties best wins.
 */
final class ApiClasses {

  private static final Logger LOG = Logger.getLogger(ApiClasses.class.getName());

  private final Map<String, List<Class<?>>> bySimpleName = new HashMap<>();

  ApiClasses() {
    try {
      URL self = ApiClasses.class.getResource("ApiClasses.class");
      List<String> names =
          self.getProtocol().equals("jar")
              ? inJar(((JarURLConnection) self.openConnection()).getJarFile())
              : inDirectory(Path.of(self.toURI()).getParent().resolve("../../../..").normalize());
      names.forEach(this::add);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      LOG.warning(
          () -> "OpenAPI: the API's classes are not listed, schemas keep scanned types: " + e);
    }
  }

  private static List<String> inDirectory(Path root) throws IOException {
    Path base = root.resolve("app/resell");
    if (!Files.isDirectory(base)) return List.of();
    try (Stream<Path> files = Files.walk(base)) {
      return files
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".class"))
          .toList();
    }
  }

  private static List<String> inJar(JarFile file) {
    List<String> names = new ArrayList<>();
    for (JarEntry entry : java.util.Collections.list(file.entries())) {
      if (entry.getName().startsWith("app/resell/") && entry.getName().endsWith(".class")) {
        names.add(entry.getName());
      }
    }
    return names;
  }

  private void add(String resource) {
    String binary = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
    try {
      Class<?> type = Class.forName(binary, false, ApiClasses.class.getClassLoader());
      if (type.isAnonymousClass() || type.isSynthetic()) return;
      bySimpleName.computeIfAbsent(type.getSimpleName(), k -> new ArrayList<>()).add(type);
    } catch (ClassNotFoundException | LinkageError e) {
      // not loadable here: not one the document can name
    }
  }

  /** The class named so whose fields hold most of the properties, or null. */
  Class<?> find(String simpleName, Set<String> properties) {
    List<Class<?>> candidates = bySimpleName.getOrDefault(simpleName, List.of());
    Class<?> best = null;
    long bestScore = 0;
    for (Class<?> candidate : candidates) {
      long score = properties.stream().filter(p -> ApiSchemas.field(candidate, p) != null).count();
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }
}
