#!/usr/bin/env python3
"""Writes the sources, expected results and PDFs of the invoice test corpus.

Every invoice is defined once below as data. From it this script writes the source in the
format of the tool that renders it (HTML for Chromium and LibreOffice Writer, a flat ODS
sheet for LibreOffice Calc, groff for groff+ps2pdf, a layout JSON for the PDFBox writer),
the expected parse result (<name>.expected.json, computed here from the data, never from
the parser), and then runs the tool. See README.md.
"""
import html, json, os, re, subprocess, sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CENT = D("0.01")


def r2(x):
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def money(x, sign=True):
    x = r2(x)
    s = "{:,.2f}".format(abs(x))
    s = ("$" if sign else "") + s
    return "(" + s + ")" if x < 0 else s


def allocate_remainder_last(amount, weights):
    """By weight, half-up to the cent, the cents left to the last share: the rule of every charge
    printed only as a total (CostAllocator.allocateRemainderLast)."""
    total = sum((D(w) for w in weights), D("0"))
    shares = []
    for w in weights[:-1]:
        shares.append(r2(D(amount) * D(w) / total) if total else r2(D(amount) / len(weights)))
    shares.append(r2(D(amount)) - sum(shares, D("0.00")))
    return shares


# Charges that are item cost and go to the items' shipping, not to the invoice's fees.
SHIPPING = re.compile(r"(?i)shipping|packing|crating|handling|delivery|freight|postage")


class Invoice:
    def __init__(self, name, tool, **kw):
        self.name, self.tool = name, tool
        self.house = kw["house"]
        self.invoice = kw.get("invoice")
        self.auction = kw.get("auction")
        self.date = kw.get("date")
        self.bidder = kw.get("bidder")
        self.prate = kw.get("prate")
        self.trate = kw.get("trate")
        self.items = kw["items"]  # dicts: lot, desc, qty, bid, [premium, tax]
        self.skipped = kw.get("skipped", [])  # (lot, desc, reason)
        self.adjustments = kw.get("adjustments", [])  # (desc, amount)
        self.fees = kw.get("fees", [])  # (label, amount)
        self.per_line = kw.get("per_line", False)  # premium/tax printed per line
        self.premium_printed = kw.get("premium_printed", True)
        self.tax_printed = kw.get("tax_printed", True)
        self.subtotal_delta = D(kw.get("subtotal_delta", "0"))
        self.total_delta = D(kw.get("total_delta", "0"))
        self.pages = kw.get("pages", 1)
        self.subtotal_printed = kw.get("subtotal_printed", True)
        self.compute()

    def compute(self):
        bids = [D(i["bid"]) for i in self.items]
        self.bids = bids
        self.subtotal = sum(bids, D("0.00"))
        if self.per_line:
            for i in self.items:
                i["premium"] = r2(D(i["bid"]) * D(self.prate or 0) / 100)
                i["tax"] = r2((D(i["bid"]) + i["premium"]) * D(self.trate or 0) / 100)
            self.premium = sum((i["premium"] for i in self.items), D("0.00"))
            self.tax = sum((i["tax"] for i in self.items), D("0.00"))
        else:
            self.premium = r2(self.subtotal * D(self.prate or 0) / 100)
            self.tax = r2((self.subtotal + self.premium) * D(self.trate or 0) / 100)
            for i, p in zip(self.items, allocate_remainder_last(self.premium, bids)):
                i["premium"] = p
            for i, t in zip(self.items, allocate_remainder_last(self.tax, bids)):
                i["tax"] = t
        self.other_fees = [(k, a) for k, a in self.fees if not SHIPPING.search(k)]
        self.shipping_fees = [(k, a) for k, a in self.fees if SHIPPING.search(k)]
        fee_total = sum((D(a) for _, a in self.other_fees), D("0.00"))
        self.fee_total = fee_total
        for i, f in zip(self.items, allocate_remainder_last(fee_total, bids)):
            i["fees"] = f
        self.shipping_total = sum((D(a) for _, a in self.shipping_fees), D("0.00"))
        for i, s in zip(self.items, allocate_remainder_last(self.shipping_total, bids)):
            i["shipping"] = s
        self.credits = sum((D(a) for _, a in self.adjustments), D("0.00"))
        self.total = (self.subtotal + self.premium + self.tax + fee_total + self.shipping_total
                      + self.credits)
        self.printed_subtotal = self.subtotal + self.subtotal_delta
        self.printed_total = self.total + self.total_delta

    def expected(self, header_overrides=None, totals=None):
        h = {
            "auctionHouse": self.house, "invoiceNumber": self.invoice, "auctionId": self.auction,
            "invoiceDate": self.date, "bidderNumber": self.bidder,
            "premiumRate": str(r2(self.prate)) if self.prate is not None else None,
            "taxRate": str(r2(self.trate)) if self.trate is not None else None,
            "subtotal": str(self.printed_subtotal) if self.subtotal_printed else None,
            "premiumTotal": str(self.premium) if self.premium_printed and self.prate else None,
            "taxTotal": str(self.tax) if self.tax_printed and self.trate else None,
            "feesTotal": str(self.fee_total) if self.other_fees else None,
            "shippingTotal": str(self.shipping_total) if self.shipping_fees else None,
            "creditsTotal": str(self.credits) if self.adjustments else None,
            "total": str(self.printed_total),
            "fees": {k: str(r2(v)) for k, v in self.fees},
        }
        h.update(header_overrides or {})
        items = [{
            "lot": i["lot"], "description": i["desc"], "quantity": expected_quantity(i),
            "bid": str(r2(i["bid"])), "premium": str(r2(i["premium"])), "tax": str(r2(i["tax"])),
            "shipping": str(r2(i["shipping"])), "fees": str(r2(i["fees"])),
        } for i in self.items]
        computed = self.total
        t = {"matches": self.subtotal_delta == 0 and self.total_delta == 0,
             "expected": str(self.printed_total), "computed": str(computed),
             "difference": str(computed - self.printed_total)}
        t.update(totals or {})
        return {"pageCount": self.pages, "header": h, "items": items,
                "adjustments": [{"description": d, "amount": str(r2(a))} for d, a in self.adjustments],
                "skipped": [{"lot": l, "reason": r} for l, _, r in self.skipped],
                "rejected": 0, "totals": t}


