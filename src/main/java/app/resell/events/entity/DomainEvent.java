package app.resell.events.entity;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Something that happened in the business which outsiders may want to hear about: webhooks deliver
 * it, the live event socket pushes it to open pages.
 *
 * <p>Features fire it through CDI, in their own transaction, so a rolled-back change announces
 * nothing:
 *
 * <pre>
 * &#64;Inject Event&lt;DomainEvent&gt; events;
 * events.fire(DomainEvent.of(DomainEvent.ITEM_SOLD, Map.of("lot_id", lotId, "sale_id", saleId)));
 * </pre>
 *
 * The data map holds JSON-friendly values (strings, numbers, booleans, UUIDs, java.time values,
 * lists and maps of those) under snake_case keys; it becomes the payload's {@code data} object.
 */
public final class DomainEvent {

  public static final String ITEM_SOLD = "item.sold";
  public static final String ITEM_NEEDS_DELIST = "item.needs_delist";
  public static final String IMPORT_COMPLETED = "import.completed";
  public static final String IMPORT_FAILED = "import.failed";
  public static final String ALERT_RAISED = "alert.raised";

  /** The types a webhook can subscribe to. */
  public static final List<String> TYPES =
      List.of(ITEM_SOLD, ITEM_NEEDS_DELIST, IMPORT_COMPLETED, IMPORT_FAILED, ALERT_RAISED);

  private final UUID id;
  private final String type;
  private final Instant occurredAt;
  private final Map<String, Object> data;

  private DomainEvent(String type, Map<String, Object> data) {
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("Unknown event type " + type + "; known: " + TYPES);
    }
    this.id = UUID.randomUUID();
    this.type = type;
    this.occurredAt = Instant.now();
    this.data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }

  public static DomainEvent of(String type, Map<String, ?> data) {
    return new DomainEvent(type, new LinkedHashMap<>(data));
  }

  public UUID id() {
    return id;
  }

  public String type() {
    return type;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Map<String, Object> data() {
    return data;
  }

  /** The JSON document webhooks and the live socket send: id, type, occurred_at, data. */
  public Map<String, Object> envelope() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id.toString());
    body.put("type", type);
    body.put("occurred_at", occurredAt.toString());
    body.put("data", data);
    return body;
  }
}
