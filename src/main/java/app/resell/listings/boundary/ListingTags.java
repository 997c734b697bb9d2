package app.resell.listings.boundary;

import app.resell.listings.entity.Listing;
import app.resell.problems.control.ProblemException;

/**
 * A listing's entity tag is its version. An edit names the version it read, by If-Match (412 when
 * stale) or by the body's {@code version} (409 when stale); a full replacement must name it (428).
 */
final class ListingTags {

  private ListingTags() {}

  static void checkVersion(Listing listing, String ifMatch, Long bodyVersion, boolean required) {
    String current = ListingView.etag(listing.version());
    if (ifMatch != null) {
      for (String tag : ifMatch.split(",")) {
        String t = tag.trim();
        if (t.startsWith("W/")) t = t.substring(2);
        if (t.equals("*") || t.equals(current)) return;
      }
      throw ProblemException.preconditionFailed(changedMeanwhile(listing));
    }
    if (bodyVersion != null) {
      if (bodyVersion != listing.version()) {
        throw ProblemException.conflict(changedMeanwhile(listing));
      }
      return;
    }
    if (required) {
      throw new ProblemException(
          428,
          "precondition-required",
          "Version required",
          "Send the version you read, as If-Match: \"<version>\" or as version in the body");
    }
  }

  /** Said to a person: which listing, in their words; no ids or versions. */
  private static String changedMeanwhile(Listing listing) {
    String where =
        listing.platformName() != null ? listing.platformName() : listing.platform().value();
    return "Someone changed the "
        + where
        + " listing since you loaded it. Reload to see their change, then make yours again.";
  }
}
