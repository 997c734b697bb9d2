-- The dashboard's roll-ups are refreshed day by day instead of from all rows (issue 21). A refresh
-- of the materialized views recomputed every day of every year: about 2 s at 100,000 items and
-- 20 s at a million, after a single sale. Now:
--   * the nine roll-ups are tables with the same names, columns and rows as the views they replace
--     (readers do not change);
--   * statement triggers on inventory, platform_listings and sales log the UTC days whose roll-up
--     rows a change can move (analytics_dirty_days);
--   * analytics_refresh() takes the logged days, recomputes those days' daily rows, then their
--     months' and years' rows, in one transaction.
-- Each roll-up is defined once, by a row function over a range of days; the full recompute is the
-- same function over (-infinity, infinity), so a day recomputed alone equals the same day of a
-- full recompute (RollupRefreshIT compares both, and both with the views' original SQL).

-- The nine views become empty tables of the same columns (filled at the end of this file).
CREATE TABLE analytics_items_daily_t AS SELECT * FROM analytics_items_daily WITH NO DATA;
CREATE TABLE analytics_sales_daily_t AS SELECT * FROM analytics_sales_daily WITH NO DATA;
CREATE TABLE analytics_listings_daily_t AS SELECT * FROM analytics_listings_daily WITH NO DATA;
CREATE TABLE analytics_items_monthly_t AS SELECT * FROM analytics_items_monthly WITH NO DATA;
CREATE TABLE analytics_sales_monthly_t AS SELECT * FROM analytics_sales_monthly WITH NO DATA;
CREATE TABLE analytics_listings_monthly_t AS SELECT * FROM analytics_listings_monthly WITH NO DATA;
CREATE TABLE analytics_items_yearly_t AS SELECT * FROM analytics_items_yearly WITH NO DATA;
CREATE TABLE analytics_sales_yearly_t AS SELECT * FROM analytics_sales_yearly WITH NO DATA;
CREATE TABLE analytics_listings_yearly_t AS SELECT * FROM analytics_listings_yearly WITH NO DATA;
DROP MATERIALIZED VIEW analytics_listings_yearly, analytics_sales_yearly, analytics_items_yearly,
    analytics_listings_monthly, analytics_sales_monthly, analytics_items_monthly,
    analytics_listings_daily, analytics_sales_daily, analytics_items_daily;
ALTER TABLE analytics_items_daily_t RENAME TO analytics_items_daily;
ALTER TABLE analytics_sales_daily_t RENAME TO analytics_sales_daily;
ALTER TABLE analytics_listings_daily_t RENAME TO analytics_listings_daily;
ALTER TABLE analytics_items_monthly_t RENAME TO analytics_items_monthly;
ALTER TABLE analytics_sales_monthly_t RENAME TO analytics_sales_monthly;
ALTER TABLE analytics_listings_monthly_t RENAME TO analytics_listings_monthly;
ALTER TABLE analytics_items_yearly_t RENAME TO analytics_items_yearly;
ALTER TABLE analytics_sales_yearly_t RENAME TO analytics_sales_yearly;
ALTER TABLE analytics_listings_yearly_t RENAME TO analytics_listings_yearly;
CREATE UNIQUE INDEX analytics_items_daily_key ON analytics_items_daily (day, category);
CREATE UNIQUE INDEX analytics_sales_daily_key ON analytics_sales_daily (day, category, platform);
CREATE UNIQUE INDEX analytics_listings_daily_key ON analytics_listings_daily (day, platform);
CREATE UNIQUE INDEX analytics_items_monthly_key ON analytics_items_monthly (day, category);
CREATE UNIQUE INDEX analytics_sales_monthly_key
    ON analytics_sales_monthly (day, category, platform);
CREATE UNIQUE INDEX analytics_listings_monthly_key ON analytics_listings_monthly (day, platform);
CREATE UNIQUE INDEX analytics_items_yearly_key ON analytics_items_yearly (day, category);
CREATE UNIQUE INDEX analytics_sales_yearly_key
    ON analytics_sales_yearly (day, category, platform);
CREATE UNIQUE INDEX analytics_listings_yearly_key ON analytics_listings_yearly (day, platform);

-- Which days a change can move, per roll-up (what each reads):
--   items daily    (acquisition day):   inventory rows; platform_listings.status by lot_id
--   sales daily    (sale day):          sales rows; inventory.category, .acquisition_date by
--                                       lot_id; platform_listings.listed_date by listing_id
--   listings daily (listed day):        platform_listings rows; whether a sale names the listing
-- The log is append-only, without a unique key: a writer never skips its row because another
-- one's is there (that row could be taken by a refresh that does not see this writer's change).
-- The refresh takes only the rows its snapshot sees; later ones stay for the next refresh.
CREATE TABLE analytics_dirty_days (day date NOT NULL);

