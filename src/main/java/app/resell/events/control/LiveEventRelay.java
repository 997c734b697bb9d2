package app.resell.events.control;

import app.resell.events.entity.DomainEvent;
import app.resell.events.entity.DomainEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pushes every domain event to the open live sessions of every instance once its transaction has
 * committed.
 */
@ApplicationScoped
public class LiveEventRelay {

  @Inject LiveBroadcast broadcast;

  void relay(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
    Map<String, Object> fields = new LinkedHashMap<>(event.envelope());
    fields.remove("type");
    broadcast.publish(event.type(), fields);
  }

  void relayAll(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvents events) {
    events.events().forEach(this::relay);
  }
}
