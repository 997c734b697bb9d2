package app.resell.imports.control.sheet;

import app.resell.taxonomy.entity.Platform;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises where an item is listed or sold from how resellers actually write it: "FB", "FBMP",
 * "ebay.com", "Booth 114", "garage sale", "Charish". Matching ignores case, spaces and punctuation;
 * names are matched whole, then by prefix for names that carry extras ("eBay UK", "Booth 114"),
 * then within one typo of a known name. Anything else is {@link Platform#OTHER} with the text kept.
 */
public final class PlatformNames {

  /** Normalised aliases, whole-name matches. */
  private static final Map<String, Platform> ALIASES = new LinkedHashMap<>();

  /** Normalised prefixes: the name may carry more ("ebayuk", "booth114", "facebookmarketplace"). */
  private static final Map<String, Platform> PREFIXES = new LinkedHashMap<>();

  /** Words meaning "nowhere" in a platform cell. */
  private static final List<String> NONE =
      List.of("", "na", "none", "no", "notlisted", "unlisted", "notyet", "tbd", "nil");

  /** How several platforms share one cell: "eBay / Etsy", "eBay, FB", "Etsy & Posh". */
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s*(?:[,;/|&+\\n]|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);

  static {
    alias(Platform.EBAY, "ebay", "ebaycom", "eb");
    prefix(Platform.EBAY, "ebay");
    alias(Platform.ETSY, "etsy", "etsycom");
    prefix(Platform.ETSY, "etsy");
    alias(
        Platform.FACEBOOK, "fb", "fbmp", "fbm", "facebook", "marketplace", "fbmarketplace", "meta");
    prefix(Platform.FACEBOOK, "facebook");
    prefix(Platform.FACEBOOK, "fbm");
    alias(Platform.CHAIRISH, "chairish", "charish", "chairsh");
    alias(Platform.WORTHPOINT, "worthpoint", "wp");
    alias(Platform.MERCARI, "mercari", "merc");
    alias(Platform.POSHMARK, "poshmark", "posh");
    alias(Platform.DEPOP, "depop");
    alias(Platform.WHATNOT, "whatnot", "whatnotapp");
    alias(Platform.RUBYLANE, "rubylane", "ruby", "rl");
    alias(Platform.AMAZON, "amazon", "amz", "amzn", "amazoncom");
    prefix(Platform.AMAZON, "amazon");
    alias(
        Platform.SHOPIFY,
        "shopify",
        "ownsite",
        "website",
        "mysite",
        "mywebsite",
        "ourwebsite",
        "webstore",
        "onlinestore",
        "site");
    prefix(Platform.SHOPIFY, "shopify");
    alias(Platform.BOOTH, "booth", "antiquemall", "mall", "consignment", "vendormall", "shop");
    prefix(Platform.BOOTH, "booth");
    prefix(Platform.BOOTH, "antiquemall");
    alias(
        Platform.LOCAL,
        "local",
        "localpickup",
        "craigslist",
        "cl",
        "offerup",
        "yardsale",
        "garagesale",
        "estatesale",
        "fleamarket",
        "swapmeet",
        "nextdoor",
        "inperson",
        "kijiji",
        "gumtree");
    prefix(Platform.LOCAL, "craigslist");
    prefix(Platform.LOCAL, "offerup");
    prefix(Platform.LOCAL, "fleamarket");
    for (Platform p : Platform.values()) {
      ALIASES.putIfAbsent(p.value(), p);
    }
  }

  private static final Pattern ACCENTS = Pattern.compile("\\p{M}");

  private PlatformNames() {}

  /** The platform a single name stands for; unknown names are OTHER with the text kept. */
  public static PlatformMatch match(String text) {
    String original = text == null ? "" : text.strip();
    String key = normalise(original);
    Platform known = ALIASES.get(key);
    if (known == null) known = byPrefix(key);
    if (known == null) known = byTypo(key);
    return new PlatformMatch(known == null ? Platform.OTHER : known, original);
  }

  /**
   * Every platform named in a cell, in the order written, without repeats. Empty for blank cells
   * and for "n/a", "not listed" and the like. A URL is one name: it is not split at its slashes.
   */
  public static List<PlatformMatch> matchAll(String cell) {
    List<PlatformMatch> found = new ArrayList<>();
    if (cell == null || NONE.contains(normalise(cell))) return found;
    String[] parts =
        cell.contains("://") ? cell.strip().split("\\s+") : SEPARATORS.split(cell.strip());
    for (String part : parts) {
      if (NONE.contains(normalise(part))) continue;
      PlatformMatch m = match(part);
      boolean repeat =
          found.stream()
              .anyMatch(
                  f ->
                      f.platform() == m.platform()
                          && (m.platform() != Platform.OTHER
                              || f.name().equalsIgnoreCase(m.name())));
      if (!repeat) found.add(m);
    }
    return found;
  }

  /** Recognises a platform from a listing link's host: {@code https://www.ebay.com/itm/1}. */
  static Platform fromUrl(String url) {
    if (url == null) return null;
    String lower = url.toLowerCase(Locale.ROOT);
    int scheme = lower.indexOf("://");
    String host = scheme >= 0 ? lower.substring(scheme + 3) : lower;
    int slash = host.indexOf('/');
    if (slash >= 0) host = host.substring(0, slash);
    if (host.isBlank() || !host.contains(".")) return null;
    for (String label : host.split("\\.")) {
      String key = normalise(label);
      if (key.equals("www") || key.length() < 3) continue;
      Platform p = ALIASES.get(key);
      if (p == null) p = byPrefix(key);
      if (p != null && p != Platform.LOCAL && p != Platform.BOOTH) return p;
      if (key.equals("myshopify")) return Platform.SHOPIFY;
      if (key.equals("fb") || key.equals("facebook")) return Platform.FACEBOOK;
    }
    return null;
  }

  static String normalise(String text) {
    if (text == null) return "";
    String folded = withoutAccents(text).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) b.append(c);
    }
    return b.toString();
  }

  /** "Café" as "Cafe"; plain ASCII, most cells, is returned as it is without work. */
  static String withoutAccents(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7F) {
        return ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return text;
  }

  private static Platform byPrefix(String key) {
    for (Map.Entry<String, Platform> e : PREFIXES.entrySet()) {
      if (key.startsWith(e.getKey())) return e.getValue();
    }
    return null;
  }

  /** One slip of the finger on names long enough that a typo cannot make another name. */
  private static Platform byTypo(String key) {
    if (key.length() < 5) return null;
    for (Map.Entry<String, Platform> e : ALIASES.entrySet()) {
      if (e.getKey().length() >= 5 && EditDistance.withinOne(key, e.getKey())) return e.getValue();
    }
    return null;
  }

  private static void alias(Platform platform, String... names) {
    for (String n : names) ALIASES.put(normalise(n), platform);
  }

  private static void prefix(Platform platform, String name) {
    PREFIXES.put(name, platform);
  }
}
