package app.resell.money.control;

import app.resell.money.entity.CommissionGroup;
import app.resell.money.entity.FeeSchedule;
import app.resell.money.entity.OrderFeeStep;
import app.resell.money.entity.PerOrderFee;
import app.resell.money.entity.ProcessingFee;
import app.resell.money.entity.RateTier;
import app.resell.problems.control.Decimals;
import app.resell.problems.control.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads fee schedules from a {@code .properties} file, a format the JDK parses without a JSON
 * implementation (unit tests have none). Keys are {@code <platform>.<field>}; see the header of
 * {@code fees/default-fee-schedules.properties} for the full syntax. Two compact notations:
 *
 * <ul>
 *   <li>tiers {@code 13.6@7500, 2.35}: 13.6% on the portion up to 7,500, then 2.35% above;
 *   <li>steps {@code 0.30@10, 0.40}: $0.30 for totals up to $10, then $0.40.
 * </ul>
 *
 * Syntax errors are reported by key in an {@link InvalidFeeScheduleException}; the content is
 * validated by {@link FeeSchedules#of}.
 */
public final class FeeScheduleFile {

  private static final Pattern KNOWN_KEY =
      Pattern.compile(
          "[a-z]+\\.(plan|source|checkedOn|verified|notes|perItemFee|listingFeePerItem"
              + "|perOrder\\.(base|steps)|processing\\.(base|ratePercent|fixedFee)"
              + "|commission\\.[a-z0-9_]+\\.(categories|base|tiers|minimum|maximum|flatFee"
              + "|flatBelow|perItemFee))");

  private FeeScheduleFile() {}

  public static List<FeeSchedule> read(InputStream in) throws IOException {
    Properties p = new Properties();
    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    return new Reader(p).schedules();
  }

  private static final class Reader {
    private final Properties p;
    private final List<String> problems = new ArrayList<>();

    Reader(Properties p) {
      this.p = p;
    }

    List<FeeSchedule> schedules() {
      TreeSet<String> platforms = new TreeSet<>();
      for (String key : p.stringPropertyNames()) {
        if (!KNOWN_KEY.matcher(key).matches()) problems.add(key + ": unknown key");
        platforms.add(key.split("\\.", 2)[0]);
      }
      List<FeeSchedule> result = new ArrayList<>();
      for (String platform : platforms) result.add(schedule(platform));
      if (!problems.isEmpty()) throw new InvalidFeeScheduleException(problems);
      return result;
    }

    private FeeSchedule schedule(String pf) {
      return new FeeSchedule(
          pf,
          text(pf + ".plan"),
          text(pf + ".source"),
          parse(pf + ".checkedOn", LocalDate::parse),
          Boolean.parseBoolean(text(pf + ".verified")),
          text(pf + ".notes"),
          groups(pf),
          perOrder(pf),
          number(pf + ".perItemFee"),
          number(pf + ".listingFeePerItem"),
          processing(pf));
    }

    private List<CommissionGroup> groups(String pf) {
      String prefix = pf + ".commission.";
      TreeSet<String> names =
          new TreeSet<>(
              Comparator.comparing((String n) -> !CommissionGroup.DEFAULT.equals(n))
                  .thenComparing(Function.identity()));
      for (String key : p.stringPropertyNames()) {
        if (key.startsWith(prefix)) names.add(key.substring(prefix.length()).split("\\.", 2)[0]);
      }
      List<CommissionGroup> groups = new ArrayList<>();
      for (String name : names) {
        String g = prefix + name;
        String categories = text(g + ".categories");
        groups.add(
            new CommissionGroup(
                name,
                categories == null ? List.of() : list(categories),
                text(g + ".base"),
                tiers(g + ".tiers"),
                number(g + ".minimum"),
                number(g + ".maximum"),
                number(g + ".flatFee"),
                number(g + ".flatBelow"),
                number(g + ".perItemFee")));
      }
      return groups;
    }

    private PerOrderFee perOrder(String pf) {
      String steps = text(pf + ".perOrder.steps");
      if (steps == null) return null;
      List<OrderFeeStep> parsed = new ArrayList<>();
      for (BigDecimal[] pair : pairs(pf + ".perOrder.steps", steps)) {
        parsed.add(new OrderFeeStep(pair[1], pair[0]));
      }
      return new PerOrderFee(text(pf + ".perOrder.base"), parsed);
    }

    private ProcessingFee processing(String pf) {
      String rate = text(pf + ".processing.ratePercent");
      String fixed = text(pf + ".processing.fixedFee");
      if (rate == null && fixed == null) return null;
      return new ProcessingFee(
          text(pf + ".processing.base"),
          number(pf + ".processing.ratePercent"),
          number(pf + ".processing.fixedFee"));
    }

    private List<RateTier> tiers(String key) {
      String value = text(key);
      if (value == null) return List.of();
      return pairs(key, value).stream().map(pair -> new RateTier(pair[1], pair[0])).toList();
    }

    /** {@code a@b, c} as [[a, b], [c, null]]. */
    private List<BigDecimal[]> pairs(String key, String value) {
      List<BigDecimal[]> result = new ArrayList<>();
      for (String part : list(value)) {
        String[] bits = part.split("@", -1);
        if (bits.length > 2) {
          problems.add(key + ": '" + part + "' has more than one '@'");
          continue;
        }
        BigDecimal amount = decimal(key, bits[0]);
        BigDecimal limit = bits.length == 2 ? decimal(key, bits[1]) : null;
        result.add(new BigDecimal[] {amount, limit});
      }
      return result;
    }

    private List<String> list(String value) {
      return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String text(String key) {
      String v = p.getProperty(key);
      return v == null || v.isBlank() ? null : v.strip();
    }

    private BigDecimal number(String key) {
      String v = text(key);
      return v == null ? null : decimal(key, v);
    }

    private BigDecimal decimal(String key, String v) {
      try {
        return Decimals.parse(key, v);
      } catch (ProblemException e) {
        problems.add(e.getMessage());
        return null;
      }
    }

    private <T> T parse(String key, Function<String, T> parser) {
      String v = text(key);
      if (v == null) return null;
      try {
        return parser.apply(v);
      } catch (DateTimeParseException e) {
        problems.add(key + ": '" + v + "' is not a date (yyyy-mm-dd)");
        return null;
      }
    }
  }
}
