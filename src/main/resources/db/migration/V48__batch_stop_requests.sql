-- A stop asked on one instance for a job execution that another instance runs. Jakarta Batch can
-- only stop an execution in the JVM that runs it, so the asking instance leaves the request here
-- and the owner acts on it at its next look (jobs/control/StopRequests, every two seconds).
CREATE TABLE batch_stop_requests (
    execution_id bigint PRIMARY KEY,
    requested_by text NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now()
);
