"""Corpus invoices Q-T: landscape, two page columns, bottom-aligned rows, per-lot charges.

Imported by generate.py; every expected figure is computed here from the data, never read back
from the parser.
"""
import json

from corpus_tables import per_lot_shipping, premium_per_line_tax_total
from generate import CSS, D, Invoice, emit, esc, money, r2, t, wrap

# ---------------------------------------------------------------- Q: Chromium landscape, nine columns
Q = Invoice("stonegate-landscape-chromium", "chromium", house="Stonegate Auction Galleries",
            invoice="SG-88410", auction="SG-0412", date="2025-04-12", bidder="2231",
            prate="18", trate="8.25", per_line=True, items=[
    dict(lot="R2-105-3", cons="C-114", desc="Eastlake walnut parlor chair", bid="145.00", ship="35.00"),
    dict(lot="R2-105-4", cons="Hale Est.", desc="Pair of brass andirons", qty=2, bid="90.00", ship="22.50"),
    dict(lot="R2-106-1", cons="C-114", desc="Slant-front desk, maple, 4 drawers", bid="1275.00", ship="185.00"),
    dict(lot="R2-110-12", cons="Owens", desc="Box of cast iron toys", bid="62.00", ship="0.00"),
    dict(lot="R3-001-2", cons="C-208", desc="Stained glass window panel, 22 x 40 in.", bid="430.00", ship="95.00"),
])
per_lot_shipping(Q)


def render_q(inv):
    rows = "".join(
        f"<tr><td>{i['lot']}</td><td>{esc(i['cons'])}</td><td class=d>{esc(i['desc'])}</td><td class=num>{i.get('qty', 1)}</td>"
        f"<td class=num>{money(i['bid'])}</td><td class=num>{money(i['premium'])}</td><td class=num>{money(i['tax'])}</td>"
        f"<td class=num>{money(i['shipping'])}</td>"
        f"<td class=num>{money(D(i['bid']) + i['premium'] + i['tax'] + i['shipping'])}</td></tr>" for i in inv.items)
    body = f"""<!doctype html><html><head><meta charset=utf-8><style>{CSS}
@page{{size:letter landscape;margin:12mm}} .items th{{text-align:left;border-bottom:2px solid #000}} .d{{width:250px}}
.items td{{border-bottom:1px solid #ccc}}</style></head><body>
<table style='width:100%'><tr><td><h1>{inv.house}</h1>900 Quarry Street, Dover, DE 19901</td>
<td class=num>Invoice # {inv.invoice}<br>Auction: {inv.auction}<br>Date: 4/12/2025<br>Bidder # {inv.bidder}</td></tr></table>
<table class=items style='width:100%;margin-top:10px'><tr><th>Lot</th><th>Consignor</th><th>Description</th><th class=num>Qty</th>
<th class=num>Price</th><th class=num>BP</th><th class=num>Tax</th><th class=num>Ship</th><th class=num>Total</th></tr>{rows}</table>
<table style='margin-left:auto;margin-top:10px'>
<tr><td>Subtotal</td><td class=num>{money(inv.subtotal)}</td></tr>
<tr><td>Buyer's Premium 18%</td><td class=num>{money(inv.premium)}</td></tr>
<tr><td>Sales Tax 8.25%</td><td class=num>{money(inv.tax)}</td></tr>
<tr><td>Shipping</td><td class=num>{money(inv.shipping_total)}</td></tr>
<tr><td><b>Total</b></td><td class=num><b>{money(inv.total)}</b></td></tr></table></body></html>"""
    emit(inv, ".html", body)


