package app.resell.money.control;

import app.resell.money.entity.CommissionGroup;
import app.resell.money.entity.FeeBase;
import app.resell.money.entity.FeeSchedule;
import app.resell.money.entity.OrderFeeStep;
import app.resell.money.entity.PerOrderFee;
import app.resell.money.entity.ProcessingFee;
import app.resell.money.entity.RateTier;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks fee schedules before they are used, collecting every problem rather than stopping at the
 * first. Besides the obvious (no negative amounts, rates of at most 100%, ascending thresholds) it
 * insists that a higher price never costs less in fees: per-order fees may not fall as the total
 * grows, and a flat fee below a threshold may not exceed the percentage fee at the threshold. The
 * pricing and max-bid solvers rely on that to be exact (docs/MONEY.md).
 */
final class FeeScheduleValidator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<String> problems = new ArrayList<>();

  private FeeScheduleValidator() {}

  static List<String> validate(List<FeeSchedule> schedules) {
    FeeScheduleValidator v = new FeeScheduleValidator();
    v.checkAll(schedules);
    return List.copyOf(v.problems);
  }

  private void checkAll(List<FeeSchedule> schedules) {
    if (schedules == null || schedules.isEmpty()) {
      problems.add("fee-schedules: at least one schedule is required");
      return;
    }
    Set<Platform> seen = new HashSet<>();
    for (int i = 0; i < schedules.size(); i++) {
      FeeSchedule s = schedules.get(i);
      if (s == null) {
        problems.add("fee-schedules[" + i + "]: must not be null");
        continue;
      }
      var platform = Platform.parse(s.platform());
      if (platform.isEmpty()) {
        problems.add(
            "fee-schedules[%d].platform: unknown platform '%s'; allowed: %s"
                .formatted(i, s.platform(), String.join(", ", Platform.allowedValues())));
        continue;
      }
      if (!seen.add(platform.get())) {
        problems.add(
            platform.get().value() + ".platform: more than one schedule for this platform");
      }
      checkSchedule(platform.get().value(), s);
    }
    for (Platform p : Platform.values()) {
      if (!seen.contains(p)) {
        problems.add("fee-schedules: no schedule for platform '" + p.value() + "'");
      }
    }
  }

  private void checkSchedule(String path, FeeSchedule s) {
    if (s.source() == null || s.source().isBlank()) {
      problems.add(path + ".source: say where the figures come from");
    }
    if (s.checkedOn() == null) {
      problems.add(path + ".checkedOn: the date the figures were checked is required");
    }
    checkCommission(path, s.commission());
    checkPerOrder(path + ".perOrder", s.perOrder());
    notNegative(path + ".perItemFee", s.perItemFee(), false);
    notNegative(path + ".listingFeePerItem", s.listingFeePerItem(), false);
    checkProcessing(path + ".processing", s.processing());
  }

  private void checkCommission(String path, List<CommissionGroup> groups) {
    if (groups.isEmpty()) {
      problems.add(path + ".commission: a group named 'default' is required");
      return;
    }
    Set<String> names = new HashSet<>();
    Map<Category, String> owner = new HashMap<>();
    int defaults = 0;
    for (int i = 0; i < groups.size(); i++) {
      CommissionGroup g = groups.get(i);
      String name = g == null || g.name() == null || g.name().isBlank() ? null : g.name().strip();
      String gp = path + ".commission[" + (name == null ? String.valueOf(i) : name) + "]";
      if (g == null) {
        problems.add(gp + ": must not be null");
        continue;
      }
      if (name == null) problems.add(gp + ".name: is required");
      else if (!names.add(name)) problems.add(gp + ".name: more than one group with this name");
      boolean isDefault = CommissionGroup.DEFAULT.equals(name);
      if (isDefault) defaults++;
      if (isDefault && !g.categories().isEmpty()) {
        problems.add(gp + ".categories: the default group applies to all other categories");
      }
      if (!isDefault && g.categories().isEmpty()) {
        problems.add(gp + ".categories: list the categories this group applies to");
      }
      for (int c = 0; c < g.categories().size(); c++) {
        String text = g.categories().get(c);
        var category = Category.parse(text);
        if (category.isEmpty()) {
          problems.add(
              "%s.categories[%d]: unknown category '%s'; allowed: %s"
                  .formatted(gp, c, text, String.join(", ", Category.allowedValues())));
        } else if (owner.putIfAbsent(category.get(), gp) != null) {
          problems.add(
              "%s.categories[%d]: category '%s' is already in %s"
                  .formatted(gp, c, text, owner.get(category.get())));
        }
      }
      checkBase(gp + ".base", g.base());
      boolean tiersOk = checkTiers(gp + ".tiers", g.tiers());
      notNegative(gp + ".minimum", g.minimum(), false);
      notNegative(gp + ".maximum", g.maximum(), false);
      if (g.minimum() != null && g.maximum() != null && g.maximum().compareTo(g.minimum()) < 0) {
        problems.add(gp + ".maximum: must not be less than minimum (" + g.minimum() + ")");
      }
      checkFlat(gp, g, tiersOk);
      notNegative(gp + ".perItemFee", g.perItemFee(), false);
    }
    if (defaults != 1) {
      problems.add(path + ".commission: exactly one group must be named 'default'");
    }
  }

  private void checkFlat(String gp, CommissionGroup g, boolean tiersOk) {
    if ((g.flatFee() == null) != (g.flatBelow() == null)) {
      problems.add(gp + ".flatFee: flatFee and flatBelow go together");
      return;
    }
    if (g.flatFee() == null) return;
    notNegative(gp + ".flatFee", g.flatFee(), false);
    if (g.flatBelow().signum() <= 0) {
      problems.add(gp + ".flatBelow: must be greater than zero");
      return;
    }
    if (tiersOk && g.flatFee().signum() >= 0) {
      BigDecimal atThreshold = FeeCalculator.tieredFee(g, g.flatBelow());
      if (g.flatFee().compareTo(atThreshold) > 0) {
        problems.add(
            "%s.flatFee: %s exceeds the percentage fee at flatBelow (%s), so a higher price would pay less"
                .formatted(gp, g.flatFee(), atThreshold.stripTrailingZeros().toPlainString()));
      }
    }
  }

  private boolean checkTiers(String path, List<RateTier> tiers) {
    if (tiers.isEmpty()) {
      problems.add(path + ": at least one tier is required");
      return false;
    }
    int before = problems.size();
    BigDecimal previous = BigDecimal.ZERO;
    for (int i = 0; i < tiers.size(); i++) {
      RateTier t = tiers.get(i);
      String tp = path + "[" + i + "]";
      if (t == null) {
        problems.add(tp + ": must not be null");
        continue;
      }
      rate(tp + ".ratePercent", t.ratePercent());
      boolean last = i == tiers.size() - 1;
      if (last && t.upTo() != null) {
        problems.add(tp + ".upTo: the last tier must be open-ended (no upTo)");
      } else if (!last && t.upTo() == null) {
        problems.add(tp + ".upTo: only the last tier may be open-ended");
      } else if (t.upTo() != null) {
        if (t.upTo().compareTo(previous) <= 0) {
          problems.add(
              "%s.upTo: thresholds must ascend; %s is not above %s"
                  .formatted(tp, t.upTo().toPlainString(), previous.toPlainString()));
        } else {
          previous = t.upTo();
        }
      }
    }
    return problems.size() == before;
  }

  private void checkPerOrder(String path, PerOrderFee perOrder) {
    if (perOrder == null) return;
    checkBase(path + ".base", perOrder.base());
    List<OrderFeeStep> steps = perOrder.steps();
    if (steps.isEmpty()) {
      problems.add(path + ".steps: at least one step is required (or leave perOrder out)");
      return;
    }
    BigDecimal previousUpTo = BigDecimal.ZERO;
    BigDecimal previousFee = BigDecimal.ZERO;
    for (int i = 0; i < steps.size(); i++) {
      OrderFeeStep s = steps.get(i);
      String sp = path + ".steps[" + i + "]";
      if (s == null) {
        problems.add(sp + ": must not be null");
        continue;
      }
      if (notNegative(sp + ".fee", s.fee(), true)) {
        if (s.fee().compareTo(previousFee) < 0) {
          problems.add(
              "%s.fee: must not be less than the previous step's fee (%s): a larger order would pay less"
                  .formatted(sp, previousFee.toPlainString()));
        }
        previousFee = s.fee();
      }
      boolean last = i == steps.size() - 1;
      if (last && s.upTo() != null) {
        problems.add(sp + ".upTo: the last step must be open-ended (no upTo)");
      } else if (!last && s.upTo() == null) {
        problems.add(sp + ".upTo: only the last step may be open-ended");
      } else if (s.upTo() != null) {
        if (s.upTo().compareTo(previousUpTo) <= 0) {
          problems.add(
              "%s.upTo: thresholds must ascend; %s is not above %s"
                  .formatted(sp, s.upTo().toPlainString(), previousUpTo.toPlainString()));
        } else {
          previousUpTo = s.upTo();
        }
      }
    }
  }

  private void checkProcessing(String path, ProcessingFee p) {
    if (p == null) return;
    checkBase(path + ".base", p.base());
    rate(path + ".ratePercent", p.ratePercent());
    notNegative(path + ".fixedFee", p.fixedFee(), true);
  }

  private void checkBase(String path, String base) {
    if (FeeBase.parse(base).isEmpty()) {
      problems.add(
          "%s: unknown fee base '%s'; allowed: %s"
              .formatted(path, base, String.join(", ", FeeBase.allowedValues())));
    }
  }

  private void rate(String path, BigDecimal rate) {
    if (rate == null) {
      problems.add(path + ": is required");
    } else if (rate.signum() < 0) {
      problems.add(path + ": must not be negative (" + rate.toPlainString() + ")");
    } else if (rate.compareTo(HUNDRED) > 0) {
      problems.add(path + ": must be at most 100 (" + rate.toPlainString() + ")");
    }
  }

  private boolean notNegative(String path, BigDecimal amount, boolean required) {
    if (amount == null) {
      if (required) problems.add(path + ": is required");
      return false;
    }
    if (amount.signum() < 0) {
      problems.add(path + ": must not be negative (" + amount.toPlainString() + ")");
      return false;
    }
    return true;
  }
}
