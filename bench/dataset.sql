-- The benchmark dataset, generated inside PostgreSQL (no API, no client round trips):
--   psql -v items=100000 -f bench/dataset.sql <database migrated by Resell>
-- Deterministic: one seeded random() stream in one session, INSERT ... SELECT plans are never
-- parallel, so the same size gives the same rows (dates are relative to the day of the run).
-- Items look like auction lots of the 22 categories (docs: shared CLASSIFICATION-POLICY), acquired
-- over the last 10 years; about 70% are listed on one to three platforms, about 40% have sold.
\set ON_ERROR_STOP on
SELECT setseed(0.4242) \gset

CREATE TEMP TABLE vocab (n int PRIMARY KEY, category item_category, makers text[], things text[]);
-- categories whose lots read naturally with a colour word ("Fenton cobalt hobnail vase")
CREATE TEMP TABLE coloured (category item_category PRIMARY KEY);
INSERT INTO coloured VALUES ('ceramics'), ('china'), ('glass'), ('pottery'), ('toys'), ('vintage');
INSERT INTO vocab VALUES
 (0,  'antiques',    '{Victorian,Georgian,Federal,Colonial,"Eastlake","Empire"}', '{"butter churn","spinning wheel","wash stand","blanket chest","dough bowl","sad iron","oil lamp","apothecary jar"}'),
 (1,  'art',         '{"signed","framed","unsigned","listed artist","folk art","plein air"}', '{"oil on canvas landscape","watercolor seascape","etching","lithograph S/N","charcoal portrait","still life painting"}'),
 (2,  'books',       '{"first edition","leather bound","signed by author","Folio Society","Easton Press","antiquarian"}', '{"novel","atlas","cookbook","Bible","poetry volume","children''s book set"}'),
 (3,  'ceramics',    '{Studio,Raku,Majolica,"salt glazed","hand thrown","Delft"}', '{"charger","tile set","jar","ewer","bud vase","sculpture"}'),
 (4,  'china',       '{Noritake,Lenox,"Royal Albert",Spode,"Johnson Bros","Haviland Limoges",Wedgwood,Mikasa}', '{"dinner plates set of 8","teacup and saucer","gravy boat","serving platter","creamer and sugar","soup tureen"}'),
 (5,  'clothing',    '{Pendleton,"Levi''s",Woolrich,"Harley-Davidson","Burberry","Ralph Lauren"}', '{"wool shirt","denim jacket","trench coat","sweater","flannel shirt","leather vest"}'),
 (6,  'coins',       '{"Morgan silver dollar","Peace dollar","Walking Liberty half","Mercury dime","Indian head penny","proof set"}', '{"1921","1923-S","1942","1909","1964","1881-O"}'),
 (7,  'collectibles','{Hummel,"Precious Moments","Department 56",Zippo,Longaberger,"Coca-Cola"}', '{"figurine","village house","lighter","basket","advertising tin","collector plate"}'),
 (8,  'electronics', '{Zenith,Marantz,Pioneer,Technics,Sony,Polaroid}', '{"tube radio","stereo receiver","turntable","cassette deck","Walkman","instant camera"}'),
 (9,  'furniture',   '{"Mid-century","Ethan Allen",Stickley,Drexel,"Lane","Broyhill"}', '{"walnut dresser","oak rocking chair","end table","cedar chest","china cabinet","nightstand"}'),
 (10, 'glass',       '{Fenton,Blenko,Pyrex,"Fire-King",Waterford,Murano}', '{"hobnail vase","art glass bowl","mixing bowl set","jadeite mug","crystal decanter","paperweight"}'),
 (11, 'jewelry',     '{"sterling silver","14k gold",Trifari,Monet,Bulova,"Hamilton"}', '{"brooch","charm bracelet","pocket watch","wristwatch","pearl necklace","clip earrings"}'),
 (12, 'linens',      '{"hand embroidered",Irish,"crocheted","Battenburg lace","feedsack","hand stitched"}', '{"tablecloth","quilt","napkin set","doily lot","pillowcases","table runner"}'),
 (13, 'memorabilia', '{"signed","game used","autographed","ticket stub","press photo","program"}', '{"baseball","8x10 photo","football","concert poster","jersey","hockey puck"}'),
 (14, 'musical',     '{Gibson,Fender,Yamaha,Selmer,Hohner,Ludwig}', '{"acoustic guitar","electric guitar","trumpet","saxophone","harmonica set","snare drum"}'),
 (15, 'pottery',     '{Roseville,McCoy,Hull,Weller,Frankoma,Rookwood}', '{"planter","jardiniere","cookie jar","vase","bookends","wall pocket"}'),
 (16, 'silver',      '{Gorham,Towle,Wallace,"Reed & Barton","1847 Rogers",Oneida}', '{"sterling flatware set","silverplate tea service","candlesticks","serving tray","souvenir spoons","water pitcher"}'),
 (17, 'stamps',      '{"US mint","worldwide","first day cover","plate block","Scott album","used"}', '{"stamp lot","sheet","cover collection","album","airmail set","booklet"}'),
 (18, 'tools',       '{Stanley,Disston,Craftsman,Snap-on,"Keen Kutter",Starrett}', '{"hand plane No. 4","hand saw","socket set","chisel set","combination square","wrench lot"}'),
 (19, 'toys',        '{"Hot Wheels",LEGO,Lionel,Barbie,"Star Wars Kenner",Tonka}', '{"redline car","train set","doll with outfits","action figure lot","dump truck","building set"}'),
 (20, 'vintage',     '{1950s,1960s,1970s,"Atomic era","Retro","Mod"}', '{"bar cart","wall clock","lunch box","thermos","ashtray","lamp"}'),
 (21, 'other',       '{"Box lot","Shelf lot","Estate lot","Garage lot","Tote of","Assorted"}', '{"kitchen items","baskets and frames","holiday decor","craft supplies","office supplies","mixed smalls"}');