# ---------------------------------------------------------------- R: groff, two columns of lots (newspaper)
R_TITLES = ["Oak pressed-back chair", "Milk glass hen on nest", "Brass school bell", "Granite ware roaster",
            "Jadeite mixing bowl", "Singer sewing cabinet", "Tin toy truck", "Wooden butter mold",
            "Crock bowl, 2 qt.", "Copper wash boiler", "Oil lamp, clear glass", "Pyrex Gooseberry set",
            "Hand-cranked coffee mill", "Buggy seat", "Wicker fern stand", "Spinning wheel, parts",
            "Fishing creel", "Pie safe tins", "Ice tongs", "Kerosene heater", "Carnival glass vase",
            "Barn lantern", "Butter churn", "Quilt frame"]


def make_r():
    items = []
    for n, title in enumerate(R_TITLES):
        lot = f"{106 + n // 2}{'A' if n % 2 else ''}"
        items.append(dict(lot=lot, desc=title, bid=str(r2(D(4 + (n * 29) % 140) + D(n % 4) / 4))))
    return Invoice("millbrook-twocolumn-groff", "groff", house="Millbrook Country Auctions",
                   invoice="MB-5120", auction="MB-31", date="2025-08-23", bidder="77",
                   prate="10", trate="5", items=items)


R = make_r()


def render_r(inv):
    half = (len(inv.items) + 1) // 2
    left, right = inv.items[:half], inv.items[half:]

    def cells(i):
        return f"{i['lot']}\t{i['desc']}\t{money(i['bid'], False)}" if i else "\t\t"
    rows = "\n".join(cells(a) + "\t\t" + cells(b) for a, b in zip(left, right + [None]))
    src = f""".nh
.nr HY 0
.nr PS 10
.nr VS 13
.LP
.ps 15
\\fB{inv.house}\\fP
.ps 10
.br
Route 4, Millbrook NY
.sp
Invoice No. {inv.invoice}
.br
Sale No. {inv.auction}
.br
Date: 08/23/2025
.br
Bidder No. {inv.bidder}
.sp
.TS
tab(\t);
l l n l l l n.
{rows}
.TE
.sp
.TS
tab(\t);
l n.
Subtotal\t{money(inv.subtotal)}
Buyer's premium 10%\t{money(inv.premium)}
Sales tax 5%\t{money(inv.tax)}
\\fBTotal due\\fP\t\\fB{money(inv.total)}\\fP
.TE
"""
    emit(inv, ".ms", src)


# ---------------------------------------------------------------- S: PDFBox, rows aligned to the bottom
S = Invoice("quarryhill-bottom-aligned-pdfbox", "pdfbox", house="Quarry Hill Auctioneers",
            invoice="Q-2025-0412", auction="7781", date="2025-04-26", bidder="19",
            prate="18", trate="6.5", items=[
    dict(lot="0106A", desc="Art pottery vase, green matte glaze, unsigned, 9 in.", bid="140.00"),
    dict(lot="0107", desc="Walnut blanket chest with till, dovetailed case, old refinish, replaced hinges", bid="325.00"),
    dict(lot="0108", desc="Sampler, dated 1834", bid="610.00"),
    dict(lot="0109", desc="Pair of pewter chargers, touch marks rubbed, light pitting", qty=2, units=1, bid="88.00"),
    dict(lot="0111", desc="Windsor side chair", bid="1475.00"),
    dict(lot="0112", desc="Iron weathervane, running horse, old surface with traces of gilt, bullet hole in body", bid="2150.00"),
])
S.payment = D("1000.00")


