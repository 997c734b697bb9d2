"""Corpus invoices M-P: tables that are not one plain ruled grid (see README.md).

Imported by generate.py; every expected figure is computed here from the data, never read back
from the parser.
"""
from generate import CSS, D, Invoice, allocate_remainder_last, emit, esc, money, r2


def premium_per_line_tax_total(inv):
    """Premium printed per lot; tax only as an invoice total on bids + premium, split by hammer."""
    for i in inv.items:
        i["premium"] = r2(D(i["bid"]) * D(inv.prate) / 100)
    inv.premium = sum((i["premium"] for i in inv.items), D("0.00"))
    inv.tax = r2((inv.subtotal + inv.premium) * D(inv.trate) / 100)
    for i, t in zip(inv.items, allocate_remainder_last(inv.tax, inv.bids)):
        i["tax"] = t
    inv.total = inv.subtotal + inv.premium + inv.tax + inv.fee_total + inv.shipping_total + inv.credits
    inv.printed_total = inv.total


def per_lot_shipping(inv):
    """Shipping printed per lot ("ship" in the data) is that lot's own."""
    for i in inv.items:
        i["shipping"] = r2(i.get("ship", "0"))
    inv.shipping_total = sum((i["shipping"] for i in inv.items), D("0.00"))
    inv.total = inv.subtotal + inv.premium + inv.tax + inv.fee_total + inv.shipping_total + inv.credits
    inv.printed_total = inv.total


# ---------------------------------------------------------------- M: Chromium, one block per lot
M = Invoice("granite-blocks-chromium", "chromium", house="Granite Falls Auction Company",
            invoice="40021", auction="2025-118", date="2025-03-03", bidder="3307",
            prate="15", trate="6", items=[
    dict(lot="137-3", desc="Pair of Federal mahogany card tables, New England, circa 1810, one leaf with old repair", bid="1250.00"),
    dict(lot="137-12", desc="Tall case clock, cherry, painted dial, works by Seth Thomas", bid="2975.50"),
    dict(lot="138-1", desc="Redware pie plate with slip decoration", bid="85.00"),
    dict(lot="138-7", desc="Hooked rug, floral medallion, 36 x 60 in.", bid="410.00"),
    dict(lot="139-22", desc="Hepplewhite inlaid sideboard, serpentine front, brasses replaced, provenance from the Hale estate", bid="12300.00"),
])
M.deposit = D("500.00")


def render_m(inv):
    blocks = "".join(
        f"<div class=lot><span>Lot {i['lot']}</span><span class=amt>Hammer {money(i['bid'])}</span></div>"
        f"<div class=desc>{esc(i['desc'])}</div>" for i in inv.items)
    body = f"""<!doctype html><html><head><meta charset=utf-8><style>{CSS}
.lot{{display:flex;justify-content:space-between;font-weight:bold;margin-top:10px;border-top:1px solid #bbb;padding-top:4px}}
.desc{{width:380px;margin-left:24px}} .hdr td{{padding:1px 14px 1px 0}}</style></head><body>
<h1>{inv.house}</h1><div>48 Ledge Road, Barre, VT 05641</div><h2 style='font-size:13pt'>Buyer Invoice</h2>
<table class=hdr><tr><td>Invoice No.: {inv.invoice}</td><td>Invoice Date: 03/03/2025</td></tr>
<tr><td>Auction No.: {inv.auction}</td><td>Sale Date: 02/27/2025</td></tr>
<tr><td>Bidder: {inv.bidder}</td><td></td></tr></table>
{blocks}
<table style='margin-left:auto;margin-top:16px'>
<tr><td>Hammer Total</td><td class=num>{money(inv.subtotal)}</td></tr>
<tr><td>Buyer's Premium (15%)</td><td class=num>{money(inv.premium)}</td></tr>
<tr><td>Sales Tax (6%)</td><td class=num>{money(inv.tax)}</td></tr>
<tr><td><b>Invoice Total</b></td><td class=num><b>{money(inv.total)}</b></td></tr>
<tr><td>Deposit Applied</td><td class=num>{money(-inv.deposit)}</td></tr>
<tr><td>Balance Due</td><td class=num>{money(inv.total - inv.deposit)}</td></tr></table></body></html>"""
    emit(inv, ".html", body)


