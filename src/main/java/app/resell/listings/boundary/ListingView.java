package app.resell.listings.boundary;

import app.resell.listings.entity.Listing;
import app.resell.setup.control.JsonMapping;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A listing as the API shows it. {@code sold_price}, {@code platform_fees} and the shipping fields
 * are the sums over the listing's sales (see docs/LISTINGS.md); {@code needs_delist} says the item
 * sold out elsewhere and this listing must come down.
 */
public class ListingView {

  public UUID id;
  public UUID lotId;
  public String platform;
  public String platformName;
  public String status;
  public String externalId;
  public BigDecimal listPrice;
  public String listingUrl;
  public String listingTitle;
  public String listingDescription;
  public int quantitySold;
  public BigDecimal soldPrice;
  public BigDecimal platformFees;
  public BigDecimal shippingPaid;
  public BigDecimal actualShipping;
  public String buyerUsername;
  public OffsetDateTime listedDate;
  public OffsetDateTime scheduledDate;
  public OffsetDateTime soldDate;
  public OffsetDateTime expiredDate;
  public OffsetDateTime endedDate;
  public int views;
  public int watchers;
  public boolean needsDelist;
  public JsonObject metadata;
  public OffsetDateTime createdAt;
  public OffsetDateTime updatedAt;
  public long version;

  /** The item's name, in lists of listings across items only (null on an item's own page). */
  public String itemName;

  /** This view with its item's name. */
  ListingView named(String itemName) {
    this.itemName = itemName;
    return this;
  }

  public static ListingView of(Listing l) {
    ListingView v = new ListingView();
    v.id = l.id();
    v.lotId = l.lotId();
    v.platform = l.platform().value();
    v.platformName = l.platformName();
    v.status = l.status().value();
    v.externalId = l.externalId();
    v.listPrice = l.listPrice();
    v.listingUrl = l.listingUrl();
    v.listingTitle = l.listingTitle();
    v.listingDescription = l.listingDescription();
    v.quantitySold = l.quantitySold();
    v.soldPrice = l.soldPrice();
    v.platformFees = l.platformFees();
    v.shippingPaid = l.shippingPaid();
    v.actualShipping = l.actualShipping();
    v.buyerUsername = l.buyerUsername();
    v.listedDate = l.listedDate();
    v.scheduledDate = l.scheduledDate();
    v.soldDate = l.soldDate();
    v.expiredDate = l.expiredDate();
    v.endedDate = l.endedDate();
    v.views = l.views();
    v.watchers = l.watchers();
    v.needsDelist = l.needsDelist();
    try (var reader = JsonMapping.json().createReader(new StringReader(l.metadata()))) {
      v.metadata = reader.readObject();
    }
    v.createdAt = l.createdAt();
    v.updatedAt = l.updatedAt();
    v.version = l.version();
    return v;
  }

  /** The strong entity tag of a version, as answered in ETag and expected in If-Match. */
  public static String etag(long version) {
    return "\"" + version + "\"";
  }
}