def render_s(inv):
    p = [t(50, 50, inv.house, 15, True), t(50, 66, "12 Quarry Hill Road, Rockport, MA"),
         t(380, 50, f"Invoice No. {inv.invoice}"), t(380, 62, f"Auction No. {inv.auction}"),
         t(380, 74, "Invoice Date: 04/26/2025"), t(380, 86, f"Bidder No. {inv.bidder}"),
         t(50, 120, "Lot", bold=True), t(100, 120, "Description", bold=True), t(540, 120, "Hammer", bold=True, align="right")]
    y = 124
    for i in inv.items:
        parts = wrap(i["desc"], 48)
        y += 16 + 11 * (len(parts) - 1)  # the lot row is the description's last line
        for k, part in enumerate(parts):
            p.append(t(100, y - 11 * (len(parts) - 1 - k), part))
        p += [t(50, y, i["lot"]), t(540, y, money(i["bid"]), align="right")]
    y += 26
    for label, amt in [("Hammer total", inv.subtotal), ("Buyer's Premium 18%", inv.premium),
                       ("Sales Tax 6.5%", inv.tax), ("Invoice Total", inv.total),
                       ("Payment received - check 1043", -inv.payment), ("Balance due", inv.total - inv.payment)]:
        p += [t(330, y, label), t(540, y, money(amt), align="right")]
        y += 14
    emit(inv, ".layout.json", json.dumps({"pages": [p]}, indent=0))


# ---------------------------------------------------------------- T: Writer, charge rows under each lot
T = Invoice("ashford-charge-rows-writer", "writer", house="Ashford & Lyle Fine Art",
            invoice="AL-24-0918", auction="2409", date="2024-09-18", bidder="5521",
            prate="25", trate="0", items=[
    dict(lot="44", desc="Carved jade figure of a crane on rockwork base", bid="1250.00", ship="85.00"),
    dict(lot="45", desc="Pair of cloisonne vases", qty=2, units=1, bid="600.00", ship="0"),
    dict(lot="51", desc="Framed watercolor, coastal village, signed", bid="2400.00", ship="140.00"),
])
premium_per_line_tax_total(T)
per_lot_shipping(T)
T.paid = T.total


def render_t(inv):
    rows = []
    for i in inv.items:
        rows.append(f"<tr><td>{i['lot']}</td><td>{esc(i['desc'])}</td><td align=right>{money(i['bid'])}</td></tr>")
        rows.append(f"<tr><td></td><td>Buyer's Premium 25%</td><td align=right>{money(i['premium'])}</td></tr>")
        if i["shipping"]:
            rows.append(f"<tr><td></td><td>Packing &amp; crating</td><td align=right>{money(i['shipping'])}</td></tr>")
    body = f"""<!doctype html><html><head><meta charset=utf-8><title>Invoice</title></head><body style='font-family:Liberation Sans;font-size:10pt'>
<p><font size=5><b>{inv.house}</b></font><br>16 Grafton Street, Boston MA</p>
<p>Invoice No: {inv.invoice}<br>Auction: Sale {inv.auction}<br>Date: 09/18/2024<br>Client No: {inv.bidder}</p>
<table width=100% cellpadding=3 border=0><tr><td><b>Lot</b></td><td><b>Description</b></td><td align=right><b>Amount</b></td></tr>
{''.join(rows)}</table>
<p></p><table width=55% align=right cellpadding=2>
<tr><td>Hammer total</td><td align=right>{money(inv.subtotal)}</td></tr>
<tr><td>Buyer's premium</td><td align=right>{money(inv.premium)}</td></tr>
<tr><td>Packing &amp; crating</td><td align=right>{money(inv.shipping_total)}</td></tr>
<tr><td>Sales tax (resale certificate on file)</td><td align=right>{money(D('0'))}</td></tr>
<tr><td><b>Total</b></td><td align=right><b>{money(inv.total)}</b></td></tr>
<tr><td>Payment received - wire</td><td align=right>{money(-inv.paid)}</td></tr>
<tr><td>Balance due</td><td align=right>$0.00</td></tr></table></body></html>"""
    emit(inv, ".html", body)


PAGES = [(Q, render_q, {"shippingTotal": str(Q.shipping_total), "fees": {"Shipping": str(Q.shipping_total)}}),
         (R, render_r, {}), (S, render_s, {}),
         (T, render_t, {"shippingTotal": str(T.shipping_total), "taxRate": None, "taxTotal": "0.00",
                        "fees": {"Packing & crating": str(T.shipping_total)}})]
