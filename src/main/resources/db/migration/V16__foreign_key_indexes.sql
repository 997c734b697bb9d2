-- Deleting a row checks every foreign key that refers to it; without an index on the referring
-- column each check reads the whole referring table. Deleting a million items (a bench's cleanup,
-- or items removed for good with their listings) with 185,000 open alerts scanned the alerts table
-- once per item: more than ten minutes, against seconds with these indexes. The refresh-token
-- purge deletes old tokens that newer ones name in replaced_by, the same way.
CREATE INDEX alerts_lot_idx ON alerts (lot_id);
CREATE INDEX alerts_listing_idx ON alerts (listing_id);
CREATE INDEX classifier_corrections_lot_idx ON classifier_corrections (lot_id);
CREATE INDEX price_history_listing_idx ON price_history (listing_id);
CREATE INDEX refresh_tokens_replaced_by_idx ON refresh_tokens (replaced_by) WHERE replaced_by IS NOT NULL;
CREATE INDEX invoices_import_job_idx ON invoices (import_job_id);
