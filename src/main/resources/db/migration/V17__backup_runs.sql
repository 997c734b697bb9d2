-- Backups the server takes (issue 26 item 3): one row per run, scheduled, manual or before an
-- upgrade. A scheduled run claims its slot (the day's configured time) with the UNIQUE slot, so of
-- several instances on this database exactly one takes each daily backup. Manual and upgrade runs
-- have no slot. Written only by app.resell.backup.control.BackupRuns.
CREATE TABLE backup_runs (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slot         timestamptz UNIQUE,
    trigger      varchar(10) NOT NULL,
    instance     varchar(200) NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    status       varchar(10) NOT NULL DEFAULT 'running',
    file_name    varchar(100),
    size_bytes   bigint CHECK (size_bytes >= 0),
    duration_ms  bigint CHECK (duration_ms >= 0),
    error        text,
    CONSTRAINT backup_runs_trigger CHECK (trigger IN ('scheduled', 'manual', 'upgrade')),
    CONSTRAINT backup_runs_status CHECK (status IN ('running', 'succeeded', 'incomplete', 'failed')),
    CONSTRAINT backup_runs_slot_scheduled CHECK ((slot IS NOT NULL) = (trigger = 'scheduled')),
    CONSTRAINT backup_runs_finished CHECK ((status = 'running') = (finished_at IS NULL))
);
CREATE INDEX backup_runs_started_idx ON backup_runs (started_at DESC);

-- Alerts about the backups themselves, raised where the aging alerts are: no successful backup for
-- threshold_days (default 2), and the last backup failed (threshold_days: a failure older than
-- this is left to backup_overdue). These alerts belong to no item (lot_id NULL).
ALTER TABLE alert_rules DROP CONSTRAINT alert_rules_type;
ALTER TABLE alert_rules ADD CONSTRAINT alert_rules_type CHECK (
    rule_type IN ('unsold_days', 'listed_no_sale_days', 'listed_no_views_days', 'value_at_risk',
                  'backup_overdue', 'backup_failed'));
INSERT INTO alert_rules (rule_type, threshold_days, threshold_value, enabled) VALUES
    ('backup_overdue', 2, NULL, true),
    ('backup_failed', 7, NULL, true);

-- What the alerts read about the backups (the alerts feature reads this view, never the table):
-- the last successful backup, the last finished run, and since when Resell has kept books here.
CREATE VIEW backup_status AS
SELECT (SELECT max(finished_at) FROM backup_runs WHERE status = 'succeeded') AS last_success_at,
       last.status AS last_status,
       last.trigger AS last_trigger,
       last.started_at AS last_started_at,
       last.finished_at AS last_finished_at,
       last.error AS last_error,
       (SELECT min(installed_on) FROM flyway_schema_history) AS installed_at
FROM (SELECT 1) one
LEFT JOIN LATERAL (SELECT * FROM backup_runs WHERE status <> 'running'
                   ORDER BY finished_at DESC, id DESC LIMIT 1) last ON true;

-- An alert that belongs to no item is open at most once per rule (the index on (rule_id, lot_id)
-- cannot say so: NULLs are distinct).
CREATE UNIQUE INDEX alerts_open_once_without_item ON alerts (rule_id)
    WHERE resolved_at IS NULL AND lot_id IS NULL;
