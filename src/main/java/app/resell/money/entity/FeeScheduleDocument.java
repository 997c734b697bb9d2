package app.resell.money.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A {@link FeeSchedule} as JSON: the body of {@code GET/PUT /fee-schedules/{platform}} and the
 * {@code fee_schedules.schedule} jsonb column. Classes with public fields rather than the records
 * themselves, because JSON-B binds them without constructors and OpenAPI documents them without
 * tripping over records; snake_case names come from the API's JSON-B configuration.
 *
 * <p>{@code version}, {@code updated_by} and {@code updated_at} are the row's bookkeeping: answered
 * on reads, {@code version} required on a write (optimistic locking), never stored in the jsonb.
 */
public class FeeScheduleDocument {

  public String platform;
  public String plan;
  public String source;
  public LocalDate checkedOn;
  public Boolean verified;
  public String notes;
  public List<Group> commission;
  public PerOrder perOrder;
  public BigDecimal perItemFee;
  public BigDecimal listingFeePerItem;
  public Processing processing;
  public Long version;
  public UUID updatedBy;
  public OffsetDateTime updatedAt;

  /** A {@link CommissionGroup}. */
  public static class Group {
    public String name;
    public List<String> categories;
    public String base;
    public List<Tier> tiers;
    public BigDecimal minimum;
    public BigDecimal maximum;
    public BigDecimal flatFee;
    public BigDecimal flatBelow;
    public BigDecimal perItemFee;
  }

  /** A {@link RateTier}. */
  public static class Tier {
    public BigDecimal upTo;
    public BigDecimal ratePercent;
  }

  /** A {@link PerOrderFee}. */
  public static class PerOrder {
    public String base;
    public List<Step> steps;
  }

  /** An {@link OrderFeeStep}. */
  public static class Step {
    public BigDecimal upTo;
    public BigDecimal fee;
  }

  /** A {@link ProcessingFee}. */
  public static class Processing {
    public String base;
    public BigDecimal ratePercent;
    public BigDecimal fixedFee;
  }

  public static FeeScheduleDocument of(FeeSchedule s) {
    FeeScheduleDocument d = new FeeScheduleDocument();
    d.platform = s.platform();
    d.plan = s.plan();
    d.source = s.source();
    d.checkedOn = s.checkedOn();
    d.verified = s.verified();
    d.notes = s.notes();
    d.commission = new ArrayList<>();
    for (CommissionGroup g : s.commission()) d.commission.add(group(g));
    if (s.perOrder() != null) {
      d.perOrder = new PerOrder();
      d.perOrder.base = s.perOrder().base();
      d.perOrder.steps = new ArrayList<>();
      for (OrderFeeStep step : s.perOrder().steps()) {
        Step st = new Step();
        st.upTo = step.upTo();
        st.fee = step.fee();
        d.perOrder.steps.add(st);
      }
    }
    d.perItemFee = s.perItemFee();
    d.listingFeePerItem = s.listingFeePerItem();
    if (s.processing() != null) {
      d.processing = new Processing();
      d.processing.base = s.processing().base();
      d.processing.ratePercent = s.processing().ratePercent();
      d.processing.fixedFee = s.processing().fixedFee();
    }
    return d;
  }

  private static Group group(CommissionGroup g) {
    Group out = new Group();
    out.name = g.name();
    out.categories = g.categories().isEmpty() ? null : List.copyOf(g.categories());
    out.base = g.base();
    out.tiers = new ArrayList<>();
    for (RateTier t : g.tiers()) {
      Tier tier = new Tier();
      tier.upTo = t.upTo();
      tier.ratePercent = t.ratePercent();
      out.tiers.add(tier);
    }
    out.minimum = g.minimum();
    out.maximum = g.maximum();
    out.flatFee = g.flatFee();
    out.flatBelow = g.flatBelow();
    out.perItemFee = g.perItemFee();
    return out;
  }

  /**
   * The schedule this document describes, not yet validated (null entries stay null so that {@code
   * FeeSchedules} can name them).
   */
  public FeeSchedule toSchedule() {
    List<CommissionGroup> groups = new ArrayList<>();
    if (commission != null) {
      for (Group g : commission) {
        groups.add(
            g == null
                ? null
                : new CommissionGroup(
                    g.name,
                    g.categories,
                    g.base,
                    g.tiers == null
                        ? null
                        : g.tiers.stream()
                            .map(t -> t == null ? null : new RateTier(t.upTo, t.ratePercent))
                            .toList(),
                    g.minimum,
                    g.maximum,
                    g.flatFee,
                    g.flatBelow,
                    g.perItemFee));
      }
    }
    PerOrderFee order =
        perOrder == null
            ? null
            : new PerOrderFee(
                perOrder.base,
                perOrder.steps == null
                    ? null
                    : perOrder.steps.stream()
                        .map(s -> s == null ? null : new OrderFeeStep(s.upTo, s.fee))
                        .toList());
    ProcessingFee payment =
        processing == null
            ? null
            : new ProcessingFee(processing.base, processing.ratePercent, processing.fixedFee);
    return new FeeSchedule(
        platform,
        plan,
        source,
        checkedOn,
        Boolean.TRUE.equals(verified),
        notes,
        groups,
        order,
        perItemFee,
        listingFeePerItem,
        payment);
  }
}
