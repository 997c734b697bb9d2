-- The inventory list pages by keyset in its default order, newest first with ties broken by id:
--   WHERE (acquisition_date, lot_id) < (?, ?) ORDER BY acquisition_date DESC, lot_id DESC LIMIT 51
-- (ascending for order=asc). V1's index had lot_id ascending, which matches neither direction, so
-- every cursor page sorted all items. This one, read forwards or backwards, delivers exactly that
-- order and lets a page stop after its rows; it serves acquisition date ranges as well as before.
DROP INDEX inventory_acquisition_idx;
CREATE INDEX inventory_acquisition_idx ON inventory (acquisition_date, lot_id) WHERE deleted_at IS NULL;
