package app.resell.webhooks.entity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A subscriber: the URL that receives signed JSON POSTs for the chosen event types. The secret is
 * shown once, in the answer that creates the webhook.
 */
public class Webhook {
  public String id;
  public String url;
  public List<String> events;
  public String secret;
  public Boolean active;
  public OffsetDateTime createdAt;
}
