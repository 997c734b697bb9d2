package app.resell.listings.control;

import app.resell.inventory.control.BulkPatch;
import app.resell.listings.entity.Listing;
import app.resell.problems.control.ProblemException;
import app.resell.taxonomy.entity.Platform;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One change to the listings of many items on one platform: {@code {"lot_ids": [...], "platform":
 * "ebay", "changes": {merge patch}}}, e.g. a new price or status for the eBay listings of the items
 * selected in the inventory list. Checked whole before any listing is touched; each listing then
 * obeys the same rules as its own PATCH, all or nothing.
 */
public record BulkListingEdit(Set<UUID> lotIds, Platform platform, JsonObject changes) {

  /** What may change on many listings at once: what a seller changes across a selection. */
  static final Set<String> BULK_FIELDS = Set.of("list_price", "status", "reason");

  public static BulkListingEdit parse(String body) {
    JsonObject request =
        BulkPatch.object(body, "must be an object with lot_ids, platform and changes");
    Set<UUID> ids = BulkPatch.itemIds(request, "lot_ids");
    String platformText =
        request.get("platform") instanceof JsonString text ? text.getString() : null;
    if (platformText == null || platformText.isBlank()) {
      throw ProblemException.invalid("platform", "choose the platform whose listings change");
    }
    Platform platform =
        Platform.parse(platformText)
            .orElseThrow(
                () ->
                    ProblemException.notOneOf("platform", platformText, Platform.allowedValues()));
    if (!(request.get("changes") instanceof JsonObject changes) || changes.isEmpty()) {
      throw ProblemException.invalid("changes", "say what to change, e.g. a new list price");
    }
    for (String field : changes.keySet()) {
      if (!BULK_FIELDS.contains(field)) {
        throw ProblemException.invalid(
            "changes", "only the price and the status change on many listings at once");
      }
    }
    return new BulkListingEdit(ids, platform, changes);
  }

  /** A refusal of one listing's change as the refusal of the whole edit, naming the item. */
  /**
   * Writes the changes to each item's listing on the platform, in the caller's transaction: an item
   * without one, or a change one listing refuses, refuses the whole edit naming that item.
   */
  public List<Listing> applyWith(ListingStore store) {
    List<Listing> updated = new ArrayList<>();
    for (UUID lotId : lotIds) {
      String name = store.item(lotId).itemName();
      Listing listing =
          store
              .onPlatform(lotId, platform)
              .orElseThrow(
                  () ->
                      ProblemException.conflict(
                          name + " has no " + platform.value() + " listing to change"));
      try {
        ListingFields fields = ListingFields.patch(listing, changes.toString());
        updated.add(store.write(listing, fields, "bulk_listing_patch"));
      } catch (ProblemException e) {
        throw refusedFor(name, e);
      }
    }
    return updated;
  }

  public static ProblemException refusedFor(String itemName, ProblemException e) {
    String why =
        e.errors().isEmpty()
            ? e.getMessage()
            : e.errors().get(0).field().replace('_', ' ') + " " + e.errors().get(0).message();
    return new ProblemException(e.status(), e.slug(), e.title(), itemName + ": " + why, e.errors());
  }
}
