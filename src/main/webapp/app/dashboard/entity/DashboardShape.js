// How the dashboard reads GET /api/v1/dashboard (docs/ANALYTICS.md) and the monthly rows of
// GET /api/v1/reports/sales?group_by=month (the dashboard itself has no monthly series).
const rows = (object, key) => object?.[key] ?? [];

export const SUMMARY = [
  ["total_items", "Items", "number"],
  ["total_invested", "Invested", "money"],
  ["inventory_value_at_cost", "On hand at cost", "money"],
  ["inventory_value_at_estimate", "On hand at estimate", "money"],
  ["total_listed", "Listed", "number"],
  ["total_sold", "Sold", "number"],
  ["total_revenue", "Revenue", "money"],
  ["total_profit", "Profit", "money"],
  ["average_roi", "Average ROI", "percent"],
  ["average_days_to_sell", "Days to sell", "number"],
];

export const summary = (d) => d.summary ?? {};

/**
 * What a tile's figure covers, said under it: the estimate adds only the items on hand that have
 * one, the average ROI is over the units sold. Answers "" when the server does not say.
 */
export const NOTES = {
  inventory_value_at_estimate: (s) =>
    s.items_on_hand === undefined
      ? ""
      : s.items_on_hand_with_estimate === s.items_on_hand
        ? `all ${s.items_on_hand.toLocaleString()} items on hand`
        : `${s.items_on_hand_with_estimate.toLocaleString()} of ${s.items_on_hand.toLocaleString()} items on hand have an estimate`,
  average_roi: (s) => (s.total_sold ? `over ${s.total_sold.toLocaleString()} units sold` : "nothing sold yet"),
};

/** Invested per category (landed cost of the items acquired in the range). */
export const categories = (d) => rows(d, "category_breakdown").map((c) => ({ label: c.category, value: Number(c.value ?? 0), count: c.count }));

/** Revenue and fees per platform (the dashboard has no profit per platform). */
export const platforms = (d) => rows(d, "platform_metrics").map((p) => ({ label: p.platform, revenue: Number(p.revenue ?? 0), fees: Number(p.fees ?? 0) }));

/** Rows of the monthly sales report: period is the first day of the month. */
export const months = (report) => rows(report, "rows").map((m) => ({ label: String(m.period).slice(0, 7), revenue: Number(m.revenue ?? 0), profit: Number(m.profit ?? 0) }));

export const aging = (d) => rows(d, "aging_inventory").map((a) => ({ label: `${a.range} days`, count: Number(a.count ?? 0), value: Number(a.total_value ?? 0) }));

export const activity = (d) => rows(d, "recent_activity").map((a) => ({ action: a.action, lot_id: a.lot_id, item_name: a.item_name, at: a.timestamp, user: a.user_email }));
