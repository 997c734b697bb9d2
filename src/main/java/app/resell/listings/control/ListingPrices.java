package app.resell.listings.control;

import app.resell.listings.entity.Listing;
import app.resell.taxonomy.entity.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An item's listing prices, for the pricing tools that weigh each one against its cost. */
@ApplicationScoped
public class ListingPrices {

  /** One listing's platform, status and price ({@code null} when none is set). */
  public record ListingPrice(Platform platform, String status, BigDecimal listPrice) {}

  @PersistenceContext EntityManager em;

  /** The item's listings in platform order. */
  public List<ListingPrice> ofItem(UUID lotId) {
    return em
        .createNamedQuery(Listing.OF_ITEM_BY_PLATFORM, Listing.class)
        .setParameter("lot", lotId)
        .setHint("eclipselink.read-only", true)
        .getResultList()
        .stream()
        .map(l -> new ListingPrice(l.platform(), l.status().value(), l.listPrice()))
        .toList();
  }
}
