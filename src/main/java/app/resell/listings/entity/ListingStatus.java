package app.resell.listings.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The life of a listing on one platform. The database type {@code listing_status} matches. */
public enum ListingStatus {
  NOT_LISTED,
  DRAFT,
  ACTIVE,
  SCHEDULED,
  SOLD,
  EXPIRED,
  CANCELLED,
  PENDING;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ListingStatus> parse(String text) {
    if (text == null) return Optional.empty();
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.value().equals(wanted)).findFirst();
  }

  public static List<String> allowedValues() {
    return Arrays.stream(values()).map(ListingStatus::value).toList();
  }
}
