-- Sales imports match a report line's SKU (custom label) to an item's without regard to case
-- (docs/SALES-IMPORT.md): lower(sku) = lower(?) could not use the unique index on sku and scanned
-- every item for every line. An import now matches a whole chunk of lines in one statement, which
-- looks each SKU up here.
CREATE INDEX inventory_sku_lower_idx ON inventory (lower(sku)) WHERE deleted_at IS NULL;
