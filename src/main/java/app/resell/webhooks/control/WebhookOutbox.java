package app.resell.webhooks.control;

import app.resell.events.entity.DomainEvent;
import app.resell.events.entity.DomainEvents;
import app.resell.setup.control.JsonMapping;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Turns a domain event into one pending delivery per active webhook subscribed to its type, written
 * in the firing transaction (a transactional outbox): a sale that rolls back announces nothing, and
 * a committed one is delivered even if the server stops right after. {@link WebhookDispatcher}
 * sends them. The events of a bulk write ({@link DomainEvents}) are queued in one statement.
 */
@ApplicationScoped
public class WebhookOutbox {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  void record(@Observes DomainEvent event) {
    queue(List.of(event));
  }

  void recordAll(@Observes DomainEvents events) {
    if (!events.events().isEmpty()) queue(events.events());
  }

  private void queue(List<DomainEvent> events) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "INSERT INTO webhook_deliveries (webhook_id, event_type, payload, next_attempt_at)"
                    + " SELECT w.id, e.type, e.payload::jsonb, now()"
                    + " FROM unnest(?, ?) WITH ORDINALITY AS e(type, payload, n)"
                    + " JOIN webhooks w ON w.active AND w.events @> jsonb_build_array(e.type)"
                    + " ORDER BY e.n, w.id")) {
      st.setArray(1, c.createArrayOf("text", events.stream().map(DomainEvent::type).toArray()));
      st.setArray(
          2,
          c.createArrayOf(
              "text",
              events.stream().map(e -> JsonMapping.jsonb().toJson(e.envelope())).toArray()));
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot queue webhook deliveries: " + e.getMessage(), e);
    }
  }
}
