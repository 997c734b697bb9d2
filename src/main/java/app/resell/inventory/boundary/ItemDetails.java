package app.resell.inventory.boundary;

import app.resell.inventory.entity.ActivityEntry;
import app.resell.inventory.entity.PricePoint;
import app.resell.inventory.entity.SimilarItem;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The item page, in the design's shape: the item ({@code inventory}) with its photos, listings,
 * activity log, price history, comparable sales and similar items. Photos, listings and comparable
 * sales come from the features that keep them (through {@link
 * app.resell.inventory.control.ItemSection}).
 */
public record ItemDetails(
    ItemView inventory,
    @Schema(
            description =
                "The item's photos in their order, as GET /inventory/{id}/photos shows them")
        List<?> photos,
    @Schema(description = "The item's listings, oldest first, as GET /listings/{id} shows them")
        List<?> listings,
    @Schema(description = "What was done to the item and its records, newest first (up to 200)")
        List<ActivityEntry> activityLog,
    @Schema(description = "Changes of the estimate, listing prices and sold prices, newest first")
        List<PricePoint> priceHistory,
    @Schema(description = "Comparable sales, newest first, as GET /inventory/{id}/comps shows them")
        List<?> comparableSales,
    @Schema(description = "Up to 10 items of the same category with words of the name in common")
        List<SimilarItem> similarItems) {}
