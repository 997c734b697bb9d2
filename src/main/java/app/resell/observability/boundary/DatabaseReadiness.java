package app.resell.observability.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when PostgreSQL answers through the application's pool and the schema has been migrated, so
 * a load balancer or the start script never sends traffic to a half-started server.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var answer = HealthCheckResponse.named("database");
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.setQueryTimeout(5);
      try (ResultSet rs =
          st.executeQuery(
              "SELECT max(version::int) FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
        rs.next();
        return answer.up().withData("schema_version", rs.getLong(1)).build();
      }
    } catch (Exception e) {
      return answer.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
