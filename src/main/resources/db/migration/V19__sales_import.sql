-- Sales imported from marketplace reports (docs/SALES-IMPORT.md).
--
-- A sale read from a report is identified by its platform, order id and line id: the unique index
-- makes re-importing the same or an overlapping report record nothing twice, even when two imports
-- of overlapping reports run at once. Sales typed in by hand have no order id and are not affected.
-- The currency is kept with the sale (the books' currency for every sale so far).
ALTER TYPE import_kind ADD VALUE IF NOT EXISTS 'sales';

ALTER TABLE sales
    ADD COLUMN order_id      varchar(100),
    ADD COLUMN order_line_id varchar(100),
    ADD COLUMN currency      char(3) NOT NULL DEFAULT 'USD',
    ADD COLUMN import_job_id uuid REFERENCES import_jobs (id) ON DELETE SET NULL,
    ADD CONSTRAINT sales_order_line_pair CHECK ((order_id IS NULL) = (order_line_id IS NULL));
CREATE UNIQUE INDEX sales_order_line_key ON sales (platform, order_id, order_line_id)
    WHERE order_id IS NOT NULL;
CREATE INDEX sales_import_job_idx ON sales (import_job_id) WHERE import_job_id IS NOT NULL;

-- What a sales import did with each line of its report, kept so the status report can show it and
-- so a line waiting for a match can be recorded later (POST /import/sales/{job_id}/matches) from
-- the line as it was read ("line"), with the candidates the matcher offered.
CREATE TABLE sales_import_lines (
    job_id      uuid NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
    line_number integer NOT NULL CHECK (line_number > 0),
    outcome     varchar(20) NOT NULL CHECK (outcome IN
                    ('recorded', 'updated', 'duplicate', 'cancelled', 'needs_match', 'unmatched')),
    order_id    varchar(100),
    title       text,
    amount      numeric(12,2),
    sale_id     uuid REFERENCES sales (id) ON DELETE SET NULL,
    reason      text,
    line        jsonb NOT NULL,
    candidates  jsonb NOT NULL DEFAULT '[]'::jsonb,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_id, line_number)
);
CREATE INDEX sales_import_lines_sale_idx ON sales_import_lines (sale_id) WHERE sale_id IS NOT NULL;
