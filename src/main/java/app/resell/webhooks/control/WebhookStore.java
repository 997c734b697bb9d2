package app.resell.webhooks.control;

import app.resell.analytics.control.Rows;
import app.resell.auth.control.CurrentUser;
import app.resell.events.entity.DomainEvent;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.JsonMapping;
import app.resell.webhooks.entity.Webhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Webhook subscriptions and their delivery log, in plain SQL. */
@ApplicationScoped
public class WebhookStore {

  @Inject Rows db;
  @Inject CurrentUser user;
  @Inject WebhookTargets targets;

  public Webhook create(Webhook request) {
    if (request == null) throw ProblemException.invalid("url", "a webhook needs a url and events");
    String url = targets.checked("url", request.url);
    List<String> events = events(request.events);
    String secret = request.secret;
    if (secret == null || secret.isBlank()) {
      secret = Signatures.newSecret();
    } else if (secret.length() < 16 || secret.length() > 200) {
      throw ProblemException.invalid("secret", "must be 16 to 200 characters");
    }
    UUID by = user.id();
    Map<String, Object> row =
        db.one(
            "INSERT INTO webhooks (url, events, secret, active, created_by)"
                + " VALUES (?, ?::jsonb, ?, true, ?::uuid) RETURNING id::text AS id, created_at",
            url,
            JsonMapping.jsonb().toJson(events),
            secret,
            by == null ? null : by.toString());
    Webhook created = new Webhook();
    created.id = (String) row.get("id");
    created.url = url;
    created.events = events;
    created.secret = secret;
    created.active = true;
    created.createdAt = (OffsetDateTime) row.get("created_at");
    return created;
  }

  /** Every webhook, without secrets. */
  public List<Webhook> all() {
    List<Webhook> hooks = new ArrayList<>();
    for (Map<String, Object> row :
        db.query(
            "SELECT id::text AS id, url, events::text AS events, active, created_at FROM webhooks"
                + " ORDER BY created_at, id")) {
      hooks.add(of(row));
    }
    return hooks;
  }

  public Webhook find(UUID id) {
    List<Map<String, Object>> rows =
        db.query(
            "SELECT id::text AS id, url, events::text AS events, active, created_at FROM webhooks"
                + " WHERE id = ?",
            id);
    if (rows.isEmpty()) throw ProblemException.notFound("Webhook", id);
    return of(rows.get(0));
  }

  public void delete(UUID id) {
    find(id);
    db.query("DELETE FROM webhooks WHERE id = ? RETURNING id", id);
  }

  /** The delivery log, newest first: one row per event, updated by each attempt. */
  public List<Map<String, Object>> deliveries(UUID id, int limit) {
    find(id);
    return db.query(
        "SELECT id, event_type, attempt AS attempts, status_code, error, delivered_at,"
            + " next_attempt_at, created_at,"
            + " CASE WHEN delivered_at IS NOT NULL THEN 'delivered'"
            + "      WHEN next_attempt_at IS NOT NULL THEN 'pending' ELSE 'failed' END AS status,"
            + " payload::text AS payload"
            + " FROM webhook_deliveries WHERE webhook_id = ? ORDER BY created_at DESC, id DESC LIMIT ?",
        id,
        limit);
  }

  private static Webhook of(Map<String, Object> row) {
    Webhook w = new Webhook();
    w.id = (String) row.get("id");
    w.url = (String) row.get("url");
    w.events = parseEvents((String) row.get("events"));
    w.active = (Boolean) row.get("active");
    w.createdAt = (OffsetDateTime) row.get("created_at");
    return w;
  }

  @SuppressWarnings("unchecked")
  private static List<String> parseEvents(String json) {
    try {
      return JsonMapping.jsonb().fromJson(json, List.class);
    } catch (JsonbException e) {
      return List.of();
    }
  }

  private static List<String> events(List<String> events) {
    if (events == null || events.isEmpty()) {
      throw ProblemException.invalid("events", "choose at least one of " + DomainEvent.TYPES);
    }
    LinkedHashSet<String> chosen = new LinkedHashSet<>();
    for (String e : events) {
      if (e == null || !DomainEvent.TYPES.contains(e)) {
        throw ProblemException.notOneOf("events", String.valueOf(e), DomainEvent.TYPES);
      }
      chosen.add(e);
    }
    return List.copyOf(chosen);
  }
}
