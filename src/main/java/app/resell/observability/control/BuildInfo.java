package app.resell.observability.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this build was made as (written by Maven into build.properties). */
public final class BuildInfo {

  private BuildInfo() {}

  public static String version() {
    Properties build = new Properties();
    try (InputStream in =
        BuildInfo.class.getResourceAsStream("/app/resell/observability/build.properties")) {
      if (in != null) build.load(in);
    } catch (IOException e) {
      // answered as unknown
    }
    return build.getProperty("version", "unknown");
  }
}
