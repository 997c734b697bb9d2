-- Owned by imports. The sales the marketplaces' reports told (sales_import_lines, V19), each order
-- line once: a line seen in several reports (a re-import, an overlapping report, eBay's orders and
-- transaction reports) counts in the version imported last. Only sale lines: cancelled orders were
-- never paid, adjustments (refunds, fees) change sales told elsewhere. Money as the report read it:
-- item_amount is the line's item amount after the seller's discounts (all units), shipping_paid what
-- the buyer paid for shipping, sales_tax the tax the marketplace collected. sold_at is the line's
-- date, else when it was imported. The tax-year report's 1099-K check reads it (docs/ANALYTICS.md).
CREATE VIEW reported_sale_lines AS
SELECT DISTINCT ON (lower(l.line ->> 'platform'), l.line ->> 'order_id',
                    coalesce(l.line ->> 'line_id', ''))
       lower(l.line ->> 'platform') AS platform,
       l.line ->> 'order_id' AS order_id,
       l.line ->> 'line_id' AS line_id,
       coalesce((l.line ->> 'sold_at')::timestamptz, l.updated_at) AS sold_at,
       coalesce(l.amount, 0) AS item_amount,
       coalesce((l.line ->> 'shipping_paid')::numeric, 0) AS shipping_paid,
       coalesce((l.line ->> 'sales_tax')::numeric, 0) AS sales_tax,
       l.line ->> 'currency' AS currency,
       l.outcome,
       l.job_id
FROM sales_import_lines l
WHERE l.line ->> 'kind' = 'SALE'
ORDER BY lower(l.line ->> 'platform'), l.line ->> 'order_id', coalesce(l.line ->> 'line_id', ''),
         l.updated_at DESC, l.job_id;
