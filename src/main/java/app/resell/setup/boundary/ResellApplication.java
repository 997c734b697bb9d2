package app.resell.setup.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API under {@code /api/v1}, authenticated with MicroProfile JWT bearer tokens.
 *
 * <p>The datasource is defined here, by the application, so the WAR deploys on any Jakarta EE
 * server without server-side resources, and with nothing but standard attributes: its class, {@link
 * app.resell.setup.control.SelfCreatingDataSource}, reads its settings from MicroProfile Config
 * itself (docs/DEPLOYMENT.md). The pool (32) is sized with the admission limit of 20 requests in
 * flight ({@code AdmissionFilter}) and the HTTP thread pool of 64 (post-boot commands): the 12
 * spare connections serve batch jobs, schedulers and webhooks (docs/SECURITY.md, "Under load"). How
 * each server validates pooled connections after a PostgreSQL restart is the server's setup
 * (payara/, deploy/liberty/server.xml), not the annotation's.
 *
 * <p>Jersey's response buffer is off ({@link #getProperties()}): by default it holds a response's
 * first 8 KB to compute a Content-Length and {@code flush()} does not release them, so a streamed
 * export whose first parts are smaller (an xlsx's fixed parts and header are about 2 KB) sent
 * nothing until its rows passed 8 KB, minutes for a large filtered xlsx. Jersey reads the setting
 * from the application's configuration only, not per response; the cost elsewhere is that responses
 * are sent chunked instead of with a Content-Length (docs/EXPORTS.md).
 */
@ApplicationScoped
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"admin", "staff", "viewer"})
@DataSourceDefinition(
    name = "java:global/jdbc/resell",
    className = "app.resell.setup.control.SelfCreatingDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300,
    properties = {
      // One connection property for WildFly, which refuses a data source class without any
      // (IJ031103); the class sets the same name itself and reads the rest from the configuration.
      "applicationName=resell",
      // Payara's pool tuning (docs/SECURITY.md, "PostgreSQL restart"); other servers ignore them.
      // Payara reads the pool settings of an application-defined data source from these
      // properties only: no post-boot command reaches that pool (docs/DEPLOYMENT.md).
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=5000",
      "fish.payara.connection-creation-retry-attempts=0"
    })
@OpenAPIDefinition(
    info =
        @Info(
            title = "Resell API",
            version = "1",
            description =
                "Inventory, listings, sales and profit for resellers. All endpoints need a bearer"
                    + " token from POST /api/v1/auth/login unless marked public. Errors are RFC 9457"
                    + " application/problem+json."),
    security = @SecurityRequirement(name = "bearer"),
    tags = {
      @Tag(name = "alerts", description = "Aging alerts and their rules"),
      @Tag(name = "analytics", description = "The dashboard and the reports (JSON, CSV, PDF)"),
      @Tag(name = "auth", description = "Sign in, token refresh and sign out (public)"),
      @Tag(
          name = "backups",
          description = "The server's backups: runs, schedule, back up now, download"),
      @Tag(name = "export", description = "The inventory as a spreadsheet, JSON or PDF"),
      @Tag(name = "health", description = "Is the service and its database healthy (public)"),
      @Tag(name = "imports", description = "Auction invoices and sheets in, as batch jobs"),
      @Tag(name = "inventory", description = "Items: their costs, fields, labels and edits"),
      @Tag(name = "jobs", description = "The batch job console"),
      @Tag(name = "listings", description = "Listings on platforms, their lifecycle and sales"),
      @Tag(name = "locations", description = "Storage locations, their QR codes and label sheets"),
      @Tag(name = "money", description = "Fee schedules, fee and max-bid tools, list prices"),
      @Tag(name = "research", description = "Comparable sales and market trends"),
      @Tag(name = "users", description = "User accounts and roles (admin)"),
      @Tag(name = "webhooks", description = "Signed webhooks and their deliveries (admin)")
    })
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class ResellApplication extends Application {

  /** Jersey's name for its outbound buffer size; 0 writes through from the first byte. */
  static final String RESPONSE_BUFFER = "jersey.config.server.contentLength.buffer";

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(RESPONSE_BUFFER, 0);
  }
}
