package app.resell.observability.boundary;

import app.resell.observability.control.Meters;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Records the duration of every API request in a histogram tagged by endpoint (the route template,
 * e.g. {@code GET /inventory/{id}}, so ids do not explode the series) and status. Exposed by {@code
 * /metrics} in Prometheus format as {@code resell_http_request_duration_milliseconds} (a summary
 * with quantiles, count and sum, tagged {@code mp_scope="application"}) on Payara and Open Liberty
 * alike; on a server without MicroProfile Metrics nothing is recorded ({@link Meters}).
 */
@Provider
@Priority(100)
public class RequestMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String START = RequestMetricsFilter.class.getName() + ".start";
  @Inject Meters meters;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(START, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object start = request.getProperty(START);
    if (!(start instanceof Long started) || meters == null) return;
    meters.millis(
        "resell_http_request_duration",
        "Duration of API requests by endpoint and status",
        (System.nanoTime() - started) / 1_000_000,
        "endpoint",
        request.getMethod() + " " + template(),
        "status",
        Integer.toString(response.getStatus()));
  }

  private String template() {
    if (resource == null || resource.getResourceClass() == null) return "unmatched";
    Path type = resource.getResourceClass().getAnnotation(Path.class);
    Method method = resource.getResourceMethod();
    Path sub = method == null ? null : method.getAnnotation(Path.class);
    String path = (type == null ? "" : "/" + type.value()) + (sub == null ? "" : "/" + sub.value());
    return path.replaceAll("/+", "/");
  }
}
