package app.resell.listings.boundary;

import java.util.List;

/** One page of {@code GET /listings}, with the count of everything the filters match. */
public record ListingPage(
    List<ListingView> listings, long total, int page, long pages, int limit) {}
