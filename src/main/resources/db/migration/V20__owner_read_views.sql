-- Read contracts: what other features may read of the tables inventory and listings own (the owner
-- alone writes the tables; docs/ARCHITECTURE.md, "Who owns which table"). Each view names only the
-- columns its readers need, so a table can change behind it as long as the view still answers.
-- They are plain views over one table: PostgreSQL inlines them into the reader's query, which then
-- plans as it did on the table (same indexes, same partial-index matches).

-- Owned by inventory. Every item, deleted ones too: their sales still count in the reports and an
-- alert raised before the delete still names its item. On hand = the units not sold yet, valued at
-- their share of the landed cost and of the estimate, rounded per item.
CREATE VIEW item_facts AS
SELECT lot_id, item_name, category, acquisition_date, quantity, quantity_sold,
       quantity - quantity_sold AS units_on_hand, total_cost,
       round(total_cost * (quantity - quantity_sold) / quantity, 2) AS cost_on_hand,
       estimated_value,
       round(coalesce(estimated_value, 0) * (quantity - quantity_sold) / quantity, 2)
           AS estimate_on_hand,
       sales_tax, needs_review, search_vector, deleted_at
FROM inventory;

-- Owned by inventory. The current items: not deleted.
CREATE VIEW current_items AS
SELECT lot_id, item_name, category, acquisition_date, quantity, quantity_sold, units_on_hand,
       total_cost, cost_on_hand, estimated_value, estimate_on_hand, sales_tax, needs_review,
       search_vector
FROM item_facts
WHERE deleted_at IS NULL;

-- Owned by inventory. The current items with units not sold yet (the rule the aging reports and
-- alerts share; its condition is the predicate of inventory_on_hand_age_idx, V9).
CREATE VIEW items_on_hand AS
SELECT lot_id, item_name, category, acquisition_date, units_on_hand, total_cost, cost_on_hand,
       estimated_value, estimate_on_hand
FROM current_items
WHERE quantity_sold < quantity;

-- Owned by listings. Every listing with what reports, alerts, exports, the import report and the
-- inventory list's filters read of it.
CREATE VIEW listing_facts AS
SELECT id, lot_id, platform, status, list_price, sold_price, listing_url, listed_date, views,
       needs_delist
FROM platform_listings;

-- Owned by listings. Every sale with its money and dates (net_proceeds is after fees, shipping and
-- refunds; cost_of_goods is the landed cost of the units sold, docs/MONEY.md).
CREATE VIEW sale_facts AS
SELECT listing_id, lot_id, platform, quantity, sold_price, shipping_paid, actual_shipping,
       platform_fees, refund_amount, refunded_at, cost_of_goods, net_proceeds, sold_date
FROM sales;
