package app.resell.events.control;

import app.resell.setup.control.JsonMapping;
import jakarta.websocket.Session;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open, authenticated live-event sockets, and the one way to push to them. Static because the
 * WebSocket container, not CDI, creates the endpoint instances; one server holds all sessions.
 */
public final class LiveSessions {

  private static final Logger LOG = Logger.getLogger(LiveSessions.class.getName());
  private static final Set<Session> SESSIONS = ConcurrentHashMap.newKeySet();

  private LiveSessions() {}

  public static void join(Session session) {
    SESSIONS.add(session);
  }

  public static void leave(Session session) {
    SESSIONS.remove(session);
  }

  public static boolean anyoneListening() {
    return !SESSIONS.isEmpty();
  }

  /** Sends {"type": type, ...fields} to every open session; a broken one is dropped. */
  public static void push(String type, Map<String, ?> fields) {
    if (SESSIONS.isEmpty()) return;
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("type", type);
    message.putAll(fields);
    String json = JsonMapping.jsonb().toJson(message);
    for (Session session : SESSIONS) {
      if (!session.isOpen()) {
        SESSIONS.remove(session);
        continue;
      }
      try {
        synchronized (session) {
          session.getBasicRemote().sendText(json);
        }
      } catch (Exception e) {
        LOG.log(Level.FINE, "Dropping a live session that cannot be written to", e);
        SESSIONS.remove(session);
      }
    }
  }
}