CREATE FUNCTION analytics_utc_day(t timestamptz) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (t AT TIME ZONE 'UTC')::date $$;

-- The first instant of a UTC day (-infinity and infinity stay what they are).
CREATE FUNCTION analytics_utc_start(d date) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT d::timestamp AT TIME ZONE 'UTC' $$;

CREATE FUNCTION analytics_inventory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO analytics_dirty_days
        SELECT DISTINCT analytics_utc_day(n.acquisition_date) FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO analytics_dirty_days
        SELECT DISTINCT analytics_utc_day(o.acquisition_date) FROM old_rows o;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO analytics_dirty_days
        SELECT analytics_utc_day(o.acquisition_date) FROM old_rows o
        UNION
        SELECT analytics_utc_day(n.acquisition_date) FROM new_rows n
        UNION
        SELECT analytics_utc_day(s.sold_date)
          FROM old_rows o
          JOIN new_rows n ON n.lot_id = o.lot_id
          JOIN sales s ON s.lot_id = o.lot_id
         WHERE (o.category, o.acquisition_date) IS DISTINCT FROM (n.category, n.acquisition_date);
    ELSE -- TRUNCATE: every day
        INSERT INTO analytics_dirty_days VALUES ('-infinity');
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION analytics_listings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO analytics_dirty_days
        SELECT analytics_utc_day(n.listed_date) FROM new_rows n WHERE n.listed_date IS NOT NULL
        UNION
        SELECT analytics_utc_day(i.acquisition_date)
          FROM (SELECT DISTINCT lot_id FROM new_rows) n JOIN inventory i ON i.lot_id = n.lot_id;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO analytics_dirty_days
        SELECT analytics_utc_day(o.listed_date) FROM old_rows o WHERE o.listed_date IS NOT NULL
        UNION
        SELECT analytics_utc_day(i.acquisition_date)
          FROM (SELECT DISTINCT lot_id FROM old_rows) o JOIN inventory i ON i.lot_id = o.lot_id;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO analytics_dirty_days
        SELECT DISTINCT analytics_utc_day(s.sold_date)
          FROM old_rows o
          JOIN new_rows n ON n.id = o.id
          JOIN sales s ON s.listing_id = o.id
         WHERE o.listed_date IS DISTINCT FROM n.listed_date;
    ELSIF TG_OP = 'TRUNCATE' THEN
        INSERT INTO analytics_dirty_days VALUES ('-infinity');
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION analytics_sales_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO analytics_dirty_days
        SELECT analytics_utc_day(n.sold_date) FROM new_rows n
        UNION
        SELECT analytics_utc_day(pl.listed_date)
          FROM (SELECT DISTINCT listing_id FROM new_rows) n
          JOIN platform_listings pl ON pl.id = n.listing_id
         WHERE pl.listed_date IS NOT NULL;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO analytics_dirty_days
        SELECT analytics_utc_day(o.sold_date) FROM old_rows o
        UNION
        SELECT analytics_utc_day(pl.listed_date)
          FROM (SELECT DISTINCT listing_id FROM old_rows) o
          JOIN platform_listings pl ON pl.id = o.listing_id
         WHERE pl.listed_date IS NOT NULL;
    END IF;
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO analytics_dirty_days VALUES ('-infinity');
    END IF;
    RETURN NULL;
