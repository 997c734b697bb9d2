-- Resell domain schema. Money is numeric(12,2), times are timestamptz, ids are uuid.
-- Started from the original design's schema and fixed: the platform enum spells chairish right and
-- holds the platforms resellers really use; auction ids are text (houses print "MH-2024-11");
-- keywords are a jsonb array (the API speaks arrays, and to_tsvector(jsonb) is immutable);
-- sales get their own table so partial sales, returns and refunds are exact; invoices, storage
-- locations, users and import jobs are first-class.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TYPE item_category AS ENUM (
    'antiques', 'art', 'books', 'ceramics', 'china', 'clothing', 'coins', 'collectibles',
    'electronics', 'furniture', 'glass', 'jewelry', 'linens', 'memorabilia', 'musical',
    'pottery', 'silver', 'stamps', 'tools', 'toys', 'vintage', 'other');

CREATE TYPE item_condition AS ENUM (
    'mint', 'excellent', 'very_good', 'good', 'fair', 'poor', 'restoration', 'parts', 'unknown');

CREATE TYPE listing_status AS ENUM (
    'not_listed', 'draft', 'active', 'scheduled', 'sold', 'expired', 'cancelled', 'pending');

CREATE TYPE platform_type AS ENUM (
    'ebay', 'etsy', 'facebook', 'chairish', 'worthpoint', 'mercari', 'poshmark', 'depop',
    'whatnot', 'rubylane', 'amazon', 'shopify', 'booth', 'local', 'other');

CREATE TYPE market_demand_level AS ENUM ('low', 'medium', 'high');

CREATE TYPE user_role AS ENUM ('admin', 'staff', 'viewer');

CREATE TYPE import_kind AS ENUM ('pdf', 'excel', 'csv');

CREATE TYPE import_status AS ENUM (
    'pending', 'processing', 'completed', 'needs_review', 'failed', 'stopped');

-- ---------------------------------------------------------------------------------------------
-- People
-- ---------------------------------------------------------------------------------------------
CREATE TABLE users (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email          varchar(254) NOT NULL,
    display_name   varchar(100),
    password_hash  text NOT NULL,
    role           user_role NOT NULL DEFAULT 'viewer',
    active         boolean NOT NULL DEFAULT true,
    last_login_at  timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint NOT NULL DEFAULT 0,
    CONSTRAINT users_email_format CHECK (position('@' IN email) > 1)
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

-- Refresh tokens are stored only as SHA-256 hashes. A family is one login; reuse of a rotated
-- token revokes the whole family.
CREATE TABLE refresh_tokens (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id    uuid NOT NULL,
    token_hash   char(64) NOT NULL UNIQUE,
    issued_at    timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    replaced_by  uuid REFERENCES refresh_tokens (id) ON DELETE SET NULL,
    ip_address   inet,
    user_agent   text,
    CONSTRAINT refresh_tokens_expiry CHECK (expires_at > issued_at)
);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);

-- ---------------------------------------------------------------------------------------------
-- Where things are
-- ---------------------------------------------------------------------------------------------
CREATE TABLE storage_locations (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    parent_id    uuid REFERENCES storage_locations (id) ON DELETE RESTRICT,
    name         varchar(100) NOT NULL,
    code         varchar(16) NOT NULL,
    description  text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      bigint NOT NULL DEFAULT 0,
    CONSTRAINT storage_locations_code_format CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,15}$'),
    CONSTRAINT storage_locations_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id),
    CONSTRAINT storage_locations_name_not_blank CHECK (btrim(name) <> '')
);
CREATE UNIQUE INDEX storage_locations_code_key ON storage_locations (code);
CREATE UNIQUE INDEX storage_locations_sibling_name_key
    ON storage_locations (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));
CREATE INDEX storage_locations_parent_idx ON storage_locations (parent_id);

