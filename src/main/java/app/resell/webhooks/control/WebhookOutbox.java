package app.resell.webhooks.control;

import app.resell.events.entity.DomainEvent;
import app.resell.setup.control.JsonMapping;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Turns a domain event into one pending delivery per active webhook subscribed to its type, written
 * in the firing transaction (a transactional outbox): a sale that rolls back announces nothing, and
 * a committed one is delivered even if the server stops right after. {@link WebhookDispatcher}
 * sends them.
 */
@ApplicationScoped
public class WebhookOutbox {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  void record(@Observes DomainEvent event) {
    String payload = JsonMapping.jsonb().toJson(event.envelope());
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "INSERT INTO webhook_deliveries (webhook_id, event_type, payload, next_attempt_at)"
                    + " SELECT id, ?, ?::jsonb, now() FROM webhooks"
                    + " WHERE active AND events @> jsonb_build_array(?::text)")) {
      st.setString(1, event.type());
      st.setString(2, payload);
      st.setString(3, event.type());
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot queue webhook deliveries: " + e.getMessage(), e);
    }
  }
}
