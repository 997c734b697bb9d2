package app.resell.comps.boundary;

import app.resell.comps.entity.ComparableSale;
import app.resell.comps.entity.CompsSummary;
import app.resell.comps.entity.MonthlyMedian;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Comparable sales and their statistics as the API shows them. */
public final class CompsView {

  private CompsView() {}

  /** One comparable sale. */
  public static class Comp {
    public UUID id;
    public UUID lotId;
    public String source;
    public String title;
    public BigDecimal price;
    public BigDecimal shipping;
    public LocalDate soldDate;
    public String url;
    public String condition;
    public String category;
    public OffsetDateTime createdAt;

    static Comp of(ComparableSale c) {
      Comp v = new Comp();
      v.id = c.id();
      v.lotId = c.lotId();
      v.source = c.source();
      v.title = c.title();
      v.price = c.price();
      v.shipping = c.shipping();
      v.soldDate = c.soldDate();
      v.url = c.url();
      v.condition = c.condition();
      v.category = c.category();
      v.createdAt = c.createdAt();
      return v;
    }
  }

  /** One calendar month: how many sold and their median price. */
  public static class Month {
    public String month;
    public int volume;
    public BigDecimal median;

    static List<Month> of(List<MonthlyMedian> monthly) {
      return monthly.stream()
          .map(
              m -> {
                Month v = new Month();
                v.month = m.month().toString();
                v.volume = m.count();
                v.median = m.median();
                return v;
              })
          .toList();
    }
  }

  /** The statistics of a set of sales (docs/MONEY.md, comparable sales). */
  public static class Summary {
    public int count;
    public BigDecimal median;
    public BigDecimal trimmedMean;
    public BigDecimal min;
    public BigDecimal max;
    public BigDecimal estimatedValue;
    public String estimateBasis;
    public LocalDate asOf;
    public BigDecimal trendPerMonth;
    public List<Month> monthly;

    static Summary of(CompsSummary s, LocalDate asOf) {
      Summary v = new Summary();
      v.count = s.count();
      v.median = s.median();
      v.trimmedMean = s.trimmedMean();
      v.min = s.min();
      v.max = s.max();
      v.estimatedValue = s.estimatedValue();
      v.estimateBasis = s.estimateBasis();
      v.asOf = asOf;
      v.trendPerMonth = s.trendPerMonth();
      v.monthly = Month.of(s.monthly());
      return v;
    }
  }
}
