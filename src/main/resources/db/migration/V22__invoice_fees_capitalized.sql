-- Invoice-level charges that are not item cost (loading, removal, lot, card and convenience fees)
-- stay on the invoice (fees_total, extra_fees) unless the user capitalises them: then they are
-- spread over the invoice's items by hammer (docs/IMPORTS.md) and each item's share is kept here,
-- so switching back takes off exactly what was added, even after the shares' items were edited.
ALTER TABLE invoices
    ADD COLUMN fees_capitalized boolean NOT NULL DEFAULT false;

CREATE TABLE invoice_fee_shares (
    invoice_id  uuid NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    lot_id      uuid NOT NULL REFERENCES inventory (lot_id) ON DELETE CASCADE,
    amount      numeric(12,2) NOT NULL,
    PRIMARY KEY (invoice_id, lot_id)
);
CREATE INDEX invoice_fee_shares_lot_idx ON invoice_fee_shares (lot_id);
