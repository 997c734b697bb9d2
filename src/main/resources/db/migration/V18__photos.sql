-- Photos of items (docs/PHOTOS.md). A row names its image by the SHA-256 of the stored (re-encoded,
-- metadata-free) bytes: the file is <data dir>/photos/<first two hex digits>/<sha256>.<jpg|png>, so
-- the same image attached twice is kept once. A permanent item delete takes its photos along;
-- a soft delete keeps them.
CREATE TABLE photos (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    lot_id       uuid NOT NULL REFERENCES inventory (lot_id) ON DELETE CASCADE,
    position     integer NOT NULL CHECK (position >= 1),
    content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    width        integer NOT NULL CHECK (width > 0),
    height       integer NOT NULL CHECK (height > 0),
    bytes        bigint NOT NULL CHECK (bytes > 0),
    sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz NOT NULL DEFAULT now(),
    -- checked at commit, so a reorder may pass through duplicate positions on its way
    CONSTRAINT photos_position_unique UNIQUE (lot_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- Whether another photo still refers to a file before it is removed.
CREATE INDEX photos_sha256_idx ON photos (sha256);
