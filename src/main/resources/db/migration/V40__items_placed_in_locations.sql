-- One location concept (issue 23, item 3): an item's place is a storage location of the tree
-- (location_id), which the location pages, QR labels and the picker use. Items typed in before
-- kept their place as free text (storage_location), which no location page counted. This moves
-- that text onto location_id, per distinct text (case and surrounding spaces aside):
--   1. the text is a location's code            -> that location;
--   2. else it is the name of exactly one location -> that location;
--   3. it names two or more locations (same name under different parents) -> ambiguous: the text
--      is kept and location_id stays empty, for a person to pick (the item page shows the text);
--   4. it names none -> a new top-level location named after the text (code: the text itself when
--      it is a valid code, else the initials of its words as LocationStore makes them, with -2,
--      -3... when taken).
-- Placed items lose the text (one concept, no second place to drift apart) and get a new version.
-- Deleted items are placed too, so a restored item is where it was. The bin (storage_bin) stays
-- free text: a place inside the location. docs/INVENTORY.md "Locations"; tested by
-- LocationMigrationIT, which runs the function below on items of its own (the `lots` argument).
CREATE FUNCTION resell_place_items_by_text(lots uuid[] DEFAULT NULL)
    RETURNS TABLE (placed integer, created integer, ambiguous integer)
    LANGUAGE plpgsql AS $$
DECLARE
    t         record;
    matches   uuid[];
    target    uuid;
    base      text;
    candidate text;
    n         integer;
BEGIN
    placed := 0;
    created := 0;
    ambiguous := 0;
    FOR t IN
        SELECT lower(btrim(storage_location)) AS key, min(btrim(storage_location)) AS spelling
        FROM inventory
        WHERE location_id IS NULL AND btrim(coalesce(storage_location, '')) <> ''
          AND (lots IS NULL OR lot_id = ANY (lots))
        GROUP BY 1
        ORDER BY 1
    LOOP
        SELECT array_agg(id) INTO matches FROM storage_locations WHERE lower(code) = t.key;
        IF matches IS NULL THEN
            SELECT array_agg(id) INTO matches FROM storage_locations WHERE lower(name) = t.key;
        END IF;
        IF matches IS NULL THEN
            IF upper(t.spelling) ~ '^[A-Z0-9][A-Z0-9-]{0,15}$' THEN
                base := upper(t.spelling);
            ELSE
                SELECT coalesce(nullif(left(string_agg(
                           CASE WHEN w ~ '^[0-9]' THEN w ELSE left(w, 1) END, '' ORDER BY ord), 10), ''),
                           'LOC')
                INTO base
                FROM regexp_split_to_table(upper(t.spelling), '[^A-Z0-9]+') WITH ORDINALITY AS s (w, ord)
                WHERE w <> '';
            END IF;
            candidate := base;
            n := 2;
            WHILE EXISTS (SELECT 1 FROM storage_locations WHERE code = candidate) LOOP
                candidate := left(base, 16 - length('-' || n)) || '-' || n;
                n := n + 1;
            END LOOP;
            INSERT INTO storage_locations (name, code, description)
            VALUES (left(t.spelling, 100), candidate, 'Made from the location typed on items')
            RETURNING id INTO target;
            created := created + 1;
        ELSIF cardinality(matches) = 1 THEN
            target := matches[1];
        ELSE
            ambiguous := ambiguous + 1;
            CONTINUE;
        END IF;
        UPDATE inventory
        SET location_id = target, storage_location = NULL, version = version + 1, updated_at = now()
        WHERE location_id IS NULL AND lower(btrim(storage_location)) = t.key
          AND (lots IS NULL OR lot_id = ANY (lots));
        GET DIAGNOSTICS n = ROW_COUNT;
        placed := placed + n;
    END LOOP;
    RETURN NEXT;
END
$$;

SELECT * FROM resell_place_items_by_text();
