package app.resell.imports.control.sheet;

import app.resell.listings.control.ListingRows;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A listing, and its sale if it sold, read from a row. {@code status} is a {@link
 * app.resell.listings.entity.ListingStatus} value ({@code active}, {@code sold}...). {@code
 * platformName} is the reseller's own word for the platform ("FBMP", "Booth 114"), null when the
 * platform was only inferred (from a listing link, or unknown). {@code listedDate} was added to the
 * agreed shape so that Resell's {@code ebay_listed} column survives a round trip.
 */
public record ParsedListing(
    Platform platform,
    String platformName,
    String status,
    BigDecimal listPrice,
    String listingUrl,
    BigDecimal soldPrice,
    LocalDate soldDate,
    BigDecimal platformFees,
    BigDecimal shippingPaid,
    BigDecimal actualShipping,
    LocalDate listedDate)
    implements ListingRows.NewListing {}
