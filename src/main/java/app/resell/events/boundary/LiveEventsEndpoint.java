package app.resell.events.boundary;

import app.resell.events.control.AccessTokens;
import app.resell.events.control.LiveSessions;
import app.resell.setup.control.JsonMapping;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;

/**
 * Live updates for open pages at {@code /ws/events}: JSON messages with a {@code type}
 * (dashboard.changed, import.progress, alert.raised, item.sold, ...), so pages refresh without
 * polling. Browsers cannot set headers on a WebSocket, so the access token comes as the first
 * message ({@code {"token": "..."}}) and is checked like any API call. It is never accepted in the
 * URL: URLs end up in access logs, proxy logs and browser history, so a socket opened with a token
 * in its query string is closed at once with 1008 (policy violation), as is one with a bad token; a
 * socket that has not authenticated within 15 s is closed by the idle timeout.
 */
@ServerEndpoint("/ws/events")
public class LiveEventsEndpoint {

  static final long AUTH_TIMEOUT_MS = 15_000;

  @OnOpen
  public void open(Session session) throws IOException {
    if (tokenInUrl(session)) {
      session.close(
          new CloseReason(
              CloseReason.CloseCodes.VIOLATED_POLICY,
              "send the token as the first message, never in the URL"));
      return;
    }
    session.setMaxIdleTimeout(AUTH_TIMEOUT_MS);
  }

  @OnMessage
  public void message(Session session, String text) throws IOException {
    if (Boolean.TRUE.equals(session.getUserProperties().get("authenticated"))) {
      if ("ping".equals(text.trim())) session.getBasicRemote().sendText("{\"type\":\"pong\"}");
      return;
    }
    authenticate(session, tokenOf(text));
  }

  @OnClose
  public void close(Session session) {
    LiveSessions.leave(session);
  }

  @OnError
  public void error(Session session, Throwable failure) {
    LiveSessions.leave(session);
  }

  private static void authenticate(Session session, String token) throws IOException {
    Optional<String> user = AccessTokens.verify(token);
    if (user.isEmpty()) {
      session.close(
          new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "invalid or expired token"));
      return;
    }
    session.getUserProperties().put("authenticated", true);
    session.setMaxIdleTimeout(0);
    session
        .getBasicRemote()
        .sendText(
            app.resell.setup.control.JsonMapping.jsonb()
                .toJson(Map.of("type", "welcome", "user", user.get())));
    LiveSessions.join(session);
  }

  private static boolean tokenInUrl(Session session) {
    String query = session.getQueryString();
    return query != null && (query.contains("token") || query.contains("eyJ"));
  }

  private static String tokenOf(String text) {
    String trimmed = text.trim();
    if (!trimmed.startsWith("{")) return trimmed;
    try (JsonReader reader = JsonMapping.json().createReader(new StringReader(trimmed))) {
      JsonObject json = reader.readObject();
      return json.getString("token", null);
    } catch (JsonParsingException | ClassCastException e) {
      return null;
    }
  }
}
