-- Several Resell instances on one database (docs/OPERATIONS.md, "Running as a cluster").

-- Every running instance, with the time it last said it was alive (every two seconds). An
-- instance whose heartbeat is older than resell.cluster.dead-after-seconds is gone.
CREATE TABLE cluster_members (
    instance_id  text PRIMARY KEY,
    host         text NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    heartbeat_at timestamptz NOT NULL DEFAULT now()
);

-- The instance running an import and when it last said so: start-up recovery and the survivors
-- fail (and resume) only imports whose owner stopped beating, never a live one of another instance.
ALTER TABLE import_jobs
    ADD COLUMN owner_instance text,
    ADD COLUMN heartbeat_at   timestamptz;
CREATE INDEX import_jobs_processing_idx ON import_jobs (heartbeat_at) WHERE status = 'processing';

-- Sign-in attempts per account and per address, one fixed window of a minute per key, shared by
-- every instance (security/control/SharedWindows).
CREATE TABLE rate_windows (
    key          text PRIMARY KEY,
    window_start timestamptz NOT NULL,
    used         integer NOT NULL
);
