package app.resell.observability.boundary;

import app.resell.observability.control.BuildInfo;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/health}: the one-look answer of the original design, public like {@code
 * /health}: {@code status} healthy (200) or degraded (503), the build's {@code version} and each
 * service's state. Load balancers and the start script use the MicroProfile {@code /health/ready}
 * and {@code /health/live}; this is for people and simple monitors.
 */
@Path("health")
@ApplicationScoped
@PermitAll
@Tag(name = "health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  private static final String VERSION = BuildInfo.version();

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /** The answer: status, version and services. */
  public record Health(String status, String version, Map<String, String> services) {}

  @GET
  @Operation(
      summary = "Is Resell healthy: its version and the state of the database and the job runtime",
      description = "200 when every service is healthy, 503 (status degraded) when one is not.")
  @Extension(name = "x-public", value = "true")
  @APIResponse(
      responseCode = "200",
      description = "Every service is healthy",
      content = @Content(schema = @Schema(implementation = Health.class)))
  @APIResponse(
      responseCode = "503",
      description = "A service is not healthy (status degraded)",
      content = @Content(schema = @Schema(implementation = Health.class)))
  public Response health() {
    Map<String, String> services = new LinkedHashMap<>();
    services.put("database", database());
    services.put("jobs", jobs());
    boolean healthy = services.values().stream().allMatch("healthy"::equals);
    return Response.status(healthy ? 200 : 503)
        .entity(new Health(healthy ? "healthy" : "degraded", VERSION, services))
        .build();
  }

  private String database() {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.setQueryTimeout(5);
      st.execute("SELECT 1");
      return "healthy";
    } catch (Exception e) {
      return "unhealthy";
    }
  }

  private static String jobs() {
    try {
      return BatchRuntime.getJobOperator() != null ? "healthy" : "unavailable";
    } catch (RuntimeException e) {
      return "unavailable";
    }
  }
}
