-- The inventory list answers every numbered page with the count, total cost, total estimated value
-- and average ROI of all its matches. Read from the table, that costs a heap visit per match (about
-- 10 ms for one category of 100,000 items, 85 ms for the whole inventory), whatever the page shows.
--
-- 1. list_roi: the list's ROI (docs/MONEY.md section 12 and ItemSearchSql), stored so the totals do
--    not recompute it per row: the realized ROI of the units sold once the item has sales, else
--    the expected return of its estimated value over its cost; null without either. total_cost is
--    itself generated, so its sum is spelled out here.
-- 2. The category, condition and acquisition-date indexes carry what the list's totals and sort
--    terms read (lot_id, acquisition_date, total_cost, estimated_value, list_roi), so a page filtered
--    by those (or not filtered) is answered by index-only scans.
ALTER TABLE inventory ADD COLUMN list_roi numeric GENERATED ALWAYS AS (
    COALESCE(
        CASE WHEN sold_cost_of_goods > 0
             THEN round((sold_net_proceeds - sold_cost_of_goods) * 100 / sold_cost_of_goods, 2) END,
        CASE WHEN bid_amount + buyers_premium + sales_tax + shipping_cost + other_fees > 0
                  AND estimated_value IS NOT NULL
             THEN round((estimated_value
                         - (bid_amount + buyers_premium + sales_tax + shipping_cost + other_fees)) * 100
                        / (bid_amount + buyers_premium + sales_tax + shipping_cost + other_fees), 2)
        END)) STORED;

DROP INDEX inventory_category_idx;
CREATE INDEX inventory_category_idx ON inventory (category)
    INCLUDE (lot_id, acquisition_date, total_cost, estimated_value, list_roi) WHERE deleted_at IS NULL;
DROP INDEX inventory_condition_idx;
CREATE INDEX inventory_condition_idx ON inventory (condition)
    INCLUDE (lot_id, acquisition_date, total_cost, estimated_value, list_roi) WHERE deleted_at IS NULL;
DROP INDEX inventory_acquisition_idx;
CREATE INDEX inventory_acquisition_idx ON inventory (acquisition_date, lot_id)
    INCLUDE (total_cost, estimated_value, list_roi) WHERE deleted_at IS NULL;
