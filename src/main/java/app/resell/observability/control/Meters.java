package app.resell.observability.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The application's metrics, in terms that name no MicroProfile Metrics type, so the WAR deploys on
 * a server without MicroProfile Metrics (WildFly has none since 25): there every call does nothing
 * and {@code /metrics} is the server's business. Only {@link MicroProfileMeters} touches the API,
 * and only once it is known to be there.
 */
@ApplicationScoped
public class Meters {

  private static final Logger LOG = Logger.getLogger(Meters.class.getName());
  private static final String API = "org.eclipse.microprofile.metrics.MetricRegistry";

  private volatile MicroProfileMeters meters;
  private volatile boolean looked;

  /**
   * One observation of a histogram in milliseconds, exposed as {@code <name>_milliseconds} on every
   * server, tagged with {@code name, value} pairs.
   */
  public void millis(String name, String description, long value, String... tags) {
    MicroProfileMeters m = meters();
    if (m != null) m.millis(name, description, value, tags);
  }

  /** A gauge read at scrape time; its name carries its unit. */
  public void gauge(String name, String description, Supplier<Double> value) {
    MicroProfileMeters m = meters();
    if (m != null) m.gauge(name, description, value);
  }

  private MicroProfileMeters meters() {
    if (!looked) {
      synchronized (this) {
        if (!looked) {
          meters = available() ? MicroProfileMeters.lookup() : null;
          if (meters == null) LOG.info("No MicroProfile Metrics on this server: no /metrics");
          looked = true;
        }
      }
    }
    return meters;
  }

  private static boolean available() {
    try {
      Class.forName(API, false, Meters.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