-- ---------------------------------------------------------------------------------------------
-- Imports (the uploaded file is kept in the data dir; every rejected line is recorded)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE import_jobs (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind               import_kind NOT NULL,
    status             import_status NOT NULL DEFAULT 'pending',
    file_name          varchar(255) NOT NULL,
    file_sha256        char(64) NOT NULL,
    file_path          text NOT NULL,
    file_size          bigint NOT NULL CHECK (file_size >= 0),
    parameters         jsonb NOT NULL DEFAULT '{}'::jsonb,
    dry_run            boolean NOT NULL DEFAULT false,
    batch_id           uuid,
    execution_id       bigint,
    invoice_id         uuid,
    progress           smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    total_lines        integer CHECK (total_lines >= 0),
    processed_count    integer NOT NULL DEFAULT 0 CHECK (processed_count >= 0),
    imported_count     integer NOT NULL DEFAULT 0 CHECK (imported_count >= 0),
    rejected_count     integer NOT NULL DEFAULT 0 CHECK (rejected_count >= 0),
    skipped_count      integer NOT NULL DEFAULT 0 CHECK (skipped_count >= 0),
    totals_difference  numeric(12,2),
    result             jsonb,
    error_code         varchar(50),
    error_message      text,
    created_by         uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    started_at         timestamptz,
    completed_at       timestamptz,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            bigint NOT NULL DEFAULT 0
);
CREATE INDEX import_jobs_sha_idx ON import_jobs (file_sha256);
CREATE INDEX import_jobs_status_idx ON import_jobs (status);
CREATE INDEX import_jobs_batch_idx ON import_jobs (batch_id) WHERE batch_id IS NOT NULL;
CREATE INDEX import_jobs_created_idx ON import_jobs (created_at DESC);

CREATE TABLE import_rejected_lines (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id       uuid NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
    line_number  integer NOT NULL CHECK (line_number > 0),
    raw_text     text,
    reason       text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT import_rejected_lines_once UNIQUE (job_id, line_number)
);

