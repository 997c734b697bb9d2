-- Yearly roll-ups (day = 1 January), summed from the monthly ones. A date range is read as whole
-- years from these, whole months from the monthly views and single days from the daily ones
-- (RollupRange), so "all time" and year ranges sum a row per year, category and platform instead
-- of one per month: at 100,000 items and ten years of sales, 1,500 sales rows instead of 16,000.
CREATE MATERIALIZED VIEW analytics_items_yearly AS
SELECT category, date_trunc('year', day)::date AS day, sum(items) AS items,
       sum(invested) AS invested, sum(listed_items) AS listed_items,
       sum(items_on_hand) AS items_on_hand, sum(cost_on_hand) AS cost_on_hand,
       sum(estimate_on_hand) AS estimate_on_hand
FROM analytics_items_monthly GROUP BY 1, 2;
CREATE UNIQUE INDEX analytics_items_yearly_key ON analytics_items_yearly (day, category);

CREATE MATERIALIZED VIEW analytics_sales_yearly AS
SELECT category, platform, date_trunc('year', day)::date AS day, sum(sales) AS sales,
       sum(units) AS units, sum(sold_price) AS sold_price, sum(shipping_paid) AS shipping_paid,
       sum(refunds) AS refunds, sum(fees) AS fees, sum(shipping_cost) AS shipping_cost,
       sum(cost_of_goods) AS cost_of_goods, sum(net_proceeds) AS net_proceeds,
       sum(days_to_sell) AS days_to_sell, sum(days_listed) AS days_listed,
       sum(sales_with_listed_date) AS sales_with_listed_date
FROM analytics_sales_monthly GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX analytics_sales_yearly_key ON analytics_sales_yearly (day, category, platform);

CREATE MATERIALIZED VIEW analytics_listings_yearly AS
SELECT platform, date_trunc('year', day)::date AS day, sum(listed) AS listed,
       sum(converted) AS converted
FROM analytics_listings_monthly GROUP BY 1, 2;
CREATE UNIQUE INDEX analytics_listings_yearly_key ON analytics_listings_yearly (day, platform);
