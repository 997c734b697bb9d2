-- The places a location is in: each location once for itself and once for every location above
-- it (a bin in a shelf in the garage: the bin, the shelf, the garage). Owned by the locations
-- feature, like the views of V20: the inventory list's location filter reads it, so "Garage" (its
-- code or its name) finds the items on every shelf and in every bin of the garage, without SQL
-- against storage_locations outside its feature. Locations are few; the recursion is cheap.
CREATE VIEW location_places AS
WITH RECURSIVE up (id, place_id) AS (
    SELECT id, id FROM storage_locations
    UNION ALL
    SELECT up.id, l.parent_id FROM up JOIN storage_locations l ON l.id = up.place_id
    WHERE l.parent_id IS NOT NULL
)
SELECT up.id, p.code AS place_code, p.name AS place_name
FROM up JOIN storage_locations p ON p.id = up.place_id;
