package app.resell.observability.control;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/** {@link Meters} on MicroProfile Metrics: loaded only where its API is present. */
final class MicroProfileMeters {

  private final MetricRegistry registry;

  private MicroProfileMeters(MetricRegistry registry) {
    this.registry = registry;
  }

  /** The application registry, or null when the API is there but no implementation serves it. */
  static MicroProfileMeters lookup() {
    Instance<MetricRegistry> registry = CDI.current().select(MetricRegistry.class);
    return registry.isResolvable() ? new MicroProfileMeters(registry.get()) : null;
  }

  void millis(String name, String description, long value, String... tags) {
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

  void gauge(String name, String description, Supplier<Double> value) {
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