# ---------------------------------------------------------------- N: groff tbl allbox, every cell boxed
N = Invoice("foxglove-allbox-groff", "groff", house="Foxglove Auction Rooms",
            invoice="FG-7702", auction="112", date="2025-05-17", bidder="64",
            prate="20", trate="7", per_line=True, items=[
    dict(lot="0012", desc="Georgian silver teapot, London 1792, 18.4 ozt", bid="1850.00"),
    dict(lot="0013", desc="Pair of Chinese export porcelain plates", qty=2, bid="240.00"),
    dict(lot="0027", desc="Victorian walnut sewing box with fitted interior and key", bid="95.00"),
    dict(lot="0031", desc="Edwardian brass carriage clock", bid="310.00"),
    dict(lot="0104", desc="Three Staffordshire figures", qty=3, bid="66.00"),
])


def render_n(inv):
    rows = "\n".join(
        f"{i['lot']}\tT{{\n{i['desc']}\nT}}\t{i.get('qty', 1)}\t{money(i['bid'], False)}\t"
        f"{money(i['premium'], False)}\t{money(i['tax'], False)}\t"
        f"{money(D(i['bid']) + i['premium'] + i['tax'], False)}" for i in inv.items)
    src = f""".nh
.nr HY 0
.nr PS 9
.nr VS 11
.LP
.ps 15
\\fB{inv.house}\\fP
.ps 9
.br
2 Mill Lane, Ludlow, Shropshire
.sp
.TS
allbox tab(\t);
lB lB lB lB
l l l l.
Invoice\tAuction\tDate\tPaddle
{inv.invoice}\t{inv.auction}\t17 May 2025\t{inv.bidder}
.TE
.sp
.TS
allbox tab(\t);
cB cB cB cB cB cB cB
l lw(1.9i) n n n n n.
Lot\tDescription\tQty\tHammer\tPremium 20%\tTax 7%\tTotal
{rows}
.TE
.sp
.TS
allbox tab(\t);
l n.
Subtotal\t{money(inv.subtotal, False)}
Premium\t{money(inv.premium, False)}
Tax\t{money(inv.tax, False)}
\\fBTotal due\\fP\t\\fB{money(inv.total, False)}\\fP
.TE
"""
    emit(inv, ".ms", src)


# ---------------------------------------------------------------- O: Writer, one "Bid + Premium" column
O = Invoice("riverbend-bidpremium-writer", "writer", house="Riverbend Auction Barn",
            invoice="RB-1189", auction="RB-77", date="2025-06-07", bidder="415",
            prate="20", trate="6", premium_printed=False, subtotal_printed=False, items=[
    dict(lot="21", desc="Oak icebox, three doors, original hardware", bid="185.00"),
    dict(lot="22", desc="Enamel top kitchen table", bid="47.50"),
    dict(lot="25", desc="Lot of 4 ladderback chairs", qty=4, bid="120.00"),
    dict(lot="31", desc="Child's rocker, painted", bid="33.25"),
    dict(lot="40", desc="Crock, 5 gal., Western Stoneware", bid="62.00"),
])
premium_per_line_tax_total(O)


def render_o(inv):
    rows = "".join(
        f"<tr><td>{i['lot']}</td><td>{esc(i['desc'])}</td><td align=right>{money(D(i['bid']) + i['premium'])}</td></tr>"
        for i in inv.items)
    body = f"""<!doctype html><html><head><meta charset=utf-8><title>Invoice</title></head><body style='font-family:Liberation Serif'>
<p><font size=5><b>{inv.house}</b></font><br>4410 County Road 9, Kalona IA</p>
<p>Invoice # {inv.invoice}<br>Auction # {inv.auction}<br>Invoice Date: June 7, 2025<br>Buyer # {inv.bidder}</p>
<table width=100% cellpadding=3 border=0><tr><td><b>Lot</b></td><td><b>Description</b></td>
<td align=right><b>Bid + Premium (20%)</b></td></tr>
{rows}</table>
<p></p><table width=50% align=right cellpadding=2>
<tr><td>Sales Tax 6%</td><td align=right>{money(inv.tax)}</td></tr>
<tr><td><b>Total Due</b></td><td align=right><b>{money(inv.total)}</b></td></tr></table></body></html>"""
    emit(inv, ".html", body)


