package app.resell.inventory.control;

import app.resell.auth.control.CurrentUser;
import app.resell.classifier.control.Corrections;
import app.resell.classifier.control.ItemClassifier;
import app.resell.classifier.entity.Prediction;
import app.resell.inventory.entity.Item;
import app.resell.locations.control.LocationStore;
import app.resell.problems.control.ProblemException;
import app.resell.problems.control.QueryValues;
import app.resell.setup.control.JsonMapping;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Creates, edits, deletes and restores items, writing the audit trail of each change in the same
 * transaction (the caller's). Every write path goes through {@link #write} so validation, the sku
 * and location checks, the history rows and the read-back of the generated costs happen alike.
 */
@ApplicationScoped
public class ItemStore {

  @PersistenceContext EntityManager em;
  @Inject Validator validator;
  @Inject AuditTrail audit;
  @Inject ItemClassifier classifier;
  @Inject Corrections corrections;
  @Inject CurrentUser user;
  @Inject LocationStore locations;
  @Inject Event<ItemPurging> purging;

  /** A live (not deleted) item; 404 otherwise. */
  public Item find(UUID id) {
    Item item = findAny(id);
    if (item.deleted()) throw ProblemException.notFound("Item", id);
    return item;
  }

  /**
   * An item locked for this transaction (SELECT ... FOR UPDATE), for an edit the client sent
   * without a version: concurrent edits of the item then take turns instead of the later one
   * failing with 409 for a version it never named.
   */
  public Item findForUpdate(UUID id) {
    Item item = em.find(Item.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (item == null || item.deleted()) throw ProblemException.notFound("Item", id);
    return item;
  }

  /** An item, deleted or not; 404 when it does not exist. */
  public Item findAny(UUID id) {
    Item item = em.find(Item.class, id);
    if (item == null) throw ProblemException.notFound("Item", id);
    return item;
  }

  /**
   * The items with these ids, in no particular order, for reading only (a page of the list, label
   * sheets): they are not registered for change tracking, which saves a copy of each.
   */
  public List<Item> byIds(List<UUID> ids) {
    if (ids.isEmpty()) return List.of();
    return em.createQuery("SELECT i FROM Item i WHERE i.lotId IN :ids", Item.class)
        .setParameter("ids", ids)
        .setHint("eclipselink.read-only", true)
        .getResultList();
  }

  public Item create(ItemFields fields, boolean autoCategorize, String reason) {
    validate(fields);
    Item item = new Item(fields.itemName, user.id());
    checkSku(fields.sku, null);
    checkLocation(fields);
    fields.applyTo(item);
    if (autoCategorize && (fields.category == null || fields.condition == null)) {
      Prediction p = classifier.predict(fields.itemName, fields.description, item.keywords());
      item.classify(
          fields.category == null ? p.category() : null,
          confidence(p.categoryConfidence()),
          fields.condition == null ? p.condition() : null,
          confidence(p.conditionConfidence()),
          classifier.needsReview(p));
    }
    em.persist(item);
    em.flush();
    em.refresh(item);
    audit.record(item.lotId(), item.lotId(), "create", null, document(item));
    audit.estimatedValue(
        item.lotId(), null, item.estimatedValue(), reason == null ? "created" : reason);
    return item;
  }

  /**
   * Replaces the editable fields of a live item and records what changed under {@code action}
   * ("update", "patch").
   */
  public Item write(Item item, ItemFields fields, String action, String reason) {
    validate(fields);
    checkSku(fields.sku, item.lotId());
    checkLocation(fields);
    JsonObject before = document(item);
    BigDecimal valueBefore = item.estimatedValue();
    Category categoryBefore = item.category();
    Condition conditionBefore = item.condition();
    fields.applyTo(item);
    teachClassifier(item, categoryBefore, conditionBefore);
    JsonObject after = document(item);
    JsonObject[] changes = AuditTrail.changes(before, after);
    if (changes[1].isEmpty()) return item;
    em.flush();
    em.refresh(item);
    audit.record(item.lotId(), item.lotId(), action, changes[0], changes[1]);
    audit.estimatedValue(item.lotId(), valueBefore, item.estimatedValue(), reason);
    return item;
  }

  /**
   * A person changing what the classifier chose is a correction it learns from at the next
   * retraining.
   */
  private void teachClassifier(Item item, Category categoryBefore, Condition conditionBefore) {
    if (!item.autoCategorized()) return;
    Category category = item.category() == categoryBefore ? null : item.category();
    Condition condition = item.condition() == conditionBefore ? null : item.condition();
    if (category == null && condition == null) return;
    corrections.record(
        item.lotId(),
        item.itemName(),
        item.description(),
        categoryBefore,
        category,
        conditionBefore,
        condition,
        user.id());
  }

  private static BigDecimal confidence(double value) {
    return BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP);
  }

  public void softDelete(Item item) {
    item.softDelete();
    em.flush();
    audit.record(
        item.lotId(),
        item.lotId(),
        "delete",
        JsonMapping.json().createObjectBuilder().addNull("deleted_at").build(),
        JsonMapping.json()
            .createObjectBuilder()
            .add("deleted_at", item.deletedAt().toString())
            .build());
  }

  public Item restore(Item item) {
    if (!item.deleted()) throw ProblemException.conflict(item.itemName() + " is not deleted");
    List<Item> pieces =
        em.createNamedQuery(Item.CHILDREN, Item.class)
            .setParameter("parent", item.lotId())
            .getResultList();
    if (!pieces.isEmpty()) {
      throw ProblemException.conflict(
          item.itemName()
              + " was split into "
              + pieces.size()
              + " items; restoring it would count its cost twice. Delete the pieces first.");
    }
    OffsetDateTime deletedAt = item.deletedAt();
    item.restore();
    em.flush();
    em.refresh(item);
    audit.record(
        item.lotId(),
        item.lotId(),
        "restore",
        JsonMapping.json().createObjectBuilder().add("deleted_at", deletedAt.toString()).build(),
        JsonMapping.json().createObjectBuilder().addNull("deleted_at").build());
    return item;
  }

  /**
   * Removes the item for good; its listings, sales, history and photos go with it (foreign keys;
   * photo files through {@link ItemPurging}).
   */
  public void purge(Item item) {
    JsonObject last = document(item);
    UUID id = item.lotId();
    purging.fire(new ItemPurging(id));
    em.remove(item);
    em.flush();
    audit.record(null, id, "delete_permanent", last, null);
  }

  /** The editable fields as a JSON object, nulls included: what audit rows and patches see. */
  public static JsonObject document(Item item) {
    return ItemPatcher.document(ItemFields.of(item));
  }

  void validate(Object fields) {
    Set<ConstraintViolation<Object>> violations = validator.validate(fields);
    if (!violations.isEmpty())
      throw new ConstraintViolationException(new java.util.HashSet<>(violations));
  }

  private void checkSku(String sku, UUID self) {
    if (sku == null || sku.isBlank()) return;
    List<Item> holders =
        em.createNamedQuery(Item.BY_SKU, Item.class)
            .setParameter("sku", sku.trim())
            .getResultList();
    if (holders.stream().anyMatch(i -> !i.lotId().equals(self))) {
      throw ProblemException.conflict("The sku " + sku.trim() + " belongs to another item");
    }
  }

  private void checkLocation(ItemFields fields) {
    UUID location = QueryValues.id("location_id", fields.locationId);
    if (location == null) return;
    if (!locations.exists(location)) {
      throw ProblemException.invalid(
          "location_id", "this storage location no longer exists; pick another one");
    }
  }

  /** A piece of a box lot before it exists: its fields and its share of the lot's costs. */
  public record PlannedPiece(ItemFields fields, LotSplitter.Costs costs) {}

  /**
   * What {@link #split} would create, checked and costed but not written: the same rules answer the
   * preview a person confirms and the split itself, so the two cannot disagree by a cent.
   */
  public List<PlannedPiece> planSplit(Item lot, List<ItemFields> pieces) {
    if (pieces == null || pieces.size() < 2) {
      throw ProblemException.invalid("items", "a lot splits into at least 2 items");
    }
    if (lot.quantitySold() > 0) {
      throw ProblemException.conflict(
          lot.itemName() + " has sales already; only an unsold lot can be split");
    }
    long estimated = pieces.stream().filter(p -> p != null && p.estimatedValue != null).count();
    if (estimated != 0 && estimated != pieces.size()) {
      throw ProblemException.invalid(
          "items", "give every piece an estimated value, or none (the cost is then split equally)");
    }
    List<BigDecimal> weights =
        pieces.stream()
            .map(p -> p == null || p.estimatedValue == null ? BigDecimal.ZERO : p.estimatedValue)
            .toList();
    List<LotSplitter.Costs> shares =
        LotSplitter.allocate(
            new LotSplitter.Costs(
                lot.bidAmount(),
                lot.buyersPremium(),
                lot.salesTax(),
                lot.shippingCost(),
                lot.otherFees()),
            weights);
    List<PlannedPiece> planned = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      ItemFields piece = inherit(lot, pieces.get(i), i);
      validate(piece);
      checkSku(piece.sku, null);
      planned.add(new PlannedPiece(piece, shares.get(i)));
    }
    return planned;
  }

  /** Pieces of a box lot; see {@link #planSplit}. */
  public List<Item> split(Item lot, List<ItemFields> pieces, String reason) {
    List<PlannedPiece> planned = planSplit(lot, pieces);
    List<Item> created = new ArrayList<>();
    for (PlannedPiece plan : planned) {
      ItemFields piece = plan.fields();
      Item child = new Item(piece.itemName, user.id());
      piece.applyTo(child);
      LotSplitter.Costs share = plan.costs();
      child.assignCosts(share.bid(), share.premium(), share.tax(), share.shipping(), share.other());
      child.splitFrom(lot.lotId());
      em.persist(child);
      created.add(child);
    }
    lot.softDelete();
    em.flush();
    var ids = JsonMapping.json().createArrayBuilder();
    for (Item child : created) {
      em.refresh(child);
      ids.add(child.lotId().toString());
      audit.record(
          child.lotId(),
          child.lotId(),
          "create",
          null,
          JsonMapping.json()
              .createObjectBuilder(document(child))
              .add("split_from", lot.lotId().toString())
              .build());
      audit.estimatedValue(
          child.lotId(),
          null,
          child.estimatedValue(),
          reason == null ? "split from " + lot.itemName() : reason);
    }
    audit.record(
        lot.lotId(),
        lot.lotId(),
        "split",
        JsonMapping.json().createObjectBuilder().addNull("deleted_at").build(),
        JsonMapping.json()
            .createObjectBuilder()
            .add("deleted_at", lot.deletedAt().toString())
            .add("split_into", ids)
            .build());
    return created;
  }

  /** A piece's fields: what the client gave, else the lot's provenance and place. */
  private static ItemFields inherit(Item lot, ItemFields piece, int index) {
    String where = "items[" + index + "]";
    if (piece == null) throw ProblemException.invalid(where, "is required");
    if (piece.bidAmount != null
        || piece.buyersPremium != null
        || piece.salesTax != null
        || piece.shippingCost != null
        || piece.otherFees != null) {
      throw ProblemException.invalid(
          where, "costs are allocated from the lot; leave the cost fields out");
    }
    ItemFields from = ItemFields.of(lot);
    if (piece.invoiceId == null) piece.invoiceId = from.invoiceId;
    if (piece.auctionId == null) piece.auctionId = from.auctionId;
    if (piece.lotNumber == null) piece.lotNumber = from.lotNumber;
    if (piece.category == null) piece.category = from.category;
    if (piece.condition == null) piece.condition = from.condition;
    if (piece.acquisitionDate == null) piece.acquisitionDate = from.acquisitionDate;
    if (piece.acquisitionSource == null) piece.acquisitionSource = from.acquisitionSource;
    if (piece.locationId == null) piece.locationId = from.locationId;
    if (piece.storageLocation == null) piece.storageLocation = from.storageLocation;
    if (piece.storageBin == null) piece.storageBin = from.storageBin;
    if (piece.marketDemand == null) piece.marketDemand = from.marketDemand;
    if (piece.isConsignment == null) piece.isConsignment = from.isConsignment;
    return piece;
  }
}
