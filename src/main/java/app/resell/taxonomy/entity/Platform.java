package app.resell.taxonomy.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where an item can be listed or sold. The database type {@code platform_type} matches. */
public enum Platform {
  EBAY,
  ETSY,
  FACEBOOK,
  CHAIRISH,
  WORTHPOINT,
  MERCARI,
  POSHMARK,
  DEPOP,
  WHATNOT,
  RUBYLANE,
  AMAZON,
  SHOPIFY,
  BOOTH,
  LOCAL,
  OTHER;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Platform> parse(String text) {
    if (text == null) return Optional.empty();
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(p -> p.value().equals(wanted)).findFirst();
  }

  public static List<String> allowedValues() {
    return Arrays.stream(values()).map(Platform::value).toList();
  }
}
