-- The item's sales totals (V8) are kept up to date once per INSERT statement instead of once per
-- sale row: an import writes a chunk's sales in a few multi-row statements, and recomputing each
-- item's totals row by row cost more than writing the sales (0.6 ms a sale at 100,000 items).
-- Updates and deletes of sales keep the row trigger: they come one at a time (a refund, a deletion).
-- Both triggers recompute through one function, the rule of V8 with one fix: an update passed the
-- item twice (old and new lot id), which counted each of its sales twice, so a refund or a fee
-- change doubled the item's totals (and its realized ROI in the inventory list); existing rows are
-- recomputed below.
CREATE FUNCTION resell_refresh_item_sales_totals(lots uuid[]) RETURNS void
    LANGUAGE sql AS $$
    UPDATE inventory i
       SET sold_net_proceeds  = t.net_proceeds,
           sold_cost_of_goods = t.cost_of_goods,
           sold_revenue       = t.revenue,
           last_sold_at       = t.last_sale
      FROM (SELECT l.lot_id,
                   sum(s.net_proceeds) AS net_proceeds,
                   sum(s.cost_of_goods) AS cost_of_goods,
                   sum(s.sold_price + s.shipping_paid - s.refund_amount) AS revenue,
                   max(s.sold_date) AS last_sale
              FROM (SELECT DISTINCT unnest(lots) AS lot_id) AS l
              LEFT JOIN sales s ON s.lot_id = l.lot_id
             GROUP BY l.lot_id) t
     WHERE i.lot_id = t.lot_id;
$$;

CREATE OR REPLACE FUNCTION resell_item_sales_totals() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM resell_refresh_item_sales_totals(CASE TG_OP
        WHEN 'INSERT' THEN ARRAY[NEW.lot_id]
        WHEN 'DELETE' THEN ARRAY[OLD.lot_id]
        ELSE ARRAY[OLD.lot_id, NEW.lot_id] END);
    RETURN NULL;
END
$$;

CREATE FUNCTION resell_item_sales_totals_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM resell_refresh_item_sales_totals(ARRAY(SELECT DISTINCT lot_id FROM inserted));
    RETURN NULL;
END
$$;

DROP TRIGGER sales_item_totals ON sales;
CREATE TRIGGER sales_item_totals
    AFTER DELETE OR UPDATE OF lot_id, sold_price, shipping_paid, actual_shipping,
        platform_fees, refund_amount, cost_of_goods, sold_date
    ON sales FOR EACH ROW EXECUTE FUNCTION resell_item_sales_totals();
CREATE TRIGGER sales_item_totals_inserted
    AFTER INSERT ON sales REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION resell_item_sales_totals_inserted();

SELECT resell_refresh_item_sales_totals(ARRAY(
    SELECT i.lot_id
      FROM inventory i
      JOIN (SELECT lot_id, sum(net_proceeds) AS n, sum(cost_of_goods) AS c,
                   sum(sold_price + shipping_paid - refund_amount) AS r
              FROM sales GROUP BY lot_id) t ON t.lot_id = i.lot_id
     WHERE (i.sold_net_proceeds, i.sold_cost_of_goods, i.sold_revenue) IS DISTINCT FROM (t.n, t.c, t.r)));