# ---------------------------------------------------------------- P: Calc statement, Qty x Unit = Extended
P = Invoice("cedarhollow-statement-calc", "calc", house="Cedar Hollow Auctions LLC",
            invoice="ST-30419", auction="CH-2502", date="2025-02-28", bidder="1180",
            prate="12", trate="7", items=[
    dict(lot="R2-105-3", desc="Depression glass sherbets, green", qty=6, unit="4.50", bid="27.00"),
    dict(lot="R2-105-4", desc="Mission oak library table", qty=1, unit="1150.00", bid="1150.00"),
    dict(lot="R2-110-12", desc="Cast iron bookends, pair", qty=2, unit="17.25", bid="34.50"),
    dict(lot="R3-001-2", desc="Quilt tops, unfinished", qty=3, unit="22.00", bid="66.00"),
], adjustments=[("ADJ Credit - damaged frame", "-12.00")])
P.deposit = D("250.00")


def render_p(inv):
    def txt(v):
        return f'<table:table-cell office:value-type="string"><text:p>{esc(v)}</text:p></table:table-cell>'

    def num(v, shown=None):
        shown = shown if shown is not None else "{:,.2f}".format(D(v))
        return (f'<table:table-cell office:value-type="float" office:value="{v}" table:style-name="r">'
                f'<text:p>{shown}</text:p></table:table-cell>')

    def row(*cells):
        return "<table:table-row>" + "".join(cells) + "</table:table-row>"
    rows = [row(txt(inv.house)), row(txt("STATEMENT OF ACCOUNT")), row(txt("Invoice No."), txt(inv.invoice)),
            row(txt("Auction"), txt(inv.auction)), row(txt("Date"), txt("02/28/2025")), row(txt("Bidder"), txt(inv.bidder)),
            row(), row(*map(txt, ["Date", "Ref", "Description", "Qty", "Unit Price", "Extended"]))]
    rows.append(row(txt("02/20/2025"), txt("DEP"), txt("Deposit received"), txt(""), txt(""), num(-inv.deposit, "-250.00")))
    for i in inv.items:
        rows.append(row(txt("02/22/2025"), txt(i["lot"]), txt(i["desc"]), num(i["qty"], str(i["qty"])),
                        num(i["unit"]), num(i["bid"])))
    rows.append(row(txt("02/25/2025"), txt("ADJ"), txt("Credit - damaged frame"), txt(""), txt(""), num("-12.00", "-12.00")))
    due = inv.total - inv.deposit
    for label, amt in [("Subtotal", inv.subtotal), ("Buyer's Premium 12%", inv.premium), ("Sales Tax 7%", inv.tax),
                       ("Total", inv.total), ("Less deposit", -inv.deposit), ("Balance Due", due)]:
        rows.append(row(txt(""), txt(""), txt(label), txt(""), txt(""), num(amt, "{:,.2f}".format(amt))))
    widths = ["0.95in", "0.85in", "2.2in", "0.75in", "0.75in", "0.75in"]
    columns = "".join(f'<style:style style:name="c{n}" style:family="table-column">'
                      f'<style:table-column-properties style:column-width="{w}"/></style:style>'
                      for n, w in enumerate(widths))
    uses = "".join(f'<table:table-column table:style-name="c{n}"/>' for n in range(len(widths)))
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>{columns}
<style:style style:name="r" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Statement">{uses}
{''.join(rows)}
</table:table></office:spreadsheet></office:body></office:document>"""
    emit(inv, ".fods", doc)


TABLES = [(M, render_m, {}), (N, render_n, {}),
          (O, render_o, {"premiumTotal": None, "subtotal": None}),
          (P, render_p, {})]