CREATE TEMP TABLE words (n int PRIMARY KEY, w text[]);
INSERT INTO words VALUES
 (0, '{"excellent","good","fair","minor wear","chip to rim","hairline crack","working","untested"}'),
 (1, '{"from a local estate","consigned","storage unit find","from a collection","barn find","downsizing sale"}'),
 (2, '{blue,green,red,amber,cobalt,pink,white,black,ivory,turquoise,gold,clear}');

CREATE TEMP TABLE gen AS
SELECT g,
       floor(random() * 22)::int AS c,
       random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
       random() AS r6, random() AS r7, random() AS r8, random() AS r9
  FROM generate_series(1, :items) g;

INSERT INTO inventory (sku, item_name, description, category, condition, quantity, bid_amount,
                       buyers_premium, sales_tax, shipping_cost, estimated_value, acquisition_date,
                       acquisition_source, storage_location, storage_bin, keywords, needs_review)
SELECT 'B-' || lpad(g::text, 7, '0'),
       v.makers[1 + floor(r1 * array_length(v.makers, 1))::int] || ' '
         || CASE WHEN v.category IN (SELECT category FROM coloured)
                 THEN c2.w[1 + floor(r3 * 12)::int] || ' ' ELSE '' END
         || v.things[1 + floor(r2 * array_length(v.things, 1))::int],
       upper(left(v.makers[1 + floor(r1 * array_length(v.makers, 1))::int], 1))
         || substr(v.makers[1 + floor(r1 * array_length(v.makers, 1))::int], 2) || ' '
         || v.things[1 + floor(r2 * array_length(v.things, 1))::int] || '. Condition: '
         || c0.w[1 + floor(r4 * 8)::int] || '. ' || upper(left(c1.w[1 + floor(r5 * 6)::int], 1)) || substr(c1.w[1 + floor(r5 * 6)::int], 2) || '.'
         || CASE WHEN v.category IN ('coins', 'stamps') THEN ''
                 ELSE ' Measures ' || (3 + floor(r6 * 30)::int) || ' in.' END
         || ' Lot ' || g || '.',
       v.category,
       (enum_range(NULL::item_condition))[1 + floor(r4 * 6)::int],
       CASE WHEN r9 < 0.9 THEN 1 ELSE 2 + floor(r9 * 4)::int END,
       round((2 + r6 * r6 * 400)::numeric, 2),
       round((2 + r6 * r6 * 400)::numeric * 0.18, 2),
       round((2 + r6 * r6 * 400)::numeric * 0.07, 2),
       CASE WHEN r7 < 0.3 THEN round((5 + r7 * 40)::numeric, 2) ELSE 0 END,
       round((5 + r6 * r6 * 1200 * (0.5 + r8))::numeric, 2),
       now() - make_interval(days => floor(r7 * 3650)::int, mins => floor(r8 * 1440)::int),
       (ARRAY['HiBid','Proxibid','LiveAuctioneers','Estate sale','Goodwill','Garage sale'])[1 + floor(r5 * 6)::int],
       'Shelf ' || (1 + floor(r3 * 40)::int), 'B' || (1 + floor(r2 * 12)::int),
       jsonb_build_array(v.category::text, lower(split_part(v.makers[1 + floor(r1 * array_length(v.makers, 1))::int], ' ', 1))),
       r9 < 0.01
  FROM gen JOIN vocab v ON v.n = gen.c, words c0, words c1, words c2
 WHERE c0.n = 0 AND c1.n = 1 AND c2.n = 2
 ORDER BY g;