def expected_quantity(item):
    """The quantity policy: a piece count inside a description ("(4 pcs)", a leading "Set of 6")
    describes one lot; only a Qty column, "N @ x" or a leading "Lot of N" / "(N)" state units."""
    return item.get("units", item.get("qty", 1))


def esc(s):
    return html.escape(s)


def write(name, text):
    with open(os.path.join(HERE, name), "w") as f:
        f.write(text)


def run(cmd):
    print("+", cmd[0], *cmd[-2:])
    subprocess.run(cmd, check=True, cwd=HERE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def chromium(src, out, browser_header_footer=False):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update"]
        + ([] if browser_header_footer else ["--no-pdf-header-footer"])
        + ["--print-to-pdf=" + out, src])


def libreoffice(src, out, filt=None):
    cmd = ["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, src]
    if filt:  # force Writer for HTML, which LibreOffice would otherwise open as a web page
        cmd = ["soffice", "--headless", "--infilter=" + filt, "--convert-to", "pdf:writer_pdf_Export",
               "--outdir", HERE, src]
    run(cmd)
    produced = os.path.splitext(src)[0] + ".pdf"
    if produced != out:
        os.replace(os.path.join(HERE, produced), os.path.join(HERE, out))


def groff(src, out):
    ps = os.path.splitext(src)[0] + ".ps"
    with open(os.path.join(HERE, ps), "w") as f:
        subprocess.run(["groff", "-t", "-ms", "-Tps", src], check=True, cwd=HERE, stdout=f)
    run(["ps2pdf", ps, out])
    os.remove(os.path.join(HERE, ps))


CSS = """body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;margin:0}
table{border-collapse:collapse} td,th{vertical-align:top;padding:3px 8px}
.num{text-align:right} h1{font-size:16pt;margin:0 0 4px 0}"""

# ---------------------------------------------------------------- A: Chromium, per-line charges
A = Invoice("harborview-perline-chromium", "chromium", house="Harborview Auction Gallery",
            invoice="HV-10234", auction="S-0311", date="2025-03-14", bidder="117",
            prate="18", trate="7.25", per_line=True, items=[
    dict(lot="0012", desc="Roseville Pinecone vase 7 in.", bid="85.00"),
    dict(lot="0013", desc="Victorian oak washstand with marble top and original brass pulls, some veneer loss to the left side", bid="240.00"),
    dict(lot="12A", desc="Box lot assorted Pyrex mixing bowls", bid="22.50"),
    dict(lot="0101", desc="Pair of Staffordshire spaniels", qty=2, bid="64.00"),
    dict(lot="0117", desc="Sterling silver cream and sugar set, 9.2 ozt, monogrammed, light wear consistent with age", bid="180.00"),
    dict(lot="0120", desc="Lionel O gauge train set in box", bid="135.00"),
])


def render_a(inv):
    rows = "".join(
        f"<tr><td>{i['lot']}</td><td style='width:230px'>{esc(i['desc'])}</td><td class=num>{i.get('qty',1)}</td>"
        f"<td class=num>{money(i['bid'])}</td><td class=num>{money(i['premium'])}</td>"
        f"<td class=num>{money(i['tax'])}</td><td class=num>{money(D(i['bid'])+i['premium']+i['tax'])}</td></tr>"
        for i in inv.items)
    body = f"""<!doctype html><html><head><meta charset=utf-8><style>{CSS}
.box td{{border:1px solid #999;padding:2px 12px}} .items th{{border-bottom:1px solid #000;text-align:left}}</style></head><body>
<h1>{inv.house}</h1><div>1420 Quarry Road, Port Wren, ME 04011 &middot; (207) 555-0142</div>
<h2 style='font-size:13pt'>INVOICE</h2>
<table class=box><tr><td>Invoice No.</td><td>Sale</td><td>Date</td><td>Paddle</td></tr>
<tr><td>{inv.invoice}</td><td>{inv.auction}</td><td>03/14/2025</td><td>{inv.bidder}</td></tr></table>
<p>Sold to: Jane Reseller, 88 Elm St, Bangor ME</p>
<table class=items style='width:100%'><tr><th>Lot</th><th>Description</th><th class=num>Qty</th><th class=num>Hammer</th>
<th class=num>BP 18%</th><th class=num>Tax</th><th class=num>Total</th></tr>{rows}</table>
<table style='margin-left:auto;margin-top:12px'>
<tr><td>Subtotal</td><td class=num>{money(inv.subtotal)}</td></tr>
<tr><td>Buyer's Premium</td><td class=num>{money(inv.premium)}</td></tr>
<tr><td>Sales Tax 7.25%</td><td class=num>{money(inv.tax)}</td></tr>
<tr><td><b>Total Due</b></td><td class=num><b>{money(inv.total)}</b></td></tr></table>
<p style='font-size:8pt'>Payment due within 7 days. Items not collected within 14 days are forfeited.</p>
</body></html>"""
    write(inv.name + ".html", body)
    chromium(inv.name + ".html", inv.name + ".pdf")


# ---------------------------------------------------------------- B: Chromium, totals only, fees, passed lots
B = Invoice("prairie-totals-fees-chromium", "chromium", house="Prairie Wind Auctioneers",
            invoice="55821", auction="PW-2291", date="2025-03-08", bidder="442",
            prate="15", trate="6.5", items=[
    dict(lot="1", desc="Griswold No. 8 cast iron skillet", bid="45.00"),
    dict(lot="4", desc="Lot of 3 Red Wing stoneware crocks", qty=3, bid="110.00"),
    dict(lot="7", desc="Box lot canning jars, 6 @ 1.00", qty=6, bid="6.00"),
    dict(lot="11", desc="Mid-century teak side table", bid="95.00"),
    dict(lot="15", desc="Hamilton Beach malt mixer, chrome, working", bid="60.00"),
    dict(lot="22", desc="Fiesta ware cobalt dinner plates (4 pcs)", qty=4, units=1, bid="38.00"),
], skipped=[("9", "Singer treadle sewing machine", "passed"), ("18", "Oak ice box", "withdrawn")],
   fees=[("Loading fee", "10.00"), ("Credit card surcharge 3%", "13.97")])


def render_b(inv):
    rows = []
    allrows = [(i["lot"], i["desc"], money(i["bid"])) for i in inv.items] + \
              [(l, d, r.upper()) for l, d, r in inv.skipped]
    allrows.sort(key=lambda r: int(r[0]))
    for lot, desc, amt in allrows:
        rows.append(f"<tr><td>{esc(desc)}</td><td>{lot}</td><td class=num>{amt}</td></tr>")
    body = f"""<!doctype html><html><head><meta charset=utf-8><style>{CSS}
th{{background:#ddd;text-align:left}}</style></head><body>
<table style='width:100%'><tr><td><h1>{inv.house}</h1>Route 9, Council Bluffs, IA</td>
<td class=num>Invoice #: {inv.invoice}<br>Auction ID: {inv.auction}<br>Date: March 8, 2025<br>Bidder: {inv.bidder}</td></tr></table>
<hr><table style='width:100%'><tr><th style='width:60%'>Description</th><th>Lot #</th><th class=num>High Bid</th></tr>
{''.join(rows)}</table><hr>
<table style='margin-left:auto'>
<tr><td>Hammer Total</td><td class=num>{money(inv.subtotal)}</td></tr>
<tr><td>Buyer's Premium (15%)</td><td class=num>{money(inv.premium)}</td></tr>
<tr><td>Sales Tax 6.5%</td><td class=num>{money(inv.tax)}</td></tr>
<tr><td>Loading fee</td><td class=num>{money(D('10.00'))}</td></tr>
<tr><td>Credit card surcharge 3%</td><td class=num>{money(D('13.97'))}</td></tr>
<tr><td><b>Total</b></td><td class=num><b>{money(inv.total)}</b></td></tr>
<tr><td>Amount Paid</td><td class=num>{money(inv.total)}</td></tr>
<tr><td>Balance Due</td><td class=num>$0.00</td></tr></table></body></html>"""
    write(inv.name + ".html", body)
    chromium(inv.name + ".html", inv.name + ".pdf")


# ---------------------------------------------------------------- C: Chromium two-column receipt, rate only, credit
C = Invoice("copperkettle-receipt-rates-chromium", "chromium", house="Copper Kettle Estate Sales",
            invoice="CK-7781", auction="2025-02", date="2025-02-01", bidder="88",
            prate="18", trate="7.25", premium_printed=False, tax_printed=False, items=[
    dict(lot="105-3", desc="Roseville Pinecone vase 7 in.", bid="85.00"),
    dict(lot="105-7", desc="Hall china teapot, Aladdin shape, cobalt with gold trim and matching infuser lid", bid="42.00"),
    dict(lot="105-12", desc="Wrought iron plant stand", bid="30.00"),
    dict(lot="106-1", desc="Set of 6 etched sherbet glasses", qty=6, units=1, bid="18.00"),
    dict(lot="106-4", desc="Cedar blanket chest", bid="125.00"),
], adjustments=[("Credit - lot 105-7 chipped rim", "-12.00")])


def render_c(inv):
    rows = "".join(
        f"<tr><td class=l>Lot {i['lot']} {esc(i['desc'])}</td><td class=num>{money(i['bid'])}</td></tr>"
        for i in inv.items)
    body = f"""<!doctype html><html><head><meta charset=utf-8><style>{CSS}
body{{width:420px;margin:30px auto;font-family:'Liberation Serif',serif}} .l{{width:320px}}</style></head><body>
<div style='text-align:center'><h1>{inv.house}</h1>Saturday sale receipt</div>
<p>Receipt No. {inv.invoice}<br>Sale: {inv.auction}<br>Sat, Feb 1 2025<br>Bidder No. {inv.bidder}</p>
<p>Buyer's premium 18% and sales tax 7.25% apply to all purchases.</p>
<table style='width:100%'>{rows}
<tr><td class=l>Credit - lot 105-7 chipped rim</td><td class=num>(12.00)</td></tr>
<tr><td class=l>&nbsp;</td><td></td></tr>
<tr><td class=l>Hammer total ..........</td><td class=num>{money(inv.subtotal)}</td></tr>
<tr><td class=l><b>Amount due</b></td><td class=num><b>{money(inv.total)}</b></td></tr></table>
<p>Thank you! All sales final.</p></body></html>"""
    write(inv.name + ".html", body)
    chromium(inv.name + ".html", inv.name + ".pdf")


# ---------------------------------------------------------------- D: LibreOffice Calc sheet, qty x each
D_ = Invoice("bluegrass-sheet-calc", "calc", house="Bluegrass Consignment Co.",
             invoice="BG-2025-0412", auction="A-118", date="2025-03-14", bidder="2207",
             prate="10", premium_printed=True, items=[
    dict(lot="MH-004", desc="Pyrex Butterprint refrigerator dishes", qty=4, unit="7.50", bid="30.00"),
    dict(lot="MH-011", desc="Longaberger baskets", qty=3, unit="12.00", bid="36.00"),
    dict(lot="MH-015", desc="Carnival glass bowl, marigold", qty=1, unit="28.00", bid="28.00"),
    dict(lot="MH-020", desc="Blue Willow dinner plates", qty=8, unit="2.25", bid="18.00"),
    dict(lot="MH-031", desc="Brass candlesticks", qty=2, unit="14.50", bid="29.00"),
], fees=[("Convenience fee", "3.50")])


def render_d(inv):
    def cell(v, num=False):
        if num:
            return f'<table:table-cell office:value-type="float" office:value="{v}" table:style-name="money"><text:p>{money(D(v))}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{esc(v)}</text:p></table:table-cell>'

    def row(*cells):
        return "<table:table-row>" + "".join(cells) + "</table:table-row>"
    rows = [row(cell(inv.house)), row(cell("Invoice No."), cell(inv.invoice)), row(cell("Auction #"), cell(inv.auction)),
            row(cell("Date"), cell("14-Mar-2025")), row(cell("Bidder"), cell(inv.bidder)), row(),
            row(cell("Tag"), cell("Title"), cell("Quantity"), cell("Each"), cell("Extended"))]
    for i in inv.items:
        rows.append(row(cell(i["lot"]), cell(i["desc"]), f'<table:table-cell office:value-type="float" office:value="{i["qty"]}"><text:p>{i["qty"]}</text:p></table:table-cell>',
                        cell(i["unit"], True), cell(i["bid"], True)))
    rows += [row(), row(cell(""), cell("Subtotal"), cell(""), cell(""), cell(str(inv.subtotal), True)),
             row(cell(""), cell("Buyer's Premium 10%"), cell(""), cell(""), cell(str(inv.premium), True)),
             row(cell(""), cell("Convenience fee"), cell(""), cell(""), cell("3.50", True)),
             row(cell(""), cell("Total"), cell(""), cell(""), cell(str(inv.total), True))]
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<style:style style:name="c1" style:family="table-column"><style:table-column-properties style:column-width="0.9in"/></style:style>
<style:style style:name="c2" style:family="table-column"><style:table-column-properties style:column-width="3.0in"/></style:style>
<style:style style:name="c3" style:family="table-column"><style:table-column-properties style:column-width="0.9in"/></style:style>
<style:style style:name="money" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Invoice">
<table:table-column table:style-name="c1"/><table:table-column table:style-name="c2"/>
<table:table-column table:style-name="c3" table:number-columns-repeated="3"/>
{''.join(rows)}
</table:table></office:spreadsheet></office:body></office:document>"""
    write(inv.name + ".fods", doc)
    libreoffice(inv.name + ".fods", inv.name + ".pdf")


# ---------------------------------------------------------------- E: LibreOffice Writer, void lot, adjustment row
E = Invoice("lakeside-void-writer", "writer", house="Lakeside Liquidators",
            invoice="L-90017", auction="LK-45", date="2025-04-19", bidder="63",
            prate="15", trate="6", per_line=False, items=[
    dict(lot="3", desc="Craftsman 10 in. table saw", bid="150.00"),
    dict(lot="5", desc="Milwaukee cordless drill kit", bid="72.50"),
    dict(lot="7", desc="Pallet of assorted garden tools", bid="40.00"),
    dict(lot="8", desc="Shop-Vac 12 gallon wet/dry vacuum", bid="35.00"),
    dict(lot="14", desc="DeWalt miter saw 12 in. with stand", bid="210.00"),
], skipped=[("6", "Honda generator EU2200i", "voided")],
   adjustments=[("ADJ Adjustment: damaged lot 7", "-5.00")])
E.per_line_premium_only = True


def compute_e(inv):
    # Premium is printed per line; tax only as an invoice total on bids + premium.
    for i in inv.items:
        i["premium"] = r2(D(i["bid"]) * D("0.15"))
    inv.premium = sum((i["premium"] for i in inv.items), D("0.00"))
    inv.tax = r2((inv.subtotal + inv.premium) * D("0.06"))
    for i, t in zip(inv.items, allocate_remainder_last(inv.tax, inv.bids)):
        i["tax"] = t
    inv.total = inv.subtotal + inv.premium + inv.tax + inv.fee_total + inv.credits
    inv.printed_total = inv.total


compute_e(E)


def render_e(inv):
    rows = []
    lots = [(int(i["lot"]), f"<tr><td>{i['lot']}</td><td>{esc(i['desc'])}</td><td align=right>{money(i['bid'], False)}</td>"
             f"<td align=right>{money(i['premium'], False)}</td><td align=right>{money(D(i['bid'])+i['premium'], False)}</td></tr>") for i in inv.items]
    lots.append((6, "<tr><td>6</td><td>Honda generator EU2200i</td><td align=right>VOID</td><td></td><td></td></tr>"))
    lots.sort()
    rows = [r for _, r in lots]
    rows.append("<tr><td>ADJ</td><td>Adjustment: damaged lot 7</td><td></td><td></td><td align=right>(5.00)</td></tr>")
    body = f"""<!doctype html><html><head><meta charset=utf-8><title>Invoice</title></head><body style='font-family:Liberation Sans'>
<p><font size=5><b>{inv.house}</b></font><br>Warehouse 4, 200 Dock Street, Duluth MN</p>
<p>Invoice: {inv.invoice}<br>Auction #: {inv.auction}<br>Invoice Date: 2025-04-19<br>Bidder #: {inv.bidder}</p>
<table width=100% cellpadding=4 border=0><tr><td><b>Lot</b></td><td><b>Item</b></td><td align=right><b>Bid</b></td>
<td align=right><b>Premium (15%)</b></td><td align=right><b>Line Total</b></td></tr>
{''.join(rows)}</table>
<p></p><table width=60% align=right cellpadding=2><tr><td>Sub-total</td><td align=right>{money(inv.subtotal, False)}</td></tr>
<tr><td>Premium total</td><td align=right>{money(inv.premium, False)}</td></tr>
<tr><td>Sales Tax 6%</td><td align=right>{money(inv.tax, False)}</td></tr>
<tr><td>Invoice Total</td><td align=right>{money(inv.total, False)}</td></tr></table></body></html>"""
    write(inv.name + ".html", body)
    libreoffice(inv.name + ".html", inv.name + ".pdf", filt="HTML (StarWriter)")


# ---------------------------------------------------------------- F: groff tbl, BP rate column heading, totals
F = Invoice("ironbridge-tbl-groff", "groff", house="Ironbridge Auction House",
            invoice="IB-3310", auction="218", date="2025-04-02", bidder="5120",
            prate="15", trate="8", items=[
    dict(lot="1", desc="Hummel figurine Apple Tree Girl", bid="55.00"),
    dict(lot="2", desc="Silver plate flatware service (48 pcs)", qty=48, units=1, bid="65.00"),
    dict(lot="3A", desc="Gilt framed oil on canvas, harbor scene, signed lower right, 24 x 30 in.", bid="310.00"),
    dict(lot="17", desc="Depression glass pitcher, pink", bid="24.00"),
    dict(lot="23", desc="Tiffany style leaded glass lamp", bid="185.00"),
])


def render_f(inv):
    rows = "\n".join(f"{i['lot']}\tT{{\n{i['desc']}\nT}}\t{money(i['bid'], False)}" for i in inv.items)
    src = f""".nh
.nr PS 10
.nr VS 12
.LP
.ps 16
\\fB{inv.house}\\fP
.ps 10
.br
77 Foundry Lane, Bethlehem PA
.sp
Invoice No. {inv.invoice}
.br
Auction # {inv.auction}
.br
Date: April 2, 2025
.br
Bidder # {inv.bidder}
.sp
.TS
tab(\t);
lB lB rB
l lw(3.2i) r.
Lot No.\tDescription\tAmount
_
{rows}
_
.TE
.TS
tab(\t);
l r.
Subtotal\t{money(inv.subtotal)}
BP 15%\t{money(inv.premium)}
Sales Tax (8%)\t{money(inv.tax)}
\\fBTotal Due\\fP\t\\fB{money(inv.total)}\\fP
.TE
"""
    write(inv.name + ".ms", src)
    groff(inv.name + ".ms", inv.name + ".pdf")


# ---------------------------------------------------------------- G: groff Courier receipt, per-lot premium lines, fees
G = Invoice("oldmill-courier-receipt-groff", "groff", house="Old Mill Trading Post",
            invoice="5532", auction="2025-07", date="2025-07-19", bidder="31",
            prate="10", per_line=True, premium_printed=False, subtotal_printed=False, items=[
    dict(lot="7", desc="Cast iron skillet #8", bid="45.00"),
    dict(lot="9", desc="Crock jug 2 gal", bid="30.00"),
    dict(lot="12", desc="Tin advertising sign", bid="120.00"),
    dict(lot="15", desc="Oil lamp, Aladdin", bid="66.00"),
], fees=[("Loading fee", "5.00"), ("Card surcharge 3.5%", "10.42")])


def render_g(inv):
    lines = []
    for i in inv.items:
        left = f"Lot {i['lot']}   {i['desc']}"
        lines.append(f"{left:<44}{money(i['bid'], False):>10}")
        lines.append(f"{'   Premium 10%':<44}{money(i['premium'], False):>10}")
    lines += ["", f"{'Loading fee':<44}{'5.00':>10}", f"{'Card surcharge 3.5%':<44}{'10.42':>10}",
              f"{'TOTAL':<44}{money(inv.total, False):>10}"]
    body = "\n".join(lines)
    src = f""".nh
.ft CR
.ps 10
.vs 12
.nf
{inv.house}
Mill Road, Harmony NC
.sp
Inv: {inv.invoice}   Sale {inv.auction}
Date 07/19/25   Paddle #: {inv.bidder}
.sp
{body}
.sp
Items sold as is, where is.
.fi
"""
    write(inv.name + ".ms", src)
    groff(inv.name + ".ms", inv.name + ".pdf")


# ---------------------------------------------------------------- H: PDFBox multipage with repeated headers
TITLES = ["Roseville Pinecone vase 7 in.", "Box lot assorted Pyrex", "Victorian oak washstand",
          "McCoy cookie jar, bear", "Singer Featherweight 221 sewing machine in case",
          "Set of 4 Fenton hobnail goblets", "Arts and Crafts copper tray", "Vintage Coleman lantern",
          "Cast iron mechanical bank", "Stoneware butter churn with dasher", "Framed Currier and Ives print",
          "Lot of 12 Hot Wheels redlines", "Westclox Big Ben alarm clock", "Bakelite bangle bracelets",
          "Quilt, double wedding ring pattern, hand stitched, some fading", "Enamelware coffee pot"]


def make_h():
    items, skipped = [], []
    for n in range(1, 121):
        lot = str(n) if n % 9 else f"{n}A"
        title = TITLES[n % len(TITLES)]
        if n % 7 == 0:
            title += ", with original paperwork and accessories, minor wear to finish"
        if n == 30:
            skipped.append((lot, title, "no sale"))
            continue
        qty = 12 if title.startswith("Lot of 12") else 4 if title.startswith("Set of 4") else 1
        units = 12 if title.startswith("Lot of 12") else 1
        items.append(dict(lot=lot, desc=title, qty=qty, units=units, bid=str(r2(D(5 + (n * 37) % 190) + D(n % 4) / 4))))
    return Invoice("summit-multipage-pdfbox", "pdfbox", house="Summit Ridge Auctions", invoice="88120",
                   auction="SR-501", date="2025-05-03", bidder="905", prate="20", trate="8", items=items,
                   skipped=skipped, pages=4)  # the count the renderer arrives at


H = make_h()


def wrap(text, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    lines.append(cur)
    return lines


def t(x, y, text, size=9, bold=False, align="left"):
    return {"x": x, "y": y, "size": size, "bold": bold, "align": align, "text": text}


def render_h(inv):
    rows = [(i["lot"], i["desc"], money(i["bid"], False)) for i in inv.items] + \
           [(l, d, "NO SALE") for l, d, _ in inv.skipped]
    rows.sort(key=lambda r: int(r[0].rstrip("A")))
    pages, page, y = [], None, 0

    def new_page():
        p = [t(50, 50, inv.house, 14, True), t(50, 66, f"Invoice {inv.invoice}   Bidder {inv.bidder}   Sale SR-501   Date 2025-05-03"),
             t(50, 90, "Lot", bold=True), t(95, 90, "Description", bold=True), t(560, 90, "Hammer", bold=True, align="right")]
        pages.append(p)
        return p, 106
    page, y = new_page()
    for lot, desc, amt in rows:
        parts = wrap(desc, 55)
        if y + 12 * len(parts) > 720:
            page, y = new_page()
        page += [t(50, y, lot), t(95, y, parts[0]), t(560, y, amt, align="right")]
        for extra in parts[1:]:
            y += 11
            page.append(t(95, y, extra))
        y += 14
    if y > 640:
        page, y = new_page()
    y += 10
    for label, amt in [("Subtotal", inv.subtotal), ("Buyer's Premium 20%", inv.premium),
                       ("Sales Tax 8%", inv.tax), ("Grand Total", inv.total)]:
        page += [t(380, y, label), t(560, y, money(amt), align="right")]
        y += 14
    for n, p in enumerate(pages, 1):
        p.append(t(300, 760, f"Page {n} of {len(pages)}", 8, align="right"))
        p.append(t(50, 760, "Summit Ridge Auctions - thank you for bidding", 8))
    inv.pages = len(pages)
    with open(os.path.join(HERE, inv.name + ".layout.json"), "w") as f:
        json.dump({"pages": pages}, f, indent=0)
    pdfbox(inv.name + ".layout.json", inv.name + ".pdf")


def emit(inv, ext, source, **tool_args):
    """Writes the invoice's source and prints it to <name>.pdf with the invoice's tool."""
    write(inv.name + ext, source)
    tool = {"chromium": chromium, "groff": groff, "pdfbox": pdfbox,
            "writer": lambda s, o, **a: libreoffice(s, o, filt="HTML (StarWriter)") if s.endswith(".html") else libreoffice(s, o),
            "calc": libreoffice}[inv.tool]
    tool(inv.name + ext, inv.name + ".pdf", **tool_args)


def pdfbox(src, out):
    cp = os.environ.get("CORPUS_CP")
    if not cp:
        sys.exit("set CORPUS_CP to target/test-classes plus the test classpath (see README.md)")
    run(["java", "-cp", cp, "app.resell.imports.control.pdf.LayoutPdfWriter", src, out])


# ---------------------------------------------------------------- I: PDFBox, totals deliberately wrong
I = Invoice("maplewood-mismatch-pdfbox", "pdfbox", house="Maplewood Estate Auctions",
            invoice="MW-2207", auction="77", date="2025-06-21", bidder="19",
            prate="12", trate="5", per_line=True, subtotal_delta="10.00", total_delta="10.00", items=[
    dict(lot="#1", desc="Duncan Phyfe style drop leaf table", bid="120.00"),
    dict(lot="#2", desc="Lot of 5 cast iron trivets", qty=5, bid="35.00"),
    dict(lot="#3", desc="Imperial Candlewick punch bowl set", bid="75.00"),
    dict(lot="#4", desc="Vintage Schwinn bicycle", bid="140.00"),
])
for _i in I.items:
    _i["lot"] = _i["lot"].lstrip("#")


def render_i(inv):
    p = [t(50, 50, inv.house, 15, True), t(50, 66, "Estate of R. Whitaker - Auction no. 77"),
         t(400, 50, f"Invoice # {inv.invoice}"), t(400, 62, "Sale Date: June 21, 2025"), t(400, 74, f"Buyer # {inv.bidder}"),
         t(50, 110, "Item #", bold=True), t(100, 110, "Title", bold=True), t(380, 110, "Bid", bold=True, align="right"),
         t(440, 110, "Premium", bold=True, align="right"), t(490, 110, "Tax", bold=True, align="right"),
         t(560, 110, "Amount", bold=True, align="right")]
    y = 126
    for i in inv.items:
        tot = D(i["bid"]) + i["premium"] + i["tax"]
        p += [t(50, y, "#" + i["lot"]), t(100, y, i["desc"]), t(380, y, money(i["bid"], False), align="right"),
              t(440, y, money(i["premium"], False), align="right"), t(490, y, money(i["tax"], False), align="right"),
              t(560, y, money(tot, False), align="right")]
        y += 14
    y += 12
    for label, amt in [("Subtotal", inv.printed_subtotal), ("Premium (12%)", inv.premium), ("Tax (5%)", inv.tax),
                       ("Total", inv.printed_total)]:
        p += [t(400, y, label), t(560, y, money(amt), align="right")]
        y += 14
    with open(os.path.join(HERE, inv.name + ".layout.json"), "w") as f:
        json.dump({"pages": [p]}, f, indent=0)
    pdfbox(inv.name + ".layout.json", inv.name + ".pdf")


# ---------------------------------------------------------------- J: Chromium, browser-default table styling
J = Invoice("hilltop-centred-status-chromium", "chromium", house="Hilltop Barn Auctions",
            invoice="HB-6610", auction="HB-0809", date="2025-08-09", bidder="231",
            prate="20", per_line=True, items=[
    dict(lot="A12", desc="Hoosier cabinet flour bin with sifter, original paint, one hinge replaced", bid="210.00"),
    dict(lot="A14", desc="Corning Ware Blue Cornflower casseroles with lids", qty=5, bid="25.00"),
    dict(lot="A20", desc="Barn lantern, Dietz No. 2", bid="35.50"),
    dict(lot="B3", desc="Quilt rack, pine", bid="18.00"),
], skipped=[("A17", "Seth Thomas mantel clock", "passed")],
   adjustments=[("Refund - lot A14 missing lid", "-5.25")], fees=[("Handling", "4.00")])


def render_j(inv):
    rows = []
    for i in inv.items:
        q = i.get("qty", 1)
        rows.append((i["lot"], f"<tr><td>{i['lot']}</td><td style='width:200px'>{esc(i['desc'])}</td><td>{q}</td>"
                    f"<td>{money(i['bid'])}</td><td>{money(i['premium'])}</td><td>{money(D(i['bid']) + i['premium'])}</td><td>Sold</td></tr>"))
    rows.append(("A17", "<tr><td>A17</td><td style='width:200px'>Seth Thomas mantel clock</td><td>1</td><td></td><td></td><td></td><td>Passed</td></tr>"))
    rows.sort(key=lambda r: (r[0][0], int(r[0][1:])))
    body = f"""<!doctype html><html><head><meta charset=utf-8><title>Invoice {inv.invoice}</title></head><body>
<h2>{inv.house}</h2><p>Invoice {inv.invoice} &mdash; Invoice Date: Aug 9, 2025<br>Auction ID: {inv.auction}<br>Bidder #{inv.bidder}</p>
<table border=1 cellspacing=0 cellpadding=4><tr><th>Lot</th><th>Description</th><th>Qty</th><th>Price</th><th>Premium</th><th>Total</th><th>Status</th></tr>
{''.join(r for _, r in rows)}
<tr><td></td><td>Refund - lot A14 missing lid</td><td></td><td></td><td></td><td>5.25 CR</td><td></td></tr>
</table>
<p>Subtotal: {money(inv.subtotal)}<br>Premium: {money(inv.premium)}<br>Sales Tax (resale exempt): $0.00<br>
Handling: $4.00<br><b>Total: {money(inv.total)}</b></p></body></html>"""
    write(inv.name + ".html", body)
    chromium(inv.name + ".html", inv.name + ".pdf")


# ---------------------------------------------------------------- K: Chromium, 3 pages, wrapped headings and amounts
def make_k():
    items = []
    for n in range(1, 81):
        desc = ("Mixed lot of vintage kitchen items including enamelware and utensils" if n % 6 == 0
                else "Costume jewelry lot")
        items.append(dict(lot=f"{n:04d}", desc=desc, bid=str(r2(5 + (n * 13) % 120))))
    return Invoice("lanternhill-wrapped-headings-chromium", "chromium", house="Lantern Hill Auction Co.",
                   invoice="LH-55120", auction="3321", date="2024-12-07", bidder="88", prate="20",
                   trate="7", per_line=True, items=items, pages=3)


K = make_k()


def render_k(inv):
    rows = "".join(
        f"<tr><td>{i['lot']}</td><td>{esc(i['desc'])}</td><td>1</td><td>USD {D(i['bid']):.2f}</td>"
        f"<td>{i['premium']:.2f}</td><td>{i['tax']:.2f}</td><td>{money(D(i['bid']) + i['premium'] + i['tax'], False)}</td></tr>"
        for i in inv.items)
    body = f"""<!doctype html><html><head><meta charset=utf-8><style>body{{font-family:'DejaVu Sans';font-size:10pt}}
td,th{{padding:2px 6px;vertical-align:top}} th{{text-align:left}} @page{{margin:15mm}} td:nth-child(2){{width:220px}}</style></head><body>
<h1>{inv.house}</h1><p>Invoice No: {inv.invoice} &nbsp; Auction #: {inv.auction} &nbsp; Date: {inv.date} &nbsp; Bidder No: {inv.bidder}</p>
<table><thead><tr><th>Lot No</th><th>Description</th><th>Quantity</th><th>Winning Bid</th><th>Buyer's Premium</th><th>Sales Tax</th><th>Total</th></tr></thead>
<tbody>{rows}</tbody></table>
<p>Subtotal USD {money(inv.subtotal, False)}<br>Buyer's Premium (20%) USD {money(inv.premium, False)}<br>
Sales Tax (7%) USD {money(inv.tax, False)}<br>Grand Total USD {money(inv.total, False)}</p></body></html>"""
    write(inv.name + ".html", body)
    chromium(inv.name + ".html", inv.name + ".pdf", browser_header_footer=True)


# ---------------------------------------------------------------- L: LibreOffice Writer from plain text, receipt
L = Invoice("twinoaks-text-receipt-writer", "writer", house="TWIN OAKS AUCTION GALLERY",
            invoice="TO-2231", auction="TO-44", date="2025-01-17", bidder="507", prate="18", trate="6",
            premium_printed=True, items=[
    dict(lot="105", desc="Oak pressed-back chair", bid="45.00"),
    dict(lot="106", desc="Lot of 2 brass bookends", qty=2, bid="30.00"),
    dict(lot="110", desc="Fenton vase, hobnail, some wear to rim", bid="22.00"),
], skipped=[("111", "Sewing box", "voided")], fees=[("Card fee", "3.64")])


def compute_l(inv):
    # Premium printed under each lot; tax only as an invoice total on bids + premium.
    for i in inv.items:
        i["premium"] = r2(D(i["bid"]) * D("0.18"))
    inv.premium = sum((i["premium"] for i in inv.items), D("0.00"))
    inv.tax = r2((inv.subtotal + inv.premium) * D("0.06"))
    for i, t in zip(inv.items, allocate_remainder_last(inv.tax, inv.bids)):
        i["tax"] = t
    inv.total = inv.subtotal + inv.premium + inv.tax + inv.fee_total + inv.credits
    inv.printed_total = inv.total


compute_l(L)


def render_l(inv):
    a, b, c = inv.items
    lines = [inv.house, f"Receipt #{inv.invoice}          Bidder: {inv.bidder}",
             f"Auction ID: {inv.auction}         Friday, January 17, 2025", ""]
    lines += [f"#105  {a['desc']:<34}{a['bid']:>8}", f"      {'BP 18%:':<34}{a['premium']:>8}",
              f"#106  {b['desc']:<34}{b['bid']:>8}", f"      {'BP 18%:':<34}{b['premium']:>8}",
              f"#110  {'Fenton vase, hobnail, some':<34}", f"      {'wear to rim':<34}{c['bid']:>8}",
              f"      {'BP 18%:':<34}{c['premium']:>8}", f"#111  {'Sewing box (VOID)':<34}{'0.00':>8}", ""]
    for label, amount in [("Subtotal:", inv.subtotal), ("Premium:", inv.premium), ("Tax 6%:", inv.tax),
                          ("Card fee:", D("3.64")), ("Total:", inv.total)]:
        lines.append(f"{label:<40}{amount:>8}")
    write(inv.name + ".txt", "\n".join(lines) + "\n")
    libreoffice(inv.name + ".txt", inv.name + ".pdf")


CORPUS = [(A, render_a), (B, render_b), (C, render_c), (D_, render_d), (E, render_e), (F, render_f),
          (G, render_g), (H, render_h), (I, render_i), (J, render_j), (K, render_k), (L, render_l)]

if __name__ == "__main__":
    from corpus_pages import PAGES
    from corpus_tables import TABLES
    MORE = {inv.name: overrides for inv, _, overrides in TABLES + PAGES}
    CORPUS += [(inv, render) for inv, render, _ in TABLES + PAGES]
    only = set(a for a in sys.argv[1:] if not a.startswith("--"))
    for inv, render in CORPUS:
        if only and inv.name not in only:
            continue
        if "--expected-only" not in sys.argv:
            render(inv)
        overrides = {}
        if inv is E:
            overrides = {"premiumTotal": str(inv.premium)}
        if inv is J:
            overrides = {"taxTotal": "0.00", "premiumRate": None}
        overrides = MORE.get(inv.name, overrides)
        exp = inv.expected(overrides)
        with open(os.path.join(HERE, inv.name + ".expected.json"), "w") as f:
            json.dump(exp, f, indent=2)
            f.write("\n")
