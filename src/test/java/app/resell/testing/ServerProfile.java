package app.resell.testing;

import java.util.Map;

/**
 * The settings a group of integration test classes runs its server with. Each profile gets one
 * server on one database for the whole run, shared by every class that names it in {@link
 * ResellIT#profile()}, so a special configuration costs one boot, not one per class.
 */
public interface ServerProfile {

  /** Environment variables on top of the test defaults of {@link ResellServer}. */
  Map<String, String> settings();

  /** The default: the server nearly every integration test class shares. */
  final class Shared implements ServerProfile {
    @Override
    public Map<String, String> settings() {
      return Map.of();
    }
  }
}
