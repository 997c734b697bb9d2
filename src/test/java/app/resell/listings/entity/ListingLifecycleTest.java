package app.resell.listings.entity;

import static app.resell.listings.entity.ListingStatus.ACTIVE;
import static app.resell.listings.entity.ListingStatus.CANCELLED;
import static app.resell.listings.entity.ListingStatus.DRAFT;
import static app.resell.listings.entity.ListingStatus.EXPIRED;
import static app.resell.listings.entity.ListingStatus.NOT_LISTED;
import static app.resell.listings.entity.ListingStatus.PENDING;
import static app.resell.listings.entity.ListingStatus.SCHEDULED;
import static app.resell.listings.entity.ListingStatus.SOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ListingLifecycleTest {

  /**
   * The table of docs/LISTINGS.md, row by row: from -> the statuses a person may move to. "sold" is
   * in no row: only a sale reaches it.
   */
  private static final String TABLE =
      """
      not_listed: draft scheduled active cancelled
      draft:      not_listed scheduled active cancelled
      scheduled:  draft active cancelled
      active:     pending expired cancelled
      pending:    active expired cancelled
      sold:
      expired:    draft scheduled active cancelled
      cancelled:  draft scheduled active
      """;

  static Stream<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (ListingStatus from : ListingStatus.values()) {
      for (ListingStatus to : ListingStatus.values()) pairs.add(Arguments.of(from, to));
    }
    return pairs.stream();
  }

  private static boolean inTable(ListingStatus from, ListingStatus to) {
    for (String line : TABLE.strip().split("\n")) {
      String[] parts = line.split(":", 2);
      if (!parts[0].strip().equals(from.value())) continue;
      return List.of(parts[1].strip().split("\\s+")).contains(to.value());
    }
    throw new AssertionError("no row for " + from);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void aPersonMovesAListingExactlyAsTheTableSays(ListingStatus from, ListingStatus to) {
    boolean expected = from == to || inTable(from, to);
    assertThat(ListingLifecycle.byHand(from, to)).isEqualTo(expected);
    assertThat(ListingLifecycle.allowedByHand(from).contains(to)).isEqualTo(inTable(from, to));
  }

  @ParameterizedTest(name = "{0} -> {1} on an entity")
  @MethodSource("everyPair")
  void theEntityRefusesWhatTheTableRefuses(ListingStatus from, ListingStatus to) {
    Listing listing = listingIn(from);
    if (ListingLifecycle.byHand(from, to)) {
      listing.moveTo(to, NOW);
      assertThat(listing.status()).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> listing.moveTo(to, NOW)).isInstanceOf(IllegalStateException.class);
      assertThat(listing.status()).isEqualTo(from);
    }
  }

  @Test
  void nobodyMarksAListingSoldByHand() {
    for (ListingStatus from : ListingStatus.values()) {
      if (from != SOLD) assertThat(ListingLifecycle.byHand(from, SOLD)).as(from.value()).isFalse();
    }
  }

  @Test
  void onlyActiveAndPendingListingsCanSell() {
    for (ListingStatus from : ListingStatus.values()) {
      assertThat(ListingLifecycle.bySale(from))
          .as(from.value())
          .isEqualTo(from == ACTIVE || from == PENDING);
    }
  }

  @Test
  void soldIsFinal() {
    assertThat(ListingLifecycle.allowedByHand(SOLD)).isEmpty();
  }

  @Test
  void goingLiveStampsTheFirstListedDateAndKeepsItOnRelisting() {
    Listing listing = listingIn(NOT_LISTED);
    listing.moveTo(ACTIVE, NOW);
    assertThat(listing.listedDate()).isEqualTo(NOW);
    listing.moveTo(EXPIRED, NOW.plusDays(30));
    assertThat(listing.expiredDate()).isEqualTo(NOW.plusDays(30));
    assertThat(listing.endedDate()).isEqualTo(NOW.plusDays(30));
    listing.moveTo(ACTIVE, NOW.plusDays(31));
    assertThat(listing.listedDate()).isEqualTo(NOW);
    assertThat(listing.expiredDate()).isNull();
    assertThat(listing.endedDate()).isNull();
  }

  @Test
  void cancellingEndsTheListingAndClearsTheDelistFlag() {
    Listing listing = listingIn(ACTIVE);
    listing.flagForDelisting();
    listing.moveTo(CANCELLED, NOW.plusDays(2));
    assertThat(listing.endedDate()).isEqualTo(NOW.plusDays(2));
    assertThat(listing.needsDelist()).isFalse();
    assertThat(listing.expiredDate()).isNull();
  }

  @Test
  void delistingAnOfferingListingCancelsIt() {
    Listing listing = listingIn(PENDING);
    listing.flagForDelisting();
    listing.delisted(NOW);
    assertThat(listing.status()).isEqualTo(CANCELLED);
    assertThat(listing.needsDelist()).isFalse();
  }

  @Test
  void partialSalesAccumulateAndTheLastUnitEndsTheListingAsSold() {
    Listing listing = listingIn(ACTIVE);
    listing.recordSale(1, m("20.00"), m("3.02"), m("5.00"), m("4.10"), "amy", NOW, false);
    assertThat(listing.status()).isEqualTo(ACTIVE);
    listing.recordSale(
        2, m("40.00"), m("5.74"), m("0.00"), m("6.00"), "bob", NOW.plusDays(1), true);
    assertThat(listing.status()).isEqualTo(SOLD);
    assertThat(listing.quantitySold()).isEqualTo(3);
    assertThat(listing.soldPrice()).isEqualByComparingTo("60.00");
    assertThat(listing.platformFees()).isEqualByComparingTo("8.76");
    assertThat(listing.shippingPaid()).isEqualByComparingTo("5.00");
    assertThat(listing.actualShipping()).isEqualByComparingTo("10.10");
    assertThat(listing.buyerUsername()).isEqualTo("bob");
    assertThat(listing.soldDate()).isEqualTo(NOW.plusDays(1));
    assertThat(listing.endedDate()).isEqualTo(NOW.plusDays(1));
  }

  @Test
  void aListingThatIsNotLiveCannotSell() {
    Listing listing = listingIn(DRAFT);
    assertThatThrownBy(
            () -> listing.recordSale(1, m("1.00"), m("0"), m("0"), m("0"), null, NOW, true))
        .isInstanceOf(IllegalStateException.class);
  }

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2025, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

  /** A listing brought to {@code status} along allowed moves (a sale for sold). */
  private static Listing listingIn(ListingStatus status) {
    Listing listing = new Listing(UUID.randomUUID(), Platform.EBAY);
    switch (status) {
      case NOT_LISTED -> {}
      case DRAFT, ACTIVE, CANCELLED -> listing.moveTo(status, NOW);
      case SCHEDULED -> listing.moveTo(SCHEDULED, NOW);
      case PENDING, EXPIRED -> {
        listing.moveTo(ACTIVE, NOW);
        listing.moveTo(status, NOW);
      }
      case SOLD -> {
        listing.moveTo(ACTIVE, NOW);
        listing.recordSale(1, m("10.00"), m("1.00"), m("0"), m("0"), null, NOW, true);
      }
    }
    assertThat(listing.status()).isEqualTo(status);
    return listing;
  }

  private static BigDecimal m(String amount) {
    return new BigDecimal(amount);
  }
}
