import random
from decimal import Decimal, ROUND_HALF_UP
C = Decimal('0.01')
def q(x): return Decimal(x).quantize(C, ROUND_HALF_UP)
TITLES = [
 "Victorian walnut marble-top washstand, 30 x 18 x 34 in.",
 "Sterling silver flatware, Gorham Chantilly, 48 pcs",
 "Pair of Staffordshire spaniels, 9 in. tall",
 "Box lot: assorted hand tools incl. Stanley planes",
 "Roseville Pinecone vase #712-10, minor chip",
 "Oil on canvas, river landscape, signed lower right, 24 x 36",
 "Mid-century teak sideboard by Dyrlund",
 "Set of 8 Windsor chairs",
 "Lionel O gauge train set with transformer",
 "14K yellow gold ring, 3.2 dwt, size 7",
 "Fenton hobnail milk glass, 12 pieces",
 "Cast iron skillet lot, Griswold #8 and #10",
 "Hummel figurines (6), TMK-3",
 "Longaberger baskets, lot of 4",
 "Pyrex Butterprint mixing bowls",
 "Oak library table with drawer",
 "Seth Thomas mantel clock, not running",
 "Box of vinyl records, approx. 60 LPs",
 "Persian style wool rug, 8'2\" x 10'4\"",
 "Cut glass punch bowl with 12 cups",
 "Singer Featherweight 221 sewing machine in case",
 "Civil War era cavalry spurs",
 "Pocket knives (14), Case and Schrade",
 "Coca-Cola tin sign, 1950s",
 "Depression glass, pink Cherry Blossom, 22 pcs",
 "Tiffany style leaded glass table lamp",
 "Nikon F2 camera body with 50mm f/1.4 lens",
 "Marklin HO locomotive 3047",
 "Quilt, hand-stitched double wedding ring pattern",
 "Cherry four-poster bed, full size",
 "Royal Doulton Toby jugs (3)",
 "Matchbox cars in carry case, approx. 70",
 "Bronze sculpture of a horse on marble base, 11 in.",
 "Antique brass fireplace tools and andirons",
 "Fishing lures: Heddon, Creek Chub, 25 pcs",
 "Blue Willow china service for 12",
 "Pine blanket chest, original paint",
 "Railroad lantern, Adlake, red globe",
 "Comic books, Marvel 1970s, 40 issues",
 "Mahogany tilt-top tea table",
 "Wedgwood jasperware, 7 pieces",
 "Silver plate tea service on tray",
 "Vintage Schwinn bicycle",
 "Lot of 3 oil lamps",
 "Crock, 5 gallon, Red Wing salt glaze",
 "Jewelry box with costume jewelry",
 "Wrought iron garden bench",
 "Art pottery lot: Weller, McCoy, Hull",
 "Baseball cards, 1987 Topps complete set",
 "Chinese export porcelain plate, 10 1/4 in.",
 "Stained glass window panel, 22 x 30",
 "Duck decoys (5), carved and painted",
 "Bookcase, barrister style, 3 stacks",
 "Cookie jars (4) including Shawnee",
 "Typewriter, Royal Quiet De Luxe",
 "Gold-filled pocket watch, Elgin, 16s",
 "Cobalt blue bottles, 18 pcs",
 "Kitchen cabinet, Hoosier type",
 "Tool chest, machinist's, Gerstner",
 "Brass ship's lantern",
]
def lots(seed, n, start=101, letters=False, qty_rate=0.0, big=False):
    r = random.Random(seed)
    out = []
    num = start
    titles = TITLES[:]
    r.shuffle(titles)
    for i in range(n):
        lot = str(num)
        if letters and r.random() < 0.12:
            lot = str(num) + r.choice("AB")
        num += r.choice([1,1,1,2,3])
        title = titles[i % len(titles)]
        qty = 1
        if r.random() < qty_rate:
            qty = r.choice([2,3,4,6])
        unit = Decimal(r.choice([5,7.5,10,12,15,20,25,30,35,45,55,65,80,95,110,125,150,175,210,260,325,400,550,725,1050,1250,2400]) if not big else r.randint(5,3000)).quantize(C)
        if r.random() < 0.2:
            unit = q(unit + Decimal(r.choice([0.5, 0.25, 2.5])))
        out.append(dict(lot=lot, title=title, qty=qty, unit=unit, hammer=q(unit*qty)))
    return out
def allocate_last(total, weights):
    W = sum(weights)
    shares = []
    given = Decimal('0.00')
    for w in weights[:-1]:
        s = q(total * w / W) if W else q(total/len(weights))
        shares.append(s); given += s
    shares.append(total - given)
    return shares
def money(x, sign=False):
    s = f"{x:,.2f}"
    return ("$" + s) if sign else s
