package app.resell.listings.control;

import app.resell.listings.entity.Listing;
import app.resell.listings.entity.ListingStatus;
import app.resell.problems.control.Checks;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.JsonMapping;
import app.resell.setup.control.JsonPatches;
import app.resell.taxonomy.entity.Platform;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The fields of a listing a person edits, read from a request body. One parser serves the three
 * ways of writing: create ({@code POST}), replace ({@code PUT}: a field left out takes its default,
 * except status, which stays) and merge-patch ({@code PATCH}, RFC 7396: only the fields sent
 * change, null clears, {@code metadata} merges key by key). Fields the server keeps (sales money,
 * dates, {@code needs_delist}) are ignored in create and replace, so a client may send back what it
 * read, and refused in a patch, which names exactly what to change.
 */
public class ListingFields {

  public static final Set<String> EDITABLE =
      Set.of(
          "platform",
          "status",
          "list_price",
          "listing_url",
          "listing_title",
          "listing_description",
          "external_id",
          "platform_name",
          "views",
          "watchers",
          "scheduled_date",
          "metadata",
          "reason",
          "version");

  public static final Set<String> READ_ONLY =
      Set.of(
          "id",
          "lot_id",
          "quantity_sold",
          "sold_price",
          "platform_fees",
          "shipping_paid",
          "actual_shipping",
          "buyer_username",
          "listed_date",
          "sold_date",
          "expired_date",
          "ended_date",
          "needs_delist",
          "created_at",
          "updated_at");

  public Platform platform;
  public ListingStatus status;
  public BigDecimal listPrice;
  public String listingUrl;
  public String listingTitle;
  public String listingDescription;
  public String externalId;
  public String platformName;
  public int views;
  public int watchers;
  public OffsetDateTime scheduledDate;
  public JsonObject metadata = JsonValue.EMPTY_JSON_OBJECT;
  public String reason;
  public Long version;

  /** A new listing's fields. */
  public static ListingFields create(String body) {
    JsonObject json = JsonFields.object(body);
    JsonFields.onlyKnown(json, EDITABLE, READ_ONLY);
    if (JsonFields.isNull(json, "platform")) {
      throw ProblemException.invalid(
          "platform", "is required; use one of: " + String.join(", ", Platform.allowedValues()));
    }
    ListingFields f = new ListingFields();
    f.status = ListingStatus.NOT_LISTED;
    f.read(json);
    return f;
  }

  /** The fields of a replacement: defaults for what is left out, status kept unless given. */
  public static ListingFields replace(Listing current, String body) {
    JsonObject json = JsonFields.object(body);
    JsonFields.onlyKnown(json, EDITABLE, READ_ONLY);
    ListingFields f = new ListingFields();
    f.platform = current.platform();
    f.status = current.status();
    f.read(json);
    return f;
  }

  /** The current fields with a merge patch applied. */
  public static ListingFields patch(Listing current, String body) {
    JsonObject json = JsonFields.object(body);
    JsonFields.onlyKnown(json, EDITABLE, Set.of());
    ListingFields f = of(current);
    f.read(json);
    return f;
  }

  /**
   * The current fields with an RFC 6902 JSON Patch applied: the operations run on the listing's
   * editable fields as a document, and what they changed is read back as a merge patch, so both
   * dialects obey the same rules.
   */
  public static ListingFields jsonPatch(Listing current, String body) {
    JsonArray ops = operations(body);
    JsonObject before = document(of(current));
    JsonStructure after = JsonPatches.apply(before, ops);
    if (!(after instanceof JsonObject changed)) {
      throw ProblemException.invalid("patch", "must leave the listing a JSON object");
    }
    return patch(
        current, JsonMapping.json().createMergeDiff(before, changed).toJsonValue().toString());
  }

  /** The operations of a JSON Patch body, each naming an editable field. */
  private static JsonArray operations(String body) {
    JsonStructure parsed;
    try (var reader = JsonMapping.json().createReader(new StringReader(body == null ? "" : body))) {
      parsed = reader.read();
    } catch (JsonException e) {
      throw ProblemException.invalid("patch", "is not valid JSON");
    }
    if (!(parsed instanceof JsonArray ops) || ops.isEmpty()) {
      throw ProblemException.invalid("patch", "must be a JSON array of operations (RFC 6902)");
    }
    for (int i = 0; i < ops.size(); i++) {
      String where = "patch[" + i + "]";
      if (!(ops.get(i) instanceof JsonObject op)
          || !(op.get("op") instanceof JsonString)
          || !(op.get("path") instanceof JsonString path)) {
        throw ProblemException.invalid(where, "must be an object with op and path");
      }
      String field = path.getString().replaceFirst("^/", "").split("/", 2)[0];
      if (READ_ONLY.contains(field)) {
        throw ProblemException.invalid(where + ".path", "'" + field + "' is read-only");
      }
      if (!EDITABLE.contains(field) || field.equals("version")) {
        throw ProblemException.invalid(where + ".path", "'" + field + "' is not a listing field");
      }
    }
    return ops;
  }

