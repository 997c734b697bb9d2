package app.resell.listings.boundary;

import java.util.List;

/** The answers of edits that change several listings at once. */
public final class ListingResults {

  private ListingResults() {}

  /** What a bulk edit changed. */
  public record ListingsChanged(int updated, List<ListingView> listings) {}
}
