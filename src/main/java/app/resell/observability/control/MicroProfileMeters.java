package app.resell.observability.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@link Meters} on MicroProfile Metrics: looked up only where its API is present (where it is not,
 * CDI skips this class, which it cannot load). The registry is injected into a field: Payara's
 * producer needs a real injection point and fails a programmatic lookup of the registry.
 */
@ApplicationScoped
public class MicroProfileMeters {

  @Inject MetricRegistry registry;

  /** The bean, or null when the API is there but nothing serves it. */
  static MicroProfileMeters lookup() {
    Instance<MicroProfileMeters> meters = CDI.current().select(MicroProfileMeters.class);
    return meters.isResolvable() ? meters.get() : null;
  }

  public void millis(String name, String description, long value, String... tags) {
    Tag[] pairs = new Tag[tags.length / 2];
    for (int i = 0; i < pairs.length; i++) pairs[i] = new Tag(tags[2 * i], tags[2 * i + 1]);
    // the unit in the name, none in the metadata: Payara would rename a millisecond histogram to
    // _seconds and scale only some of its series, Open Liberty keeps _milliseconds
    registry
        .histogram(
            Metadata.builder()
                .withName(name + "_milliseconds")
                .withDescription(description)
                .withUnit(MetricUnits.NONE)
                .build(),
            pairs)
        .update(value);
  }

  public void gauge(String name, String description, Supplier<Double> value) {
    registry.gauge(
        Metadata.builder()
            .withName(name)
            .withDescription(description)
            .withUnit(MetricUnits.NONE)
            .build(),
        value,
        Supplier::get);
  }
}
