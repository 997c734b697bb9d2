package app.resell.exports.control;

import app.resell.taxonomy.entity.Condition;
import java.util.regex.Pattern;

/**
 * How a Resell listing becomes an eBay bulk-upload line: the condition as eBay's numeric condition
 * id, the title within eBay's 80 characters, the description as the HTML eBay shows. The condition
 * ids are the three broadest (New 1000, Used 3000, For parts or not working 7000), which most eBay
 * categories with conditions accept: the finer ones (1500 New other, 2750 Like New, 4000-6000 Very
 * Good to Acceptable) are offered by some categories only, and the category is the seller's choice.
 */
public final class EbayListing {

  /**
   * The first header cell: the action column, with the site, currency and template version every
   * line of the file is for, and the file's character set ({@code CC=UTF-8}), so that eBay does not
   * read the accented letters of a UTF-8 file in another encoding.
   */
  public static final String ACTION_HEADER =
      "*Action(SiteID=US|Country=US|Currency=USD|Version=1193|CC=UTF-8)";

  /** eBay's limit on a title, in characters. */
  public static final int TITLE_MAX = 80;

  /** New: a mint item is unused in its original packaging (NIB, NWT, sealed). */
  public static final int NEW = 1000;

  /** Used, also for an unknown condition: never claims more than Resell knows. */
  public static final int USED = 3000;

  /** For parts or not working: needs repair, does not work. */
  public static final int FOR_PARTS = 7000;

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TRAILING_JOINERS = Pattern.compile("[\\s,;:/&+|\\-\u2013\u2014]+$");

  private EbayListing() {}

  public static int conditionId(Condition condition) {
    return switch (condition) {
      case MINT -> NEW;
      case EXCELLENT, VERY_GOOD, GOOD, FAIR, POOR, UNKNOWN -> USED;
      case RESTORATION, PARTS -> FOR_PARTS;
    };
  }

  /**
   * The title on one line, at most {@value #TITLE_MAX} characters, cut after the last whole word
   * that fits (and the separators before it) rather than mid-word; a first word longer than the
   * limit is cut at the limit.
   */
  public static String title(String text) {
    String t = SPACES.matcher(text == null ? "" : text.strip()).replaceAll(" ");
    if (t.codePointCount(0, t.length()) <= TITLE_MAX) return t;
    int limit = t.offsetByCodePoints(0, TITLE_MAX);
    int end = t.charAt(limit) == ' ' ? limit : t.lastIndexOf(' ', limit - 1);
    if (end <= 0) return t.substring(0, limit);
    String words = TRAILING_JOINERS.matcher(t.substring(0, end)).replaceAll("");
    return words.isEmpty() ? t.substring(0, limit) : words;
  }

  /**
   * The description as eBay's HTML: the text escaped (a {@code <} in "size <10" stays text) with
   * its line breaks kept as {@code <br>}. eBay requires one, so an item without a description gets
   * its title.
   */
  public static String description(String text, String title) {
    String plain = text == null || text.isBlank() ? title : text.strip();
    StringBuilder html = new StringBuilder(plain.length() + 16);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\r' -> {
          html.append("<br>");
          if (i + 1 < plain.length() && plain.charAt(i + 1) == '\n') i++;
        }
        case '\n' -> html.append("<br>");
        default -> html.append(c);
      }
    }
    return html.toString();
  }
}
