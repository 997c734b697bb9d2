-- A sales import's status report is read while the import runs (the web page and API clients poll
-- it): the outcome counts, the waiting lines and the first 1,000 sales the job recorded. Without
-- these indexes each poll read every line and every sale the job had written so far, and at tens
-- of thousands of lines the polls took more of the database than the import's own chunks.
CREATE INDEX sales_import_lines_outcome_idx ON sales_import_lines (job_id, outcome, line_number);
DROP INDEX sales_import_job_idx;
CREATE INDEX sales_import_job_idx ON sales (import_job_id, created_at, order_id, order_line_id)
    WHERE import_job_id IS NOT NULL;
