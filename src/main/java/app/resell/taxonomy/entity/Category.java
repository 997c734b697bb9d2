package app.resell.taxonomy.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 22 item categories of the product's classification policy. The database type {@code
 * item_category} holds the same values, spelled as {@link #value()}.
 */
public enum Category {
  ANTIQUES,
  ART,
  BOOKS,
  CERAMICS,
  CHINA,
  CLOTHING,
  COINS,
  COLLECTIBLES,
  ELECTRONICS,
  FURNITURE,
  GLASS,
  JEWELRY,
  LINENS,
  MEMORABILIA,
  MUSICAL,
  POTTERY,
  SILVER,
  STAMPS,
  TOOLS,
  TOYS,
  VINTAGE,
  OTHER;

  /** The wire and database spelling. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Category> parse(String text) {
    if (text == null) return Optional.empty();
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.value().equals(wanted)).findFirst();
  }

  public static List<String> allowedValues() {
    return Arrays.stream(values()).map(Category::value).toList();
  }
}