END
$$;

-- A trigger with transition tables serves one event, so each table has one per event.
CREATE TRIGGER inventory_analytics_inserted AFTER INSERT ON inventory
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_inventory_changed();
CREATE TRIGGER inventory_analytics_updated AFTER UPDATE ON inventory
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_inventory_changed();
CREATE TRIGGER inventory_analytics_deleted AFTER DELETE ON inventory
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_inventory_changed();
CREATE TRIGGER inventory_analytics_truncated AFTER TRUNCATE ON inventory
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_inventory_changed();

CREATE TRIGGER platform_listings_analytics_inserted AFTER INSERT ON platform_listings
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_listings_changed();
CREATE TRIGGER platform_listings_analytics_updated AFTER UPDATE ON platform_listings
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_listings_changed();
CREATE TRIGGER platform_listings_analytics_deleted AFTER DELETE ON platform_listings
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_listings_changed();
CREATE TRIGGER platform_listings_analytics_truncated AFTER TRUNCATE ON platform_listings
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_listings_changed();

CREATE TRIGGER sales_analytics_inserted AFTER INSERT ON sales
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_sales_changed();
CREATE TRIGGER sales_analytics_updated AFTER UPDATE ON sales
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_sales_changed();
CREATE TRIGGER sales_analytics_deleted AFTER DELETE ON sales
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_sales_changed();
CREATE TRIGGER sales_analytics_truncated AFTER TRUNCATE ON sales
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_sales_changed();

-- The roll-ups' rows for the days in [from_day, to_day): the SQL of V9, V13 and V45, with the range
-- as bounds the indexes on acquisition_date, sold_date and listed_date serve. Plain SQL functions
-- of one SELECT, so the planner inlines them (also LATERAL, once per day).
CREATE FUNCTION analytics_items_daily_rows(from_day date, to_day date)
    RETURNS TABLE (category text, day date, items bigint, invested numeric, listed_items bigint,
                   items_on_hand bigint, cost_on_hand numeric, estimate_on_hand numeric,
                   estimated_on_hand bigint)
    LANGUAGE sql STABLE AS $$
SELECT i.category::text AS category,
       analytics_utc_day(i.acquisition_date) AS day,
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
  AND i.acquisition_date >= analytics_utc_start(from_day)
  AND i.acquisition_date < analytics_utc_start(to_day)
GROUP BY 1, 2
$$;

CREATE FUNCTION analytics_sales_daily_rows(from_day date, to_day date)
    RETURNS TABLE (category text, platform text, day date, sales bigint, units bigint,
                   sold_price numeric, shipping_paid numeric, refunds numeric, fees numeric,
                   shipping_cost numeric, cost_of_goods numeric, net_proceeds numeric,
                   days_to_sell numeric, days_listed numeric, sales_with_listed_date bigint)
    LANGUAGE sql STABLE AS $$
SELECT i.category::text AS category,
       s.platform::text AS platform,
       analytics_utc_day(s.sold_date) AS day,
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
WHERE s.sold_date >= analytics_utc_start(from_day)
  AND s.sold_date < analytics_utc_start(to_day)
GROUP BY 1, 2, 3
$$;

CREATE FUNCTION analytics_listings_daily_rows(from_day date, to_day date)
    RETURNS TABLE (platform text, day date, listed bigint, converted bigint)
    LANGUAGE sql STABLE AS $$
SELECT pl.platform::text AS platform,
       analytics_utc_day(pl.listed_date) AS day,
       count(*) AS listed,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM sales s WHERE s.listing_id = pl.id))
           AS converted
FROM platform_listings pl
WHERE pl.listed_date IS NOT NULL
  AND pl.listed_date >= analytics_utc_start(from_day)
  AND pl.listed_date < analytics_utc_start(to_day)
GROUP BY 1, 2
$$;

