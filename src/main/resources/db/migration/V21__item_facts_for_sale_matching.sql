-- Sales imports match a report line to an item by its SKU and the oldest first: the read contracts
-- of inventory (V20) gain the item's sku and created_at, appended so the views' readers are
-- unchanged. Still plain views over one table, inlined by the planner.
CREATE OR REPLACE VIEW item_facts AS
SELECT lot_id, item_name, category, acquisition_date, quantity, quantity_sold,
       quantity - quantity_sold AS units_on_hand, total_cost,
       round(total_cost * (quantity - quantity_sold) / quantity, 2) AS cost_on_hand,
       estimated_value,
       round(coalesce(estimated_value, 0) * (quantity - quantity_sold) / quantity, 2)
           AS estimate_on_hand,
       sales_tax, needs_review, search_vector, deleted_at, sku, created_at
FROM inventory;

CREATE OR REPLACE VIEW current_items AS
SELECT lot_id, item_name, category, acquisition_date, quantity, quantity_sold, units_on_hand,
       total_cost, cost_on_hand, estimated_value, estimate_on_hand, sales_tax, needs_review,
       search_vector, sku, created_at
FROM item_facts
WHERE deleted_at IS NULL;
