-- Planner costs for storage where a random read costs about as much as a sequential one (SSDs,
-- and any database that fits in memory). With the default random_page_cost of 4 the planner
-- reads all 100,000 rows sequentially for a search word that matches one item in eight, running
-- the full-text match on every row (about 3x slower than the GIN index's bitmap scan measured in
-- docs/PERFORMANCE.md). The setting applies to new connections of this database. A database owned
-- by another role keeps its settings: the migration must not fail a deployment for a tuning.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET random_page_cost = 1.1', current_database());
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'random_page_cost left unchanged: the database belongs to another role';
END
$$;
