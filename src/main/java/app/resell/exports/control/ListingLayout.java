package app.resell.exports.control;

import app.resell.listings.control.DraftListings;
import app.resell.taxonomy.entity.Platform;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of a listing file and how one draft listing fills them: eBay's bulk-upload template
 * (Seller Hub Reports, the File Exchange dialect) for eBay, a plain CSV for every other platform.
 * Cells are text (formula-guarded when written) or numbers (never guarded); docs/EXPORTS.md
 * describes every column.
 */
public enum ListingLayout {
  EBAY(
      EbayListing.ACTION_HEADER,
      "CustomLabel",
      "*Category",
      "*Title",
      "*ConditionID",
      "*StartPrice",
      "*Quantity",
      "*Description",
      "PicURL",
      "*Format",
      "*Duration"),
  GENERIC("sku", "title", "condition", "price", "quantity", "description", "photo_urls");

  /** Photo addresses in one cell are separated by a bar, as eBay's PicURL takes them. */
  public static final String PHOTO_SEPARATOR = "|";

  private final List<String> header;

  ListingLayout(String... header) {
    this.header = List.of(header);
  }

  public static ListingLayout of(Platform platform) {
    return platform == Platform.EBAY ? EBAY : GENERIC;
  }

  public List<String> header() {
    return header;
  }

  /** The line of one draft: {@code String} cells are text, the others numbers; null is blank. */
  public List<Object> cells(DraftListings.Row draft, List<String> photoUrls) {
    String photos = String.join(PHOTO_SEPARATOR, photoUrls);
    return switch (this) {
      case EBAY -> {
        String title = EbayListing.title(draft.title());
        yield Arrays.asList(
            "Add",
            draft.label(),
            "", // the category id: the seller's choice (docs/EXPORTS.md)
            title,
            EbayListing.conditionId(draft.condition()),
            draft.price(),
            draft.onHand(),
            EbayListing.description(draft.description(), title),
            photos,
            "FixedPrice",
            "GTC");
      }
      case GENERIC ->
          Arrays.asList(
              draft.label(),
              draft.title(),
              draft.condition().value(),
              draft.price(),
              draft.onHand(),
              draft.description(),
              photos);
    };
  }
}