  /** The editable fields as the document a JSON Patch sees, every field present. */
  private static JsonObject document(ListingFields f) {
    JsonObjectBuilder d = JsonMapping.json().createObjectBuilder();
    d.add("platform", f.platform.value());
    d.add("status", f.status.value());
    if (f.listPrice == null) d.addNull("list_price");
    else d.add("list_price", f.listPrice);
    text(d, "listing_url", f.listingUrl);
    text(d, "listing_title", f.listingTitle);
    text(d, "listing_description", f.listingDescription);
    text(d, "external_id", f.externalId);
    text(d, "platform_name", f.platformName);
    d.add("views", f.views);
    d.add("watchers", f.watchers);
    text(d, "scheduled_date", f.scheduledDate == null ? null : f.scheduledDate.toString());
    d.add("metadata", f.metadata);
    d.addNull("reason");
    return d.build();
  }

  private static void text(JsonObjectBuilder d, String key, String value) {
    if (value == null) d.addNull(key);
    else d.add(key, value);
  }

  public static ListingFields of(Listing l) {
    ListingFields f = new ListingFields();
    f.platform = l.platform();
    f.status = l.status();
    f.listPrice = l.listPrice();
    f.listingUrl = l.listingUrl();
    f.listingTitle = l.listingTitle();
    f.listingDescription = l.listingDescription();
    f.externalId = l.externalId();
    f.platformName = l.platformName();
    f.views = l.views();
    f.watchers = l.watchers();
    f.scheduledDate = l.scheduledDate();
    f.metadata = parseObject(l.metadata());
    return f;
  }

  /** Reads every field present in {@code json}; a field present as null clears it. */
  private void read(JsonObject json) {
    if (json.containsKey("platform")) platform = platform(json);
    if (json.containsKey("status")) status = status(json);
    if (json.containsKey("list_price")) {
      listPrice = JsonFields.money(json, "list_price");
      if (listPrice != null && listPrice.signum() == 0) {
        throw ProblemException.invalid("list_price", "must be more than 0");
      }
    }
    if (json.containsKey("listing_url")) listingUrl = url(json);
    if (json.containsKey("listing_title"))
      listingTitle = JsonFields.text(json, "listing_title", 255);
    if (json.containsKey("listing_description")) {
      listingDescription = JsonFields.text(json, "listing_description", 20_000);
    }
    if (json.containsKey("external_id")) externalId = JsonFields.text(json, "external_id", 100);
    if (json.containsKey("platform_name")) {
      platformName = JsonFields.text(json, "platform_name", 100);
    }
    if (json.containsKey("views")) views = orZero(JsonFields.count(json, "views", 0));
    if (json.containsKey("watchers")) watchers = orZero(JsonFields.count(json, "watchers", 0));
    if (json.containsKey("scheduled_date")) {
      scheduledDate = JsonFields.time(json, "scheduled_date");
    }
    if (json.containsKey("metadata")) metadata = merge(metadata, json.get("metadata"));
    if (json.containsKey("reason")) reason = JsonFields.text(json, "reason", 500);
    if (json.containsKey("version")) version = JsonFields.version(json);
    if (platform == Platform.OTHER && platformName == null) {
      throw ProblemException.invalid("platform_name", "is required for platform other");
    }
    if (status == ListingStatus.SCHEDULED && scheduledDate == null) {
      throw ProblemException.invalid("scheduled_date", "is required for status scheduled");
    }
  }

  private static Platform platform(JsonObject json) {
    String text = JsonFields.text(json, "platform", 40);
    if (text == null) {
      throw ProblemException.invalid(
          "platform", "is required; use one of: " + String.join(", ", Platform.allowedValues()));
    }
    return Platform.parse(text)
        .orElseThrow(() -> ProblemException.notOneOf("platform", text, Platform.allowedValues()));
  }

  static ListingStatus status(JsonObject json) {
    String text = JsonFields.text(json, "status", 40);
    if (text == null) {
      throw ProblemException.invalid(
          "status",
          "must not be empty; use one of: " + String.join(", ", ListingStatus.allowedValues()));
    }
    return ListingStatus.parse(text)
        .orElseThrow(
            () -> ProblemException.notOneOf("status", text, ListingStatus.allowedValues()));
  }

  private static String url(JsonObject json) {
    String url = JsonFields.text(json, "listing_url", 2048);
    if (url != null && !Checks.isWebAddress(url)) {
      throw ProblemException.invalid("listing_url", "must be an http(s) address");
    }
    return url;
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  /** RFC 7396 merge of {@code patch} into {@code target}; the result must be an object. */
  static JsonObject merge(JsonObject target, JsonValue patch) {
    if (patch.getValueType() == JsonValue.ValueType.NULL) return JsonValue.EMPTY_JSON_OBJECT;
    if (!(patch instanceof JsonObject changes)) {
      throw ProblemException.invalid("metadata", "must be a JSON object");
    }
    return (JsonObject) mergeValue(target, changes);
  }

  private static JsonValue mergeValue(JsonValue target, JsonValue patch) {
    if (!(patch instanceof JsonObject changes)) return patch;
    JsonObjectBuilder result =
        target instanceof JsonObject base
            ? JsonMapping.json().createObjectBuilder(base)
            : JsonMapping.json().createObjectBuilder();
    JsonObject base = target instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    for (var entry : changes.entrySet()) {
      if (entry.getValue().getValueType() == JsonValue.ValueType.NULL) {
        result.remove(entry.getKey());
      } else {
        result.add(entry.getKey(), mergeValue(base.get(entry.getKey()), entry.getValue()));
      }
    }
    return result.build();
  }

  static JsonObject parseObject(String json) {
    try (var reader =
        JsonMapping.json().createReader(new StringReader(json == null ? "{}" : json))) {
      return reader.readObject();
    }
  }
}
