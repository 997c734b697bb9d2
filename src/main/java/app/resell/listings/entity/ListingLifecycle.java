package app.resell.listings.entity;

import static app.resell.listings.entity.ListingStatus.ACTIVE;
import static app.resell.listings.entity.ListingStatus.CANCELLED;
import static app.resell.listings.entity.ListingStatus.DRAFT;
import static app.resell.listings.entity.ListingStatus.EXPIRED;
import static app.resell.listings.entity.ListingStatus.NOT_LISTED;
import static app.resell.listings.entity.ListingStatus.PENDING;
import static app.resell.listings.entity.ListingStatus.SCHEDULED;
import static app.resell.listings.entity.ListingStatus.SOLD;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which status a listing may move to from which, in one table (docs/LISTINGS.md shows the same
 * table). Two kinds of moves exist: the ones a person makes by editing the listing, and {@code
 * sold}, which only recording a sale makes, so that no listing is ever sold without a sale row
 * carrying its money. {@code sold} is final: a sold listing has sold everything the item had.
 */
public final class ListingLifecycle {

  private static final Map<ListingStatus, Set<ListingStatus>> BY_HAND =
      new EnumMap<>(ListingStatus.class);

  static {
    BY_HAND.put(NOT_LISTED, EnumSet.of(DRAFT, SCHEDULED, ACTIVE, CANCELLED));
    BY_HAND.put(DRAFT, EnumSet.of(NOT_LISTED, SCHEDULED, ACTIVE, CANCELLED));
    BY_HAND.put(SCHEDULED, EnumSet.of(DRAFT, ACTIVE, CANCELLED));
    BY_HAND.put(ACTIVE, EnumSet.of(PENDING, EXPIRED, CANCELLED));
    BY_HAND.put(PENDING, EnumSet.of(ACTIVE, EXPIRED, CANCELLED));
    BY_HAND.put(SOLD, EnumSet.noneOf(ListingStatus.class));
    BY_HAND.put(EXPIRED, EnumSet.of(DRAFT, SCHEDULED, ACTIVE, CANCELLED));
    BY_HAND.put(CANCELLED, EnumSet.of(DRAFT, SCHEDULED, ACTIVE));
  }

  /** Statuses a sale can be recorded in: the listing is live on its platform. */
  public static final Set<ListingStatus> SELLABLE = EnumSet.of(ACTIVE, PENDING);

  /** Statuses that offer the item to buyers, now or later: they must go when the item sells out. */
  public static final Set<ListingStatus> OFFERING = EnumSet.of(DRAFT, SCHEDULED, ACTIVE, PENDING);

  /** Statuses that put an item in front of buyers; refused for an item with nothing left. */
  public static final Set<ListingStatus> LIVE = EnumSet.of(SCHEDULED, ACTIVE, PENDING);

  /** Statuses a new listing may start in (as if moved from {@code not_listed}). */
  public static final Set<ListingStatus> INITIAL = EnumSet.of(NOT_LISTED, DRAFT, SCHEDULED, ACTIVE);

  private ListingLifecycle() {}

  /** The statuses a person may move a listing to from {@code from}, in declaration order. */
  public static List<ListingStatus> allowedByHand(ListingStatus from) {
    return List.copyOf(BY_HAND.get(from));
  }

  /** Whether editing a listing may move it from {@code from} to {@code to}; staying is allowed. */
  public static boolean byHand(ListingStatus from, ListingStatus to) {
    return from == to || BY_HAND.get(from).contains(to);
  }

  /** Whether a sale may move a listing from {@code from} to {@code sold}. */
  public static boolean bySale(ListingStatus from) {
    return SELLABLE.contains(from);
  }
}