-- ---------------------------------------------------------------------------------------------
-- Invoices from auction houses
-- ---------------------------------------------------------------------------------------------
CREATE TABLE invoices (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    auction_house        varchar(200) NOT NULL,
    invoice_number       varchar(100) NOT NULL,
    auction_id           varchar(100),
    invoice_date         date,
    bidder_number        varchar(50),
    buyers_premium_rate  numeric(7,4) CHECK (buyers_premium_rate >= 0),
    sales_tax_rate       numeric(7,4) CHECK (sales_tax_rate >= 0),
    subtotal             numeric(12,2),
    premium_total        numeric(12,2),
    tax_total            numeric(12,2),
    fees_total           numeric(12,2),
    credits_total        numeric(12,2),
    shipping_total       numeric(12,2),
    printed_total        numeric(12,2),
    extra_fees           jsonb NOT NULL DEFAULT '{}'::jsonb,
    adjustments          jsonb NOT NULL DEFAULT '[]'::jsonb,
    currency             char(3) NOT NULL DEFAULT 'USD',
    import_job_id        uuid REFERENCES import_jobs (id) ON DELETE SET NULL,
    notes                text,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    version              bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX invoices_house_number_key ON invoices (lower(auction_house), lower(invoice_number));
CREATE INDEX invoices_date_idx ON invoices (invoice_date);

ALTER TABLE import_jobs
    ADD CONSTRAINT import_jobs_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoices (id) ON DELETE SET NULL;

-- ---------------------------------------------------------------------------------------------
-- Inventory
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION resell_keywords_text(keywords jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN coalesce((SELECT string_agg(value, ' ') FROM jsonb_array_elements_text(keywords)), '');

CREATE TABLE inventory (
    lot_id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    invoice_id           varchar(100),
    invoice_record_id    uuid REFERENCES invoices (id) ON DELETE SET NULL,
    auction_id           varchar(100),
    lot_number           varchar(50),
    sku                  varchar(64),
    parent_lot_id        uuid REFERENCES inventory (lot_id) ON DELETE SET NULL,
    item_name            varchar(255) NOT NULL,
    description          text,
    category             item_category NOT NULL DEFAULT 'other',
    subcategory          varchar(100),
    condition            item_condition NOT NULL DEFAULT 'unknown',
    quantity             integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
    quantity_sold        integer NOT NULL DEFAULT 0,

    bid_amount           numeric(12,2) NOT NULL DEFAULT 0 CHECK (bid_amount >= 0),
    buyers_premium       numeric(12,2) NOT NULL DEFAULT 0 CHECK (buyers_premium >= 0),
    sales_tax            numeric(12,2) NOT NULL DEFAULT 0 CHECK (sales_tax >= 0),
    shipping_cost        numeric(12,2) NOT NULL DEFAULT 0 CHECK (shipping_cost >= 0),
    other_fees           numeric(12,2) NOT NULL DEFAULT 0,
    total_cost           numeric(12,2) GENERATED ALWAYS AS (
                             bid_amount + buyers_premium + sales_tax + shipping_cost + other_fees) STORED,
    cost_per_item        numeric(12,2) GENERATED ALWAYS AS (
                             round((bid_amount + buyers_premium + sales_tax + shipping_cost + other_fees)
                                   / quantity, 2)) STORED,

    acquisition_date     timestamptz NOT NULL DEFAULT now(),
    acquisition_source   varchar(200),

    location_id          uuid REFERENCES storage_locations (id) ON DELETE SET NULL,
    storage_location     varchar(100),
    storage_bin          varchar(50),
    qr_code              varchar(100),

    estimated_value      numeric(12,2) CHECK (estimated_value >= 0),
    market_demand        market_demand_level NOT NULL DEFAULT 'medium',
    seasonality_notes    text,

    needs_repair         boolean NOT NULL DEFAULT false,
    is_consignment       boolean NOT NULL DEFAULT false,
    is_returned          boolean NOT NULL DEFAULT false,
    needs_review         boolean NOT NULL DEFAULT false,
    auto_categorized     boolean NOT NULL DEFAULT false,
    category_confidence  numeric(5,4) CHECK (category_confidence BETWEEN 0 AND 1),
    condition_confidence numeric(5,4) CHECK (condition_confidence BETWEEN 0 AND 1),

    keywords             jsonb NOT NULL DEFAULT '[]'::jsonb,
    notes                text,
    search_vector        tsvector GENERATED ALWAYS AS (
                             setweight(to_tsvector('english', coalesce(item_name, '')), 'A') ||
                             setweight(to_tsvector('english', coalesce(description, '')), 'B') ||
                             setweight(to_tsvector('english', resell_keywords_text(keywords)), 'C')) STORED,

    import_job_id        uuid REFERENCES import_jobs (id) ON DELETE SET NULL,
    source_line          integer,
    created_by           uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    deleted_at           timestamptz,
    version              bigint NOT NULL DEFAULT 0,

    CONSTRAINT inventory_quantity_sold CHECK (quantity_sold BETWEEN 0 AND quantity),
    CONSTRAINT inventory_keywords_array CHECK (jsonb_typeof(keywords) = 'array'),
    CONSTRAINT inventory_name_not_blank CHECK (btrim(item_name) <> ''),
    CONSTRAINT inventory_not_own_parent CHECK (parent_lot_id IS NULL OR parent_lot_id <> lot_id),
    CONSTRAINT inventory_source_line CHECK ((import_job_id IS NULL) OR (source_line IS NOT NULL))
);
CREATE INDEX inventory_invoice_idx ON inventory (invoice_id);
CREATE INDEX inventory_invoice_record_idx ON inventory (invoice_record_id);
CREATE INDEX inventory_parent_idx ON inventory (parent_lot_id) WHERE parent_lot_id IS NOT NULL;
CREATE INDEX inventory_category_idx ON inventory (category) WHERE deleted_at IS NULL;
CREATE INDEX inventory_condition_idx ON inventory (condition) WHERE deleted_at IS NULL;
CREATE INDEX inventory_acquisition_idx ON inventory (acquisition_date DESC, lot_id) WHERE deleted_at IS NULL;
CREATE INDEX inventory_storage_idx ON inventory (storage_location, storage_bin) WHERE deleted_at IS NULL;
CREATE INDEX inventory_location_idx ON inventory (location_id) WHERE location_id IS NOT NULL;
CREATE INDEX inventory_search_idx ON inventory USING gin (search_vector);
CREATE INDEX inventory_name_trgm_idx ON inventory USING gin (item_name gin_trgm_ops);
CREATE INDEX inventory_deleted_idx ON inventory (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX inventory_review_idx ON inventory (lot_id) WHERE needs_review AND deleted_at IS NULL;
CREATE UNIQUE INDEX inventory_sku_key ON inventory (sku) WHERE sku IS NOT NULL;
CREATE UNIQUE INDEX inventory_import_source_key ON inventory (import_job_id, source_line)
    WHERE import_job_id IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- Listings and sales
-- ---------------------------------------------------------------------------------------------
CREATE TABLE platform_listings (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    lot_id               uuid NOT NULL REFERENCES inventory (lot_id) ON DELETE CASCADE,
    platform             platform_type NOT NULL,
    platform_name        varchar(100),
    status               listing_status NOT NULL DEFAULT 'not_listed',
    external_id          varchar(100),
    list_price           numeric(12,2) CHECK (list_price > 0),
    listing_url          text,
    listing_title        varchar(255),
    listing_description  text,
    quantity_sold        integer NOT NULL DEFAULT 0 CHECK (quantity_sold >= 0),
    sold_price           numeric(12,2) CHECK (sold_price >= 0),
    platform_fees        numeric(12,2) NOT NULL DEFAULT 0 CHECK (platform_fees >= 0),
    shipping_paid        numeric(12,2) NOT NULL DEFAULT 0 CHECK (shipping_paid >= 0),
    actual_shipping      numeric(12,2) NOT NULL DEFAULT 0 CHECK (actual_shipping >= 0),
    buyer_username       varchar(100),
    listed_date          timestamptz,
    scheduled_date       timestamptz,
    sold_date            timestamptz,
    expired_date         timestamptz,
    ended_date           timestamptz,
    views                integer NOT NULL DEFAULT 0 CHECK (views >= 0),
    watchers             integer NOT NULL DEFAULT 0 CHECK (watchers >= 0),
    needs_delist         boolean NOT NULL DEFAULT false,
    metadata             jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    version              bigint NOT NULL DEFAULT 0,
    CONSTRAINT platform_listings_one_per_platform UNIQUE (lot_id, platform),
    CONSTRAINT platform_listings_metadata_object CHECK (jsonb_typeof(metadata) = 'object')
);
CREATE INDEX platform_listings_platform_status_idx ON platform_listings (platform, status);
CREATE INDEX platform_listings_dates_idx ON platform_listings (listed_date, sold_date);
CREATE INDEX platform_listings_delist_idx ON platform_listings (lot_id) WHERE needs_delist;

-- One row per sale event; a listing of an item with quantity > 1 can sell several times.
CREATE TABLE sales (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    listing_id        uuid NOT NULL REFERENCES platform_listings (id) ON DELETE CASCADE,
    lot_id            uuid NOT NULL REFERENCES inventory (lot_id) ON DELETE CASCADE,
    platform          platform_type NOT NULL,
    quantity          integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
    sold_price        numeric(12,2) NOT NULL CHECK (sold_price >= 0),
    shipping_paid     numeric(12,2) NOT NULL DEFAULT 0 CHECK (shipping_paid >= 0),
    actual_shipping   numeric(12,2) NOT NULL DEFAULT 0 CHECK (actual_shipping >= 0),
    platform_fees     numeric(12,2) NOT NULL DEFAULT 0 CHECK (platform_fees >= 0),
    fees_computed     boolean NOT NULL DEFAULT false,
    sales_tax_collected numeric(12,2) NOT NULL DEFAULT 0 CHECK (sales_tax_collected >= 0),
    cost_of_goods     numeric(12,2) NOT NULL DEFAULT 0 CHECK (cost_of_goods >= 0),
    refund_amount     numeric(12,2) NOT NULL DEFAULT 0 CHECK (refund_amount >= 0),
    refunded_at       timestamptz,
    net_proceeds      numeric(12,2) GENERATED ALWAYS AS (
                          sold_price + shipping_paid - platform_fees - actual_shipping - refund_amount) STORED,
    buyer_username    varchar(100),
    sold_date         timestamptz NOT NULL DEFAULT now(),
    created_by        uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sales_listing_idx ON sales (listing_id);
CREATE INDEX sales_lot_idx ON sales (lot_id);
CREATE INDEX sales_date_idx ON sales (sold_date);
CREATE INDEX sales_platform_date_idx ON sales (platform, sold_date);

-- ---------------------------------------------------------------------------------------------
-- History and research
-- ---------------------------------------------------------------------------------------------
CREATE TABLE activity_logs (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    lot_id       uuid REFERENCES inventory (lot_id) ON DELETE CASCADE,
    entity_type  varchar(50) NOT NULL DEFAULT 'inventory',
    entity_id    uuid,
    action_type  varchar(50) NOT NULL,
    old_values   jsonb,
    new_values   jsonb,
    user_id      uuid REFERENCES users (id) ON DELETE SET NULL,
    user_email   varchar(254),
    ip_address   inet,
    user_agent   text,
    request_id   varchar(64),
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX activity_logs_lot_idx ON activity_logs (lot_id, created_at DESC);
CREATE INDEX activity_logs_entity_idx ON activity_logs (entity_type, entity_id);
CREATE INDEX activity_logs_action_idx ON activity_logs (action_type);
CREATE INDEX activity_logs_created_idx ON activity_logs (created_at DESC);

CREATE TABLE price_history (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    lot_id       uuid NOT NULL REFERENCES inventory (lot_id) ON DELETE CASCADE,
    listing_id   uuid REFERENCES platform_listings (id) ON DELETE SET NULL,
    platform     platform_type,
    price_type   varchar(20) NOT NULL,
    old_price    numeric(12,2),
    new_price    numeric(12,2),
    reason       text NOT NULL DEFAULT 'manual edit',
    changed_by   uuid REFERENCES users (id) ON DELETE SET NULL,
    changed_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT price_history_type CHECK (price_type IN ('estimated_value', 'list_price', 'sold_price'))
);
CREATE INDEX price_history_lot_idx ON price_history (lot_id, changed_at DESC);

CREATE TABLE comparable_sales (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    lot_id        uuid REFERENCES inventory (lot_id) ON DELETE CASCADE,
    source        varchar(50) NOT NULL,
    title         varchar(500) NOT NULL,
    price         numeric(12,2) NOT NULL CHECK (price >= 0),
    shipping      numeric(12,2) CHECK (shipping >= 0),
    sold_date     date,
    url           text,
    condition     item_condition,
    category      item_category,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', title)) STORED,
    created_by    uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comparable_sales_lot_idx ON comparable_sales (lot_id);
CREATE INDEX comparable_sales_search_idx ON comparable_sales USING gin (search_vector);
CREATE INDEX comparable_sales_date_idx ON comparable_sales (sold_date);

-- ---------------------------------------------------------------------------------------------
-- Money rules, classifier, alerts and webhooks: data the later features edit
-- ---------------------------------------------------------------------------------------------
CREATE TABLE fee_schedules (
    platform      platform_type PRIMARY KEY,
    schedule      jsonb NOT NULL,
    source        text,
    checked_on    date,
    updated_by    uuid REFERENCES users (id) ON DELETE SET NULL,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint NOT NULL DEFAULT 0
);

CREATE TABLE classifier_models (
    version           integer PRIMARY KEY,
    trained_at        timestamptz NOT NULL DEFAULT now(),
    training_size     integer NOT NULL CHECK (training_size > 0),
    category_accuracy numeric(5,4),
    condition_accuracy numeric(5,4),
    model             bytea NOT NULL,
    active            boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX classifier_models_one_active ON classifier_models (active) WHERE active;

CREATE TABLE classifier_corrections (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    lot_id        uuid REFERENCES inventory (lot_id) ON DELETE SET NULL,
    title         varchar(255) NOT NULL,
    description   text,
    predicted_category  item_category,
    corrected_category  item_category,
    predicted_condition item_condition,
    corrected_condition item_condition,
    user_id       uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT classifier_corrections_something CHECK (
        corrected_category IS NOT NULL OR corrected_condition IS NOT NULL)
);

CREATE TABLE alert_rules (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    rule_type     varchar(40) NOT NULL,
    threshold_days integer CHECK (threshold_days > 0),
    threshold_value numeric(12,2),
    enabled       boolean NOT NULL DEFAULT true,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT alert_rules_type CHECK (
        rule_type IN ('unsold_days', 'listed_no_sale_days', 'listed_no_views_days', 'value_at_risk'))
);

CREATE TABLE alerts (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    rule_id       uuid NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
    lot_id        uuid REFERENCES inventory (lot_id) ON DELETE CASCADE,
    listing_id    uuid REFERENCES platform_listings (id) ON DELETE CASCADE,
    message       text NOT NULL,
    raised_at     timestamptz NOT NULL DEFAULT now(),
    resolved_at   timestamptz
);
CREATE UNIQUE INDEX alerts_open_once ON alerts (rule_id, lot_id) WHERE resolved_at IS NULL;

CREATE TABLE webhooks (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    url           text NOT NULL,
    events        jsonb NOT NULL DEFAULT '[]'::jsonb,
    secret        text NOT NULL,
    active        boolean NOT NULL DEFAULT true,
    created_by    uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT webhooks_url CHECK (url ~* '^https?://')
);

CREATE TABLE webhook_deliveries (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    webhook_id    uuid NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event_type    varchar(50) NOT NULL,
    payload       jsonb NOT NULL,
    attempt       integer NOT NULL DEFAULT 1,
    status_code   integer,
    error         text,
    delivered_at  timestamptz,
    next_attempt_at timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_hook_idx ON webhook_deliveries (webhook_id, created_at DESC);
