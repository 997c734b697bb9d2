-- Analytics: daily roll-ups behind the dashboard, a change counter that tells the refresher when
-- they are stale, and the default aging alert rules.
--
-- Days are UTC calendar days. The roll-ups are grouped by day so a dashboard date range is a sum of
-- a few thousand rows instead of a scan of every item, listing and sale; they are refreshed
-- CONCURRENTLY (readers never wait) a moment after the data changes (see AnalyticsRefresher).

-- Bumped by every statement that changes items, listings or sales. A sequence, not a row: nextval
-- takes no lock and is not rolled back, so writers never queue behind each other for it (a
-- rolled-back change only costs one needless refresh).
CREATE SEQUENCE analytics_changes;

CREATE FUNCTION analytics_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('analytics_changes');
    RETURN NULL;
END
$$;

CREATE TRIGGER inventory_analytics_touch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON inventory
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_touch();
CREATE TRIGGER platform_listings_analytics_touch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON platform_listings FOR EACH STATEMENT EXECUTE FUNCTION analytics_touch();
CREATE TRIGGER sales_analytics_touch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sales
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_touch();

-- Items by category and acquisition day. On hand = units not sold yet (quantity - quantity_sold),
-- valued at their share of the landed cost and of the estimate, rounded per item.
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
           / i.quantity, 2)), 0) AS estimate_on_hand
FROM inventory i
WHERE i.deleted_at IS NULL
GROUP BY 1, 2;
CREATE UNIQUE INDEX analytics_items_daily_key ON analytics_items_daily (day, category);

-- Sales by category, platform and sale day (sales of deleted items still count: the money moved).
CREATE MATERIALIZED VIEW analytics_sales_daily AS
SELECT i.category::text AS category,
       s.platform::text AS platform,
       (s.sold_date AT TIME ZONE 'UTC')::date AS day,
       count(*) AS sales,
       sum(s.quantity) AS units,
       sum(s.sold_price) AS sold_price,
       sum(s.shipping_paid) AS shipping_paid,
       sum(s.refund_amount) AS refunds,
       sum(s.platform_fees) AS fees,
       sum(s.actual_shipping) AS shipping_cost,
       sum(s.cost_of_goods) AS cost_of_goods,
       sum(s.net_proceeds) AS net_proceeds,
       sum(extract(epoch FROM s.sold_date - i.acquisition_date) / 86400) AS days_to_sell,
       sum(extract(epoch FROM s.sold_date - pl.listed_date) / 86400)
           FILTER (WHERE pl.listed_date IS NOT NULL) AS days_listed,
       count(*) FILTER (WHERE pl.listed_date IS NOT NULL) AS sales_with_listed_date
FROM sales s
JOIN inventory i ON i.lot_id = s.lot_id
JOIN platform_listings pl ON pl.id = s.listing_id
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX analytics_sales_daily_key ON analytics_sales_daily (day, category, platform);

-- Listings by platform and the day they went live; converted = sold at least once.
CREATE MATERIALIZED VIEW analytics_listings_daily AS
SELECT pl.platform::text AS platform,
       (pl.listed_date AT TIME ZONE 'UTC')::date AS day,
       count(*) AS listed,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM sales s WHERE s.listing_id = pl.id)) AS converted
FROM platform_listings pl
WHERE pl.listed_date IS NOT NULL
GROUP BY 1, 2;
CREATE UNIQUE INDEX analytics_listings_daily_key ON analytics_listings_daily (day, platform);

-- The same roll-ups by calendar month (day = the month's first day), summed from the daily ones:
-- a range is read as whole months from these plus the days of its partial first and last month,
-- so even "all time" sums a few hundred rows.
CREATE MATERIALIZED VIEW analytics_items_monthly AS
SELECT category, date_trunc('month', day)::date AS day, sum(items) AS items,
       sum(invested) AS invested, sum(listed_items) AS listed_items,
       sum(items_on_hand) AS items_on_hand, sum(cost_on_hand) AS cost_on_hand,
       sum(estimate_on_hand) AS estimate_on_hand
FROM analytics_items_daily GROUP BY 1, 2;
CREATE UNIQUE INDEX analytics_items_monthly_key ON analytics_items_monthly (day, category);

CREATE MATERIALIZED VIEW analytics_sales_monthly AS
SELECT category, platform, date_trunc('month', day)::date AS day, sum(sales) AS sales,
       sum(units) AS units, sum(sold_price) AS sold_price, sum(shipping_paid) AS shipping_paid,
       sum(refunds) AS refunds, sum(fees) AS fees, sum(shipping_cost) AS shipping_cost,
       sum(cost_of_goods) AS cost_of_goods, sum(net_proceeds) AS net_proceeds,
       sum(days_to_sell) AS days_to_sell, sum(days_listed) AS days_listed,
       sum(sales_with_listed_date) AS sales_with_listed_date
FROM analytics_sales_daily GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX analytics_sales_monthly_key ON analytics_sales_monthly (day, category, platform);

CREATE MATERIALIZED VIEW analytics_listings_monthly AS
SELECT platform, date_trunc('month', day)::date AS day, sum(listed) AS listed,
       sum(converted) AS converted
FROM analytics_listings_daily GROUP BY 1, 2;
CREATE UNIQUE INDEX analytics_listings_monthly_key ON analytics_listings_monthly (day, platform);

-- The oldest unsold items per aging bucket are read straight from inventory in acquisition order.
CREATE INDEX inventory_on_hand_age_idx ON inventory (acquisition_date, lot_id)
    WHERE deleted_at IS NULL AND quantity_sold < quantity;

-- One rule of each kind, so the admin edits thresholds instead of inventing rows.
CREATE UNIQUE INDEX alert_rules_type_key ON alert_rules (rule_type);
INSERT INTO alert_rules (rule_type, threshold_days, threshold_value, enabled) VALUES
    ('unsold_days', 90, NULL, true),
    ('listed_no_sale_days', 60, NULL, true),
    ('listed_no_views_days', 14, NULL, true),
    ('value_at_risk', 180, 100.00, true);
CREATE INDEX alerts_open_idx ON alerts (raised_at DESC) WHERE resolved_at IS NULL;

-- Deliveries that are due, for the dispatcher's poll.
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at)
    WHERE delivered_at IS NULL AND next_attempt_at IS NOT NULL;
-- attempt counts the attempts made so far (0 = not tried yet).
ALTER TABLE webhook_deliveries ALTER COLUMN attempt SET DEFAULT 0;
