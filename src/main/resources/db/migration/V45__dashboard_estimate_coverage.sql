-- The dashboard's "on hand at estimate" says how many of the items on hand it covers (issue 23,
-- honest numbers): an item without an estimate adds nothing to that total, so the roll-ups now
-- also count the items on hand that have one. The three item roll-ups are rebuilt with the new
-- column (a materialized view cannot gain one), each as V9/V13 defined it otherwise.
DROP MATERIALIZED VIEW analytics_items_yearly;
DROP MATERIALIZED VIEW analytics_items_monthly;
DROP MATERIALIZED VIEW analytics_items_daily;

CREATE MATERIALIZED VIEW analytics_items_daily AS
SELECT i.category::text AS category,
       (i.acquisition_date AT TIME ZONE 'UTC')::date AS day,
       count(*) AS items,
       sum(i.total_cost) AS invested,
       count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM platform_listings pl WHERE pl.lot_id = i.lot_id AND pl.status = 'active'))
           AS listed_items,
       count(*) FILTER (WHERE i.quantity_sold < i.quantity) AS items_on_hand,
       coalesce(sum(round(i.total_cost * (i.quantity - i.quantity_sold) / i.quantity, 2)), 0)
           AS cost_on_hand,
       coalesce(sum(round(coalesce(i.estimated_value, 0) * (i.quantity - i.quantity_sold)
           / i.quantity, 2)), 0) AS estimate_on_hand,
       count(*) FILTER (WHERE i.quantity_sold < i.quantity AND i.estimated_value IS NOT NULL)
           AS estimated_on_hand
FROM inventory i
WHERE i.deleted_at IS NULL
GROUP BY 1, 2;
CREATE UNIQUE INDEX analytics_items_daily_key ON analytics_items_daily (day, category);

CREATE MATERIALIZED VIEW analytics_items_monthly AS
SELECT category, date_trunc('month', day)::date AS day, sum(items) AS items,
       sum(invested) AS invested, sum(listed_items) AS listed_items,
       sum(items_on_hand) AS items_on_hand, sum(cost_on_hand) AS cost_on_hand,
       sum(estimate_on_hand) AS estimate_on_hand, sum(estimated_on_hand) AS estimated_on_hand
FROM analytics_items_daily GROUP BY 1, 2;
CREATE UNIQUE INDEX analytics_items_monthly_key ON analytics_items_monthly (day, category);

CREATE MATERIALIZED VIEW analytics_items_yearly AS
SELECT category, date_trunc('year', day)::date AS day, sum(items) AS items,
       sum(invested) AS invested, sum(listed_items) AS listed_items,
       sum(items_on_hand) AS items_on_hand, sum(cost_on_hand) AS cost_on_hand,
       sum(estimate_on_hand) AS estimate_on_hand, sum(estimated_on_hand) AS estimated_on_hand
FROM analytics_items_monthly GROUP BY 1, 2;
CREATE UNIQUE INDEX analytics_items_yearly_key ON analytics_items_yearly (day, category);
