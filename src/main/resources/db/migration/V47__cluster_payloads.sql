-- Notifications between instances carry at most 8000 bytes. A larger message (a live event naming
-- many alerts) is kept here for a few minutes and the notification carries its id
-- (setup/control/ClusterNotifier, ClusterChannel).
CREATE TABLE cluster_payloads (
    id         bigserial PRIMARY KEY,
    payload    text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
