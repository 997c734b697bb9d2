package app.resell.alerts.entity;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One aging rule. Kinds and what their thresholds mean:
 *
 * <ul>
 *   <li>{@code unsold_days}: an item has units on hand {@code threshold_days} after acquisition;
 *   <li>{@code listed_no_sale_days}: an active listing has sold nothing for {@code threshold_days};
 *   <li>{@code listed_no_views_days}: an active listing has had no views for {@code
 *       threshold_days};
 *   <li>{@code value_at_risk}: units on hand worth at least {@code threshold_value} at cost are
 *       older than {@code threshold_days}.
 *   <li>{@code backup_overdue}: no backup has succeeded for {@code threshold_days} (or ever, on a
 *       Resell installed longer ago);
 *   <li>{@code backup_failed}: the last backup failed, within the last {@code threshold_days}.
 * </ul>
 *
 * <p>Backup alerts belong to no item.
 */
public class AlertRule {

  public static final List<String> TYPES =
      List.of(
          "unsold_days",
          "listed_no_sale_days",
          "listed_no_views_days",
          "value_at_risk",
          "backup_overdue",
          "backup_failed");

  public String id;
  public String ruleType;
  public Integer thresholdDays;
  public BigDecimal thresholdValue;
  public Boolean enabled;
  public OffsetDateTime updatedAt;
}
