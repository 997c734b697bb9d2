package app.resell.inventory.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How eagerly buyers want an item. The database type {@code market_demand_level} matches. */
public enum MarketDemand {
  LOW,
  MEDIUM,
  HIGH;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MarketDemand> parse(String text) {
    if (text == null) return Optional.empty();
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(d -> d.value().equals(wanted)).findFirst();
  }

  public static List<String> allowedValues() {
    return Arrays.stream(values()).map(MarketDemand::value).toList();
  }
}
