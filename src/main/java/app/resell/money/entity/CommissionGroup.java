package app.resell.money.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The final value fee, commission, selling, referral or service fee of a platform for a group of
 * categories. Every schedule has one group named {@value #DEFAULT} that applies to the categories
 * no other group lists.
 *
 * <p>The fee on a base {@code b} is, in this order:
 *
 * <ol>
 *   <li>{@code flatFee} when {@code flatFee} is set and {@code b < flatBelow} (Poshmark: $2.95
 *       under $15); otherwise
 *   <li>the sum of the marginal {@code tiers}, raised to {@code minimum} when set (Facebook shipped
 *       sales: at least $0.80) and lowered to {@code maximum} when set (Ruby Lane: at most $250);
 *   <li>plus, either way, {@code perItemFee} for each unit sold (Amazon's closing fee on media).
 * </ol>
 *
 * @param name the group's name, e.g. {@code default}, {@code books_media}
 * @param categories the category wire spellings this group applies to; empty for the default
 * @param base a {@link FeeBase} spelling
 * @param tiers marginal tiers, ascending, the last one open
 * @param minimum the smallest fee per order, or {@code null}
 * @param maximum the largest fee per order (before {@code perItemFee}), or {@code null}
 * @param flatFee a flat fee that replaces the percentage below {@code flatBelow}, or {@code null}
 * @param flatBelow the base below which {@code flatFee} applies, or {@code null}
 * @param perItemFee a fixed amount per unit sold, or {@code null}
 */
public record CommissionGroup(
    String name,
    List<String> categories,
    String base,
    List<RateTier> tiers,
    BigDecimal minimum,
    BigDecimal maximum,
    BigDecimal flatFee,
    BigDecimal flatBelow,
    BigDecimal perItemFee) {

  public static final String DEFAULT = "default";

  public CommissionGroup {
    categories =
        categories == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(categories));
    tiers = tiers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tiers));
  }
}
