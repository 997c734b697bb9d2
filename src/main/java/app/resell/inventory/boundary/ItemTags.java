package app.resell.inventory.boundary;

import app.resell.inventory.entity.Item;
import app.resell.problems.control.ProblemException;
import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The item's entity tags. An answer that is the item alone is tagged with its version ({@code
 * "7"}); the item page, which also shows listings, sales, comps and history that change without the
 * item's version, is tagged with the version and a digest of the whole page ({@code "7.3f9a..."}),
 * so a new listing changes the tag and a browser never redraws a stale page. If-Match names the
 * item's version, by either tag: what counts for an edit is the item itself.
 */
final class ItemTags {

  private ItemTags() {}

  /** The tag of an answer that is the item alone. */
  static EntityTag of(Item item) {
    return new EntityTag(Long.toString(item.version()));
  }

  /** The tag of the item page whose JSON is {@code body}. */
  static EntityTag page(Item item, String body) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return new EntityTag(item.version() + "." + HexFormat.of().formatHex(digest, 0, 12));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Whether an If-None-Match header names this tag (or {@code *}). */
  static boolean names(String header, EntityTag tag) {
    for (String t : tags(header)) {
      if (t.equals("*") || t.equals(tag.getValue())) return true;
    }
    return false;
  }

  /** Answers 412 unless the If-Match header names the item's current version. */
  static void checkIfMatch(Item item, String ifMatch) {
    String version = Long.toString(item.version());
    for (String t : tags(ifMatch)) {
      if (t.equals("*") || t.equals(version) || t.startsWith(version + ".")) return;
    }
    throw ProblemException.preconditionFailed(
        "Someone changed " + item.itemName() + " since you loaded it. Reload and try again.");
  }

  /**
   * A full replacement names the version it read: by If-Match (412 when stale) or by the body's
   * {@code version} (409 when stale); without either it is refused with 428.
   */
  static void checkVersion(Item item, String ifMatch, Long bodyVersion) {
    if (ifMatch != null) {
      checkIfMatch(item, ifMatch);
    } else if (bodyVersion != null) {
      if (bodyVersion != item.version()) {
        throw ProblemException.conflict(
            "Someone changed " + item.itemName() + " since you loaded it. Reload and try again.");
      }
    } else {
      throw new ProblemException(
          428,
          "precondition-required",
          "Version required",
          "Send the version you read, as If-Match: \"<version>\" or as version in the body");
    }
  }

  /** The tags of a header, without quotes and weak markers. */
  private static String[] tags(String header) {
    String[] tags = header.split(",");
    for (int i = 0; i < tags.length; i++) {
      String t = tags[i].trim();
      if (t.startsWith("W/")) t = t.substring(2);
      if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\""))
        t = t.substring(1, t.length() - 1);
      tags[i] = t;
    }
    return tags;
  }
}