-- Listings: about 70% of the items on one to three of eBay, Etsy, Facebook, Mercari, Poshmark,
-- Chairish, Whatnot (the first platform chosen per item, the others following it): about 1.57
-- listings per item, so 100,000 items have the 150,000 listings of issue 7's dashboard target.
CREATE TEMP TABLE listed AS
SELECT i.lot_id, i.bid_amount, i.acquisition_date, i.quantity,
       abs(hashtext(i.sku)) AS h, k
  FROM inventory i, generate_series(0, 2) k
 WHERE i.sku LIKE 'B-%' AND abs(hashtext(i.sku)) % 10 < 7
   AND (k = 0 OR (k = 1 AND abs(hashtext(i.sku)) % 3 > 0) OR (k = 2 AND abs(hashtext(i.sku)) % 5 < 2));
INSERT INTO platform_listings (lot_id, platform, status, list_price, listing_title, listed_date,
                               views, watchers, listing_url)
SELECT lot_id,
       (ARRAY['ebay','etsy','facebook','mercari','poshmark','chairish','whatnot']::platform_type[])[1 + (h + k) % 7],
       'active', round(bid_amount * 2.5 + 9.99, 2), NULL,
       acquisition_date + make_interval(days => 2 + (h + k) % 30), (h / 7) % 300, (h / 11) % 25,
       'https://example.com/listing/' || lot_id || '/' || k
  FROM listed ORDER BY lot_id, k;

-- Sales: the first listing of about 57% of the listed items (about 40% of all items) sells.
WITH chosen AS (
  SELECT DISTINCT ON (pl.lot_id) pl.id, pl.lot_id, pl.platform, pl.list_price, pl.listed_date,
         i.total_cost, i.quantity, abs(hashtext(i.sku || pl.platform::text)) AS h
    FROM platform_listings pl JOIN inventory i USING (lot_id)
   WHERE i.sku LIKE 'B-%' AND (abs(hashtext(i.sku)) / 10) % 100 < 57
   ORDER BY pl.lot_id, pl.listed_date),
s AS (
  INSERT INTO sales (listing_id, lot_id, platform, quantity, sold_price, shipping_paid,
                     actual_shipping, platform_fees, cost_of_goods, sold_date, buyer_username)
  SELECT id, lot_id, platform, quantity, round(list_price * (0.7 + (h % 40) / 100.0), 2), 8.95,
         round(7.25 + (h % 500) / 100.0, 2), round(list_price * 0.13 + 0.30, 2), total_cost,
         least(now(), listed_date + make_interval(days => 1 + h % 180)), 'buyer' || (h % 5000)
    FROM chosen WHERE listed_date < now()
  RETURNING listing_id, lot_id, sold_date, sold_price),
l AS (
  UPDATE platform_listings pl SET status = 'sold', quantity_sold = 1, sold_price = s.sold_price,
         sold_date = s.sold_date
    FROM s WHERE pl.id = s.listing_id)
UPDATE inventory SET quantity_sold = quantity WHERE lot_id IN (SELECT lot_id FROM s);

-- The other listings of a sold item end (as the delist reminder would have them).
UPDATE platform_listings pl SET status = 'cancelled', ended_date = i.last_sold_at
  FROM inventory i
 WHERE i.lot_id = pl.lot_id AND pl.status = 'active' AND i.quantity_sold >= i.quantity;

VACUUM ANALYZE inventory;
VACUUM ANALYZE platform_listings;
VACUUM ANALYZE sales;
SELECT (SELECT count(*) FROM inventory) AS items, (SELECT count(*) FROM platform_listings) AS listings,
       (SELECT count(*) FROM sales) AS sales;
