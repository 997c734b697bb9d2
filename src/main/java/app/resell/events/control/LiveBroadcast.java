package app.resell.events.control;

import app.resell.setup.control.ClusterChannel;
import app.resell.setup.control.ClusterMember;
import app.resell.setup.control.ClusterNotifier;
import app.resell.setup.control.ClusterSignal;
import app.resell.setup.control.JsonMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Live events for the browsers connected to any instance: pushed at once to this instance's sockets
 * ({@link LiveSessions}) and sent on the live channel ({@code {"origin", "type", "fields"}}), which
 * every other instance pushes to its own (a large one through {@code cluster_payloads}).
 */
@ApplicationScoped
public class LiveBroadcast {

  private static final Logger LOG = Logger.getLogger(LiveBroadcast.class.getName());

  @Inject ClusterNotifier notifier;

  /** Message on the wire between instances. */
  public record Message(String origin, String type, Map<String, Object> fields) {}

  public void publish(String type, Map<String, ?> fields) {
    LiveSessions.push(type, fields);
    Jsonb json = JsonMapping.jsonb();
    String payload =
        json.toJson(new Message(ClusterMember.id(), type, new LinkedHashMap<>(fields)));
    try {
      notifier.send(ClusterChannel.LIVE, payload);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "A live event did not reach the other instances", e);
    }
  }

  void received(@Observes ClusterSignal signal) {
    if (!signal.is(ClusterChannel.LIVE) || !LiveSessions.anyoneListening()) return;
    Message message = JsonMapping.jsonb().fromJson(signal.payload(), Message.class);
    if (ClusterMember.id().equals(message.origin())) return; // pushed when it was published
    LiveSessions.push(message.type(), message.fields() == null ? Map.of() : message.fields());
  }
}