-- Months (period 'month') and years ('year'), summed from the roll-up below them (day = the
-- period's first day), as V9 and V13 (V45 for the items) define them. Called with a constant
-- period, the planner keeps only the branch of the table below.
CREATE FUNCTION analytics_items_period_rows(period text, from_day date, to_day date)
    RETURNS TABLE (category text, day date, items numeric, invested numeric, listed_items numeric,
                   items_on_hand numeric, cost_on_hand numeric, estimate_on_hand numeric,
                   estimated_on_hand numeric)
    LANGUAGE sql STABLE AS $$
SELECT category, date_trunc(period, day)::date AS day, sum(items) AS items,
       sum(invested) AS invested, sum(listed_items) AS listed_items,
       sum(items_on_hand) AS items_on_hand, sum(cost_on_hand) AS cost_on_hand,
       sum(estimate_on_hand) AS estimate_on_hand, sum(estimated_on_hand) AS estimated_on_hand
FROM (SELECT * FROM analytics_items_daily WHERE period = 'month'
      UNION ALL SELECT * FROM analytics_items_monthly WHERE period = 'year') below
WHERE day >= from_day AND day < to_day
GROUP BY 1, 2
$$;

CREATE FUNCTION analytics_sales_period_rows(period text, from_day date, to_day date)
    RETURNS TABLE (category text, platform text, day date, sales numeric, units numeric,
                   sold_price numeric, shipping_paid numeric, refunds numeric, fees numeric,
                   shipping_cost numeric, cost_of_goods numeric, net_proceeds numeric,
                   days_to_sell numeric, days_listed numeric, sales_with_listed_date numeric)
    LANGUAGE sql STABLE AS $$
SELECT category, platform, date_trunc(period, day)::date AS day, sum(sales) AS sales,
       sum(units) AS units, sum(sold_price) AS sold_price, sum(shipping_paid) AS shipping_paid,
       sum(refunds) AS refunds, sum(fees) AS fees, sum(shipping_cost) AS shipping_cost,
       sum(cost_of_goods) AS cost_of_goods, sum(net_proceeds) AS net_proceeds,
       sum(days_to_sell) AS days_to_sell, sum(days_listed) AS days_listed,
       sum(sales_with_listed_date) AS sales_with_listed_date
FROM (SELECT * FROM analytics_sales_daily WHERE period = 'month'
      UNION ALL SELECT * FROM analytics_sales_monthly WHERE period = 'year') below
WHERE day >= from_day AND day < to_day
GROUP BY 1, 2, 3
$$;

CREATE FUNCTION analytics_listings_period_rows(period text, from_day date, to_day date)
    RETURNS TABLE (platform text, day date, listed numeric, converted numeric)
    LANGUAGE sql STABLE AS $$
SELECT platform, date_trunc(period, day)::date AS day, sum(listed) AS listed,
       sum(converted) AS converted
FROM (SELECT * FROM analytics_listings_daily WHERE period = 'month'
      UNION ALL SELECT * FROM analytics_listings_monthly WHERE period = 'year') below
WHERE day >= from_day AND day < to_day
GROUP BY 1, 2
$$;

-- Recomputes the roll-ups of the logged days, then of their months and years, and returns how many
-- days it recomputed (0: none logged; -1: all of them, after a TRUNCATE or when more than 1000
-- days were logged: one pass over the tables then costs less than a lookup per day). Every roll-up
-- is deleted and recomputed over ranges of days: one range a day, month or year, or the single
-- range (-infinity, infinity) of the full recompute. Refreshes run one at a time (two would insert
-- the same new rows).
CREATE FUNCTION analytics_refresh() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    days date[];
    day_from date[] := '{-infinity}';
    day_to date[] := '{infinity}';
    month_from date[] := '{-infinity}';
    month_to date[] := '{infinity}';
    year_from date[] := '{-infinity}';
    year_to date[] := '{infinity}';
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('analytics_refresh'));
    WITH taken AS (DELETE FROM analytics_dirty_days RETURNING day)
    SELECT array_agg(DISTINCT day) INTO days FROM taken;
    IF days IS NULL THEN
        RETURN 0;
    END IF;
    IF NOT ('-infinity' = ANY(days) OR cardinality(days) > 1000) THEN
        SELECT array_agg(d), array_agg(d + 1) INTO day_from, day_to FROM unnest(days) d;
        SELECT array_agg(m), array_agg((m + interval '1 month')::date) INTO month_from, month_to
          FROM (SELECT DISTINCT date_trunc('month', d)::date AS m FROM unnest(days) d) x;
        SELECT array_agg(y), array_agg((y + interval '1 year')::date) INTO year_from, year_to
          FROM (SELECT DISTINCT date_trunc('year', m)::date AS y FROM unnest(month_from) m) x;
    END IF;
    DELETE FROM analytics_items_daily t USING unnest(day_from, day_to) r(f, u)
     WHERE t.day >= r.f AND t.day < r.u;
    INSERT INTO analytics_items_daily
    SELECT x.* FROM unnest(day_from, day_to) r(f, u),
         LATERAL analytics_items_daily_rows(r.f, r.u) x;
    DELETE FROM analytics_sales_daily t USING unnest(day_from, day_to) r(f, u)
     WHERE t.day >= r.f AND t.day < r.u;
    INSERT INTO analytics_sales_daily
    SELECT x.* FROM unnest(day_from, day_to) r(f, u),
         LATERAL analytics_sales_daily_rows(r.f, r.u) x;
    DELETE FROM analytics_listings_daily t USING unnest(day_from, day_to) r(f, u)
     WHERE t.day >= r.f AND t.day < r.u;
    INSERT INTO analytics_listings_daily
    SELECT x.* FROM unnest(day_from, day_to) r(f, u),
         LATERAL analytics_listings_daily_rows(r.f, r.u) x;
    DELETE FROM analytics_items_monthly t USING unnest(month_from, month_to) r(f, u)
     WHERE t.day >= r.f AND t.day < r.u;
    INSERT INTO analytics_items_monthly
    SELECT x.* FROM unnest(month_from, month_to) r(f, u),
         LATERAL analytics_items_period_rows('month', r.f, r.u) x;
    DELETE FROM analytics_sales_monthly t USING unnest(month_from, month_to) r(f, u)
     WHERE t.day >= r.f AND t.day < r.u;
    INSERT INTO analytics_sales_monthly
    SELECT x.* FROM unnest(month_from, month_to) r(f, u),
         LATERAL analytics_sales_period_rows('month', r.f, r.u) x;
    DELETE FROM analytics_listings_monthly t USING unnest(month_from, month_to) r(f, u)
     WHERE t.day >= r.f AND t.day < r.u;
    INSERT INTO analytics_listings_monthly
    SELECT x.* FROM unnest(month_from, month_to) r(f, u),
         LATERAL analytics_listings_period_rows('month', r.f, r.u) x;
    DELETE FROM analytics_items_yearly t USING unnest(year_from, year_to) r(f, u)
     WHERE t.day >= r.f AND t.day < r.u;
    INSERT INTO analytics_items_yearly
    SELECT x.* FROM unnest(year_from, year_to) r(f, u),
         LATERAL analytics_items_period_rows('year', r.f, r.u) x;
    DELETE FROM analytics_sales_yearly t USING unnest(year_from, year_to) r(f, u)
     WHERE t.day >= r.f AND t.day < r.u;
    INSERT INTO analytics_sales_yearly
    SELECT x.* FROM unnest(year_from, year_to) r(f, u),
         LATERAL analytics_sales_period_rows('year', r.f, r.u) x;
    DELETE FROM analytics_listings_yearly t USING unnest(year_from, year_to) r(f, u)
     WHERE t.day >= r.f AND t.day < r.u;
    INSERT INTO analytics_listings_yearly
    SELECT x.* FROM unnest(year_from, year_to) r(f, u),
         LATERAL analytics_listings_period_rows('year', r.f, r.u) x;
    RETURN CASE WHEN day_from[1] = '-infinity' THEN -1 ELSE cardinality(days) END;
END
$$;

INSERT INTO analytics_dirty_days VALUES ('-infinity');
SELECT analytics_refresh();
