-- What each item's sales add up to, kept on the item itself by a trigger on sales, in the same
-- transaction as the sale (the API's sale recording, the importer, a refund, a deletion). The
-- inventory list filters, sorts and totals by the realized ROI of every matching item; computing
-- it from the sales table on each request meant aggregating all sales per request. The columns
-- are NULL while an item has no sales, as the sums of no rows are.
ALTER TABLE inventory
    ADD COLUMN sold_net_proceeds  numeric(12,2),
    ADD COLUMN sold_cost_of_goods numeric(12,2),
    ADD COLUMN sold_revenue       numeric(12,2),
    ADD COLUMN last_sold_at       timestamptz;

CREATE FUNCTION resell_item_sales_totals() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    lots uuid[];
BEGIN
    lots := CASE TG_OP
        WHEN 'INSERT' THEN ARRAY[NEW.lot_id]
        WHEN 'DELETE' THEN ARRAY[OLD.lot_id]
        ELSE ARRAY[OLD.lot_id, NEW.lot_id] END;
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
              FROM unnest(lots) AS l(lot_id)
              LEFT JOIN sales s ON s.lot_id = l.lot_id
             GROUP BY l.lot_id) t
     WHERE i.lot_id = t.lot_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER sales_item_totals
    AFTER INSERT OR DELETE OR UPDATE OF lot_id, sold_price, shipping_paid, actual_shipping,
        platform_fees, refund_amount, cost_of_goods, sold_date
    ON sales FOR EACH ROW EXECUTE FUNCTION resell_item_sales_totals();

UPDATE inventory i
   SET sold_net_proceeds  = t.net_proceeds,
       sold_cost_of_goods = t.cost_of_goods,
       sold_revenue       = t.revenue,
       last_sold_at       = t.last_sale
  FROM (SELECT lot_id, sum(net_proceeds) AS net_proceeds, sum(cost_of_goods) AS cost_of_goods,
               sum(sold_price + shipping_paid - refund_amount) AS revenue, max(sold_date) AS last_sale
          FROM sales GROUP BY lot_id) t
 WHERE i.lot_id = t.lot_id;
