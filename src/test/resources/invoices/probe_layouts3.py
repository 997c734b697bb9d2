"""Third round of unseen invoice layouts (2026-12-07).

Each function prints one invoice with a producer and writes its truth (lots, quantities, hammer,
premium, tax, shipping, descriptions and the printed total) beside it in /tmp/probes/out3, in the
format of probe_layouts.py. Score them with ProbeScore (test classes):

    /usr/bin/python3 -c 'import probe_layouts3 as p; p.every()'
    java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
        app.resell.imports.control.pdf.ProbeScore /tmp/probes/out3 -v
"""
import json, os, random, re, subprocess
from decimal import Decimal
from probe_lots import lots, allocate_last, money, q, TITLES

OUT = "/tmp/probes/out3"
os.makedirs(OUT, exist_ok=True)
Z = Decimal("0.00")


def write_expected(name, items, total, qty_column=False):
    for i in items:
        m = re.match(r"(?i)lot of (\d+)", i["description"])
        if m and not qty_column:
            i["quantity"] = int(m.group(1))
    with open(f"{OUT}/{name}.json", "w") as f:
        json.dump({"total": str(total), "items": [
            {k: (str(v) if isinstance(v, Decimal) else v) for k, v in i.items()} for i in items]}, f, indent=1)


def html_pdf(name, html, tool, landscape=False):
    src = f"{OUT}/{name}.html"
    open(src, "w").write(html)
    pdf = f"{OUT}/{name}.pdf"
    if tool == "weasy":
        cmd = ["weasyprint", src, pdf]
    elif tool == "wk":
        cmd = ["wkhtmltopdf", "-q"] + (["-O", "Landscape"] if landscape else []) + [src, pdf]
    else:
        cmd = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}",
               "--no-pdf-header-footer", src]
    subprocess.run(cmd, check=False, capture_output=True)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def item(lot, desc, qty, bid, prem, tax, ship=Z):
    return dict(lot=lot, description=desc, quantity=qty, bid=bid, premium=prem, tax=tax, shipping=ship)


def euro(x):
    s = f"{x:,.2f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


# ---- 1: Chromium landscape, GBP, Qty after the description, VAT on the premium only ----
def thornbury():
    L = lots(301, 40, start=1, letters=True, qty_rate=0.12)
    items, rows = [], []
    for l in L:
        p = q(l["hammer"] * Decimal("0.24")); v = q(p * Decimal("0.20"))
        items.append(item(l["lot"], l["title"], l["qty"], l["hammer"], p, v))
        rows.append(f"<tr><td>{l['lot']}</td><td>{esc(l['title'])}</td><td class=c>{l['qty']}</td><td class=n>&pound;{money(l['hammer'])}</td>"
                    f"<td class=n>&pound;{money(p)}</td><td class=n>&pound;{money(v)}</td><td class=n>&pound;{money(l['hammer'] + p + v)}</td></tr>")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items); vat = sum(i["tax"] for i in items)
    total = sub + prem + vat
    html = f"""<html><head><meta charset=utf-8><style>@page {{ size: A4 landscape; margin: 12mm }} body {{ font-family: 'Liberation Sans'; font-size: 9pt }}
table.t {{ width: 100%; border-collapse: collapse }} .t th {{ text-align: left; border-bottom: 1px solid #000; padding: 3px }} .t td {{ padding: 2px 3px }}
.n {{ text-align: right }} .c {{ text-align: center }}</style></head><body>
<table style='width:100%'><tr><td><b style='font-size:15pt'>Thornbury &amp; Vale Auctioneers Ltd</b><br>The Old Corn Exchange, Market Place, Ludlow SY8 1AA<br>VAT Reg. No. GB 294 1182 07</td>
<td style='text-align:right'>PURCHASE INVOICE<br>Invoice No. TV/25/04418<br>Sale: Fine Interiors (Sale 512)<br>Date: 14 November 2025<br>Paddle: 207</td></tr></table><br>
<table class=t><tr><th>Lot</th><th>Description</th><th class=c>Qty</th><th class=n>Hammer Price</th><th class=n>Premium 24%</th><th class=n>VAT on Premium</th><th class=n>Total</th></tr>{''.join(rows)}</table>
<table style='width:35%; margin-left:auto; margin-top:8px'><tr><td>Hammer</td><td class=n>&pound;{money(sub)}</td></tr><tr><td>Buyer's Premium (24%)</td><td class=n>&pound;{money(prem)}</td></tr>
<tr><td>VAT @ 20% on premium</td><td class=n>&pound;{money(vat)}</td></tr><tr><td><b>Total Due (GBP)</b></td><td class=n><b>&pound;{money(total)}</b></td></tr></table>
<p style='font-size:7.5pt'>VAT is charged on the buyer's premium only under the auctioneers' margin scheme.</p></body></html>"""
    html_pdf("thornbury-gbp-landscape-chromium", html, "chromium")
    write_expected("thornbury-gbp-landscape-chromium", items, total, qty_column=True)


# ---- 2: WeasyPrint A4, EUR with comma decimals, per-line premium and VAT on premium ----
def vanderveld():
    L = lots(302, 36, start=201)
    items, rows = [], []
    for l in L:
        p = q(l["hammer"] * Decimal("0.25")); v = q(p * Decimal("0.21"))
        items.append(item(l["lot"], l["title"], 1, l["hammer"], p, v))
        rows.append(f"<tr><td>{l['lot']}</td><td>{esc(l['title'])}</td><td class=n>&euro; {euro(l['hammer'])}</td><td class=n>&euro; {euro(p)}</td><td class=n>&euro; {euro(v)}</td></tr>")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items); vat = sum(i["tax"] for i in items)
    total = sub + prem + vat
    html = f"""<html><head><meta charset=utf-8><style>@page {{ size: A4; margin: 15mm; @bottom-right {{ content: "Pagina " counter(page) " / " counter(pages); font-size: 7pt }} }}
body {{ font-family: 'DejaVu Sans'; font-size: 8.5pt }} table.t {{ width: 100%; border-collapse: collapse }} .t th {{ background: #222; color: #fff; text-align: left; padding: 3px }}
.t td {{ padding: 2px 3px; border-bottom: 0.4px solid #ccc }} .n {{ text-align: right; white-space: nowrap }}</style></head><body>
<div style='font-size:15pt'><b>Veilinghuis Van der Veld</b></div><div>Keizersgracht 418, 1016 GD Amsterdam &middot; BTW NL8193.44.120.B01</div><br>
<table><tr><td>Invoice no.:</td><td>2025-30871</td></tr><tr><td>Auction:</td><td>Veiling 119 Design &amp; Curiosa</td></tr><tr><td>Invoice date:</td><td>03-12-2025</td></tr><tr><td>Buyer no.:</td><td>1488</td></tr></table><br>
<table class=t><tr><th>Lot</th><th>Description</th><th class=n>Hammer</th><th class=n>Premium 25%</th><th class=n>VAT 21% on premium</th></tr>{''.join(rows)}</table>
<table style='width:45%; margin-left:auto; margin-top:8px'><tr><td>Total hammer</td><td class=n>&euro; {euro(sub)}</td></tr><tr><td>Buyer's premium 25%</td><td class=n>&euro; {euro(prem)}</td></tr>
<tr><td>VAT 21% on premium</td><td class=n>&euro; {euro(vat)}</td></tr><tr><td><b>Total due</b></td><td class=n><b>&euro; {euro(total)}</b></td></tr></table></body></html>"""
    html_pdf("vanderveld-eur-comma-weasyprint", html, "weasy")
    write_expected("vanderveld-eur-comma-weasyprint", items, total)


# ---- 3: wkhtmltopdf, CAD, sub-lots 12-1, withdrawn lots without money, GST + PST totals ----
def maplecrest():
    L = lots(303, 34, start=11, qty_rate=0.1)
    r = random.Random(303)
    items, rows, k = [], [], 0
    for l in L:
        if r.random() < 0.25:
            k += 1
            l["lot"] = f"{l['lot']}-{r.choice([1, 2])}"
        rows.append(f"<tr><td>{l['lot']}</td><td>{esc(l['title'])}</td><td class=n>{l['qty']}</td><td class=n>C${money(l['hammer'])}</td></tr>")
        items.append(item(l["lot"], l["title"], l["qty"], l["hammer"], None, None))
        gone = str(int(l["lot"].split("-")[0]) + 1)
        if r.random() < 0.12 and all(x["lot"].split("-")[0] != gone for x in L):
            rows.append(f"<tr><td>{gone}</td><td>Withdrawn</td><td></td><td></td></tr>")
    sub = sum(i["bid"] for i in items)
    prem = q(sub * Decimal("0.15")); gst = q((sub + prem) * Decimal("0.05")); pst = q((sub + prem) * Decimal("0.07"))
    for i, p, t in zip(items, allocate_last(prem, [i["bid"] for i in items]), allocate_last(gst + pst, [i["bid"] for i in items])):
        i["premium"] = p; i["tax"] = t
    total = sub + prem + gst + pst
    html = f"""<html><head><meta charset=utf-8><style>body {{ font-family: 'Liberation Serif'; font-size: 10pt }} table.t {{ width: 100%; border-collapse: collapse }}
.t th {{ text-align: left; border-bottom: 0.5px solid #999; font-weight: normal; color: #555 }} .t td {{ border-bottom: 0.5px solid #ddd; padding: 3px 2px }} .n {{ text-align: right }}</style></head><body>
<h2 style='margin-bottom:0'>Maplecrest Auctions Inc.</h2><div>2250 Dundas St W, London, ON N6H 3M4 &middot; GST/HST 81442 7720 RT0001</div><br>
<div>Invoice # MC-77104 &nbsp;&nbsp; Sale: Estate Contents, Nov 29 2025 &nbsp;&nbsp; Bidder 318</div><br>
<table class=t><tr><th>Lot</th><th>Description</th><th class=n>Qty</th><th class=n>Price (CAD)</th></tr>{''.join(rows)}</table>
<table style='width:40%; margin-left:auto; margin-top:8px'><tr><td>Subtotal</td><td class=n>C${money(sub)}</td></tr><tr><td>Buyer's Premium 15%</td><td class=n>C${money(prem)}</td></tr>
<tr><td>GST 5%</td><td class=n>C${money(gst)}</td></tr><tr><td>PST 7%</td><td class=n>C${money(pst)}</td></tr><tr><td><b>Total CAD</b></td><td class=n><b>C${money(total)}</b></td></tr></table></body></html>"""
    html_pdf("maplecrest-cad-withdrawn-wkhtmltopdf", html, "wk")
    write_expected("maplecrest-cad-withdrawn-wkhtmltopdf", items, total, qty_column=True)


# ---- 4: ReportLab platypus, lots grouped under consignor headings with group subtotals ----
def kestrel():
    from reportlab.lib.pagesizes import letter
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Spacer, Paragraph
    from reportlab.lib.styles import getSampleStyleSheet
    ss = getSampleStyleSheet()
    L = lots(304, 48, start=101)
    groups = [("Estate of Ruth Adler (C-114)", 14), ("Hale Family Trust (C-207)", 11), ("M. Okafor (C-311)", 12), ("Various Consignors", 11)]
    items = []
    data = [["Lot", "Description", "Hammer", "Premium", "Amount"]]
    style = [("FONTSIZE", (0, 0), (-1, -1), 8.5), ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black), ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
             ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    k = 0
    for gname, n in groups:
        data.append([f"Consignor: {gname}", "", "", "", ""])
        style += [("SPAN", (0, len(data) - 1), (-1, len(data) - 1)), ("FONTNAME", (0, len(data) - 1), (-1, len(data) - 1), "Helvetica-BoldOblique")]
        gh = gp = Z
        for l in L[k:k + n]:
            p = q(l["hammer"] * Decimal("0.18"))
            items.append(item(l["lot"], l["title"], 1, l["hammer"], p, None))
            data.append([l["lot"], l["title"], money(l["hammer"]), money(p), money(l["hammer"] + p)])
            gh += l["hammer"]; gp += p
        k += n
        data.append(["", "Consignor subtotal", money(gh), money(gp), money(gh + gp)])
        style += [("LINEABOVE", (2, len(data) - 1), (-1, len(data) - 1), 0.5, colors.black), ("FONTNAME", (0, len(data) - 1), (-1, len(data) - 1), "Helvetica-Oblique")]
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items)
    tax = q((sub + prem) * Decimal("0.06"))
    for i, t in zip(items, allocate_last(tax, [i["bid"] for i in items])):
        i["tax"] = t
    total = sub + prem + tax
    t = Table(data, colWidths=[40, 300, 60, 60, 70], repeatRows=1)
    t.setStyle(TableStyle(style))
    hdr = Paragraph("<b>KESTREL HILL AUCTION SERVICES</b><br/>88 Mill Pond Road, Hadley, MA 01035<br/>Invoice No. KH-3320 &nbsp; Sale Date 10/18/2025 &nbsp; Bidder 77", ss["BodyText"])
    tot = Table([["Total Hammer", money(sub)], ["Buyer's Premium 18%", money(prem)], ["MA Sales Tax 6.25%" if False else "Sales Tax 6%", money(tax)], ["Invoice Total", money(total)]], colWidths=[140, 70])
    tot.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    tot.hAlign = "RIGHT"
    SimpleDocTemplate(f"{OUT}/kestrel-consignor-groups-reportlab.pdf", pagesize=letter).build([hdr, Spacer(1, 10), t, Spacer(1, 10), tot])
    write_expected("kestrel-consignor-groups-reportlab", items, total)


# ---- 5: groff -ms + tbl, category sub-headings, category totals, decimal sub-lots 45.5 ----
def hearthstone():
    L = lots(305, 42, start=1)
    cats = [("FURNITURE", 9), ("GLASS & CHINA", 10), ("COINS & JEWELRY", 8), ("TOOLS & PRIMITIVES", 8), ("MISCELLANEOUS", 7)]
    r = random.Random(305)
    items = []
    rows = []
    k = 0
    for cname, n in cats:
        rows.append(f".T&\nl s s s.\n\\fB{cname}\\fP")
        rows.append(".T&\nl l n n.")
        ch = Z
        for l in L[k:k + n]:
            if r.random() < 0.15:
                l["lot"] = f"{l['lot']}.5"
            p = q(l["hammer"] * Decimal("0.10"))
            items.append(item(l["lot"], l["title"], 1, l["hammer"], p, None))
            rows.append(f"{l['lot']}\t{l['title']}\t{money(l['hammer'])}\t{money(p)}")
            ch += l["hammer"]
        k += n
        rows.append(f".T&\nr s n n.\n\\fI{cname.title()} total\\fP\t{money(ch)}\t")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items)
    tax = q((sub + prem) * Decimal("0.055"))
    for i, t in zip(items, allocate_last(tax, [i["bid"] for i in items])):
        i["tax"] = t
    total = sub + prem + tax
    body = "\n".join(rows)
    ms = f""".nr PS 9
.nr VS 11
.nr HM 0.6i
.nr FM 0.6i
.LP
\\s[14]\\fBHearthstone Auction Barn\\fP\\s0
.br
Rt. 9 & Quarry Road, Penn Yan, NY 14527
.sp
Invoice Number: 60417
.br
Sale: 2025-1122 Thanksgiving Estate Auction
.br
Date: 11/22/2025
.br
Buyer No.: 91
.sp
.TS
expand;
l l n n.
Lot\tDescription\tBid\tBP 10%
_
{body}
_
.TE
.TS
tab(@) expand;
r n.
Total Bids@{money(sub)}
Buyer's Premium 10%@{money(prem)}
Sales Tax 5.5%@{money(tax)}
Total Due@{money(total)}
.TE
"""
    ms = ms.replace(".TS\nexpand;\nl l n n.", ".TS\ntab(\t) expand;\nl l n n.")
    src = f"{OUT}/hearthstone-category-groups-groff.ms"
    open(src, "w").write(ms)
    ps = subprocess.run(["groff", "-t", "-ms", "-Tps", src], capture_output=True).stdout
    subprocess.run(["ps2pdf", "-", f"{OUT}/hearthstone-category-groups-groff.pdf"], input=ps)
    write_expected("hearthstone-category-groups-groff", items, total)


# ---- 6: ReportLab canvas drawing column after column (not reading order), page totals per page ----
def fieldstone():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    L = lots(306, 58, start=301, letters=True)
    items = [item(l["lot"], l["title"], 1, l["hammer"], None, None) for l in L]
    sub = sum(i["bid"] for i in items)
    prem = q(sub * Decimal("0.15")); tax = q((sub + prem) * Decimal("0.07"))
    for i, p, t in zip(items, allocate_last(prem, [i["bid"] for i in items]), allocate_last(tax, [i["bid"] for i in items])):
        i["premium"] = p; i["tax"] = t
    total = sub + prem + tax
    c = canvas.Canvas(f"{OUT}/fieldstone-column-order-reportlab.pdf", pagesize=letter)
    per = 34
    pages = [items[k:k + per] for k in range(0, len(items), per)]
    for pn, page in enumerate(pages, 1):
        ys = [680 - 16 * n for n in range(len(page))]
        # amounts first, right to left, then titles, then lot ids, then the heading, then the house
        c.setFont("Helvetica", 9)
        for i, y in zip(page, ys):
            c.drawRightString(555, y, money(i["bid"]))
        for i, y in zip(page, ys):
            c.drawString(110, y, i["description"])
        for i, y in zip(page, ys):
            c.drawString(60, y, i["lot"])
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(555, 700, "Hammer"); c.drawString(110, 700, "Description"); c.drawString(60, 700, "Lot")
        c.line(60, 696, 556, 696)
        pt = sum(i["bid"] for i in page)
        c.setFont("Helvetica-Oblique", 8.5)
        c.drawString(300, ys[-1] - 22, "Page total"); c.drawRightString(555, ys[-1] - 22, money(pt))
        c.setFont("Helvetica-Bold", 14); c.drawString(60, 745, "Fieldstone Auction Company")
        c.setFont("Helvetica", 9); c.drawString(60, 731, "Invoice 48820   Sale date: 08/09/2025   Bidder 144")
        c.setFont("Helvetica", 7); c.drawCentredString(306, 30, f"Page {pn} of {len(pages)}")
        if pn == len(pages):
            y = ys[-1] - 48
            c.setFont("Helvetica", 9)
            for lab, v in [("Invoice subtotal", sub), ("Buyer's premium 15%", prem), ("Sales tax 7%", tax), ("Total due", total)]:
                c.drawString(380, y, lab); c.drawRightString(555, y, money(v)); y -= 13
        c.showPage()
    c.save()
    write_expected("fieldstone-column-order-reportlab", items, total)


# ---- 7: ReportLab canvas, the same invoice twice: buyer copy and office copy ----
def ridgeway():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    L = lots(307, 26, start=1)
    items = []
    for l in L:
        p = q(l["hammer"] * Decimal("0.12")); t = q((l["hammer"] + p) * Decimal("0.08"))
        items.append(item(l["lot"], l["title"], 1, l["hammer"], p, t))
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items); tax = sum(i["tax"] for i in items)
    total = sub + prem + tax
    c = canvas.Canvas(f"{OUT}/ridgeway-two-copies-reportlab.pdf", pagesize=letter)
    for copy in ("BUYER COPY", "OFFICE COPY"):
        c.setFont("Helvetica-Bold", 13); c.drawString(50, 750, "Ridgeway Consignment Auctions")
        c.setFont("Helvetica-Bold", 10); c.drawRightString(560, 750, copy)
        c.setFont("Helvetica", 9); c.drawString(50, 736, "Invoice No: R-2291    Auction Date: 06/21/2025    Bidder: 58")
        y = 710
        c.setFont("Helvetica-Bold", 8.5)
        for x, h in [(50, "Lot"), (90, "Description")]:
            c.drawString(x, y, h)
        for x, h in [(400, "Hammer"), (450, "Premium"), (500, "Tax"), (560, "Total")]:
            c.drawRightString(x, y, h)
        y -= 15; c.setFont("Helvetica", 8.5)
        for i in items:
            c.drawString(50, y, i["lot"]); c.drawString(90, y, i["description"][:58])
            for x, v in [(400, i["bid"]), (450, i["premium"]), (500, i["tax"]), (560, i["bid"] + i["premium"] + i["tax"])]:
                c.drawRightString(x, y, money(v))
            y -= 13
        y -= 10
        for lab, v in [("Hammer Total", sub), ("Premium 12%", prem), ("Sales Tax 8%", tax), ("Amount Due", total)]:
            c.drawString(400, y, lab); c.drawRightString(560, y, money(v)); y -= 13
        c.setFont("Helvetica", 7); c.drawString(50, 40, f"{copy} - please retain for your records")
        c.showPage()
    c.save()
    for i in items:
        i["description"] = i["description"][:58].rstrip()
    write_expected("ridgeway-two-copies-reportlab", items, total)


CONDITION = ["Condition: light wear consistent with age.", "Condition: small chip to one foot; no repairs.", "Condition: untested, sold as is.",
             "Condition: very good, original finish."]
SIZES = ["Dimensions: 12 x 8 x 5 in.", "Dimensions: 30 in. high", "Dimensions: 9 1/2 in. diameter", ""]


# ---- 8: WeasyPrint, each lot 3-4 lines (title, condition, dimensions), money in a right-hand box ----
def larkin():
    r = random.Random(308)
    L = lots(308, 24, start=1, letters=True)
    items, blocks = [], []
    for l in L:
        cond = r.choice(CONDITION); size = r.choice(SIZES)
        p = q(l["hammer"] * Decimal("0.20"))
        desc = " ".join(x for x in [l["title"], cond, size] if x)
        items.append(item(l["lot"], desc, 1, l["hammer"], p, None))
        lines = "".join(f"<div>{esc(x)}</div>" for x in [cond, size] if x)
        blocks.append(f"""<table class=lot><tr><td class=l><b>Lot {l['lot']}</b></td><td class=d><b>{esc(l['title'])}</b>{lines}</td>
<td class=box><table class=m><tr><td>Hammer</td><td class=n>{money(l['hammer'])}</td></tr><tr><td>Premium</td><td class=n>{money(p)}</td></tr></table></td></tr></table>""")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items)
    tax = q((sub + prem) * Decimal("0.0625"))
    for i, t in zip(items, allocate_last(tax, [i["bid"] for i in items])):
        i["tax"] = t
    total = sub + prem + tax
    html = f"""<html><head><meta charset=utf-8><style>@page {{ size: Letter; margin: 0.6in }} body {{ font-family: 'DejaVu Sans'; font-size: 8.5pt }}
table.lot {{ width: 100%; border-bottom: 0.5px solid #999; margin-bottom: 4px; page-break-inside: avoid }} td {{ vertical-align: top }} .l {{ width: 55px }} .box {{ width: 150px }}
table.m {{ width: 100%; border: 0.8px solid #000 }} .n {{ text-align: right }}</style></head><body>
<b style='font-size:14pt'>LARKIN BROTHERS AUCTIONEERS</b><br>Invoice 5512 &middot; Sale 25-09 &middot; September 13, 2025 &middot; Bidder 301<br><br>
{''.join(blocks)}
<table style='width:40%; margin-left:auto'><tr><td>Hammer total</td><td class=n>{money(sub)}</td></tr><tr><td>Premium 20%</td><td class=n>{money(prem)}</td></tr>
<tr><td>Sales tax 6.25%</td><td class=n>{money(tax)}</td></tr><tr><td><b>Total due</b></td><td class=n><b>{money(total)}</b></td></tr></table></body></html>"""
    html_pdf("larkin-threeline-box-weasyprint", html, "weasy")
    write_expected("larkin-threeline-box-weasyprint", items, total)


# ---- 9: Chromium, premium only as a per-line percentage, passed lots without money ----
def sutton():
    r = random.Random(309)
    L = lots(309, 38, start=401)
    items, rows = [], []
    for l in L:
        if r.random() < 0.08:
            rows.append(f"<tr><td>{l['lot']}</td><td>{esc(l['title'])}</td><td class=n>Passed</td><td></td></tr>")
            continue
        rate = Decimal(r.choice(["18", "18", "23"]))
        p = q(l["hammer"] * rate / 100)
        items.append(item(l["lot"], l["title"], 1, l["hammer"], p, None))
        rows.append(f"<tr><td>{l['lot']}</td><td>{esc(l['title'])}</td><td class=n>${money(l['hammer'])}</td><td class=n>{rate}%</td></tr>")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items)
    tax = q((sub + prem) * Decimal("0.07"))
    for i, t in zip(items, allocate_last(tax, [i["bid"] for i in items])):
        i["tax"] = t
    total = sub + prem + tax
    html = f"""<html><head><meta charset=utf-8><style>body {{ font-family: 'Liberation Sans'; font-size: 9.5pt }} table.t {{ width: 100%; border-collapse: collapse }}
.t th {{ text-align: left; border-bottom: 1px solid #000 }} .t td {{ padding: 2px 3px }} .n {{ text-align: right }}</style></head><body>
<h2>Sutton Gallery Auctions</h2><p>Invoice #: 9931 &nbsp; Auction: 1207 Holiday Treasures &nbsp; Date: 12/07/2025 &nbsp; Paddle: 612</p>
<table class=t><tr><th>Lot</th><th>Description</th><th class=n>Hammer</th><th class=n>BP Rate</th></tr>{''.join(rows)}</table>
<table style='width:40%; margin-left:auto; margin-top:8px'><tr><td>Hammer Total</td><td class=n>${money(sub)}</td></tr><tr><td>Buyer's Premium</td><td class=n>${money(prem)}</td></tr>
<tr><td>Sales Tax 7%</td><td class=n>${money(tax)}</td></tr><tr><td><b>Invoice Total</b></td><td class=n><b>${money(total)}</b></td></tr></table></body></html>"""
    html_pdf("sutton-rate-only-chromium", html, "chromium")
    write_expected("sutton-rate-only-chromium", items, total)


# ---- 10: groff -ms, credits, discounts, deposit and balance due ----
def bramble():
    L = lots(310, 30, start=501, letters=True)
    items = []
    rows = []
    for l in L:
        p = q(l["hammer"] * Decimal("0.15"))
        items.append(item(l["lot"], l["title"], 1, l["hammer"], p, None))
        rows.append(f"{l['lot']}\t{l['title']}\t{money(l['hammer'])}\t{money(p)}")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items)
    disc = Decimal("25.00"); cred = Decimal("40.00")
    tax = q((sub + prem) * Decimal("0.06"))
    for i, t in zip(items, allocate_last(tax, [i["bid"] for i in items])):
        i["tax"] = t
    total = sub + prem + tax - disc - cred
    dep = Decimal("200.00")
    body = "\n".join(rows)
    ms = f""".nr PS 9
.nr VS 11
.LP
\\s[14]\\fBBramble Creek Auction House\\fP\\s0
.br
401 Orchard Lane, Staunton, VA 24401
.sp
Invoice No. BC-1187    Sale Date: July 12, 2025    Bidder No. 233
.sp
.TS
tab(\t) expand;
lB lB rB rB
l l n n.
Lot\tDescription\tHammer\tPremium
_
{body}
.TE
.TS
tab(@) expand;
r n.
Hammer total@{money(sub)}
Buyer's premium 15%@{money(prem)}
Sales tax 6%@{money(tax)}
Discount (repeat buyer)@-{money(disc)}
Credit memo CM-204@({money(cred)})
_
Invoice total@{money(total)}
Deposit paid@({money(dep)})
Balance due@{money(total - dep)}
.TE
"""
    src = f"{OUT}/bramble-credits-deposit-groff.ms"
    open(src, "w").write(ms)
    ps = subprocess.run(["groff", "-t", "-ms", "-Tps", src], capture_output=True).stdout
    subprocess.run(["ps2pdf", "-", f"{OUT}/bramble-credits-deposit-groff.pdf"], input=ps)
    write_expected("bramble-credits-deposit-groff", items, total)


LIGA = ["Fine fluted crystal flask with stopper", "Waffle iron, cast, Griswold", "Office chair, oak swivel, refinished", "Fly fishing reels (3), Pflueger",
        "Silver-filled candlesticks, pair", "Firefighter's brass nozzle", "Baffled wall shelf, pine", "Souffle dishes, French porcelain"]


# ---- 11: Chromium, money columns first (right-to-left order), small caps headings, ligatures ----
def mercer():
    r = random.Random(311)
    L = lots(311, 30, start=1)
    items, rows = [], []
    for n, l in enumerate(L):
        title = LIGA[n] if n < len(LIGA) else l["title"]
        p = q(l["hammer"] * Decimal("0.20")); t = q((l["hammer"] + p) * Decimal("0.0725"))
        items.append(item(l["lot"], title, 1, l["hammer"], p, t))
        rows.append(f"<tr><td class=n>{money(l['hammer'] + p + t)}</td><td class=n>{money(t)}</td><td class=n>{money(p)}</td><td class=n>{money(l['hammer'])}</td><td class=c>{l['lot']}</td><td><b>{esc(title)}</b></td></tr>")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items); tax = sum(i["tax"] for i in items)
    total = sub + prem + tax
    html = f"""<html><head><meta charset=utf-8><style>body {{ font-family: 'Liberation Serif'; font-size: 10pt; font-feature-settings: "liga" 1 }}
table.t {{ width: 100%; border-collapse: collapse }} .t th {{ font-variant: small-caps; border-bottom: 1px solid #000; text-align: left; padding: 3px }} .t td {{ padding: 2px 4px }}
.n {{ text-align: right }} .c {{ text-align: center }}</style></head><body>
<h2 style='font-variant: small-caps'>Mercer &amp; Daughters, Auctioneers</h2><p>Invoice no. 70215<br>Sale of 15 March 2025<br>Bidder 48</p>
<table class=t><tr><th class=n>Total</th><th class=n>Tax</th><th class=n>Premium</th><th class=n>Hammer</th><th class=c>Lot</th><th>Description</th></tr>{''.join(rows)}</table>
<p style='text-align:right'>Hammer total: {money(sub)}<br>Premium 20%: {money(prem)}<br>Sales tax 7.25%: {money(tax)}<br><b>Total: {money(total)}</b></p></body></html>"""
    html_pdf("mercer-amounts-first-chromium", html, "chromium")
    write_expected("mercer-amounts-first-chromium", items, total)


# ---- 12: wkhtmltopdf, light ruled lines only, multi-page, lot ids with letter prefix, shipping column ----
def osprey():
    r = random.Random(312)
    L = lots(312, 52, start=1)
    items, rows = [], []
    for l in L:
        lot = f"A{int(l['lot']):03d}"
        p = q(l["hammer"] * Decimal("0.22")); s = Decimal(r.choice(["0.00", "0.00", "12.00", "18.50", "45.00"]))
        items.append(item(lot, l["title"], 1, l["hammer"], p, Z, s))
        rows.append(f"<tr><td>{lot}</td><td>{esc(l['title'])}</td><td class=n>{money(l['hammer'])}</td><td class=n>{money(p)}</td><td class=n>{money(s)}</td></tr>")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items); ship = sum(i["shipping"] for i in items)
    total = sub + prem + ship
    html = f"""<html><head><meta charset=utf-8><style>body {{ font-family: 'DejaVu Sans'; font-size: 8.5pt }} table.t {{ width: 100%; border-collapse: collapse }}
.t td, .t th {{ border-top: 0.3px solid #ccc; padding: 4px 3px }} .t th {{ text-align: left; font-weight: normal }} .n {{ text-align: right }} tr {{ page-break-inside: avoid }}</style></head><body>
<h3>Osprey Point Online Auctions</h3><p>Invoice: OP-2025-1204<br>Auction closed: December 4, 2025<br>Bidder: osprey_fan_88 (#2231)<br>Tax exempt (out of state, shipped)</p>
<table class=t><thead><tr><th>Lot</th><th>Title</th><th class=n>Winning Bid</th><th class=n>Buyer Premium</th><th class=n>Shipping</th></tr></thead><tbody>{''.join(rows)}</tbody></table>
<table style='width:40%; margin-left:auto; margin-top:8px'><tr><td>Winning bids</td><td class=n>{money(sub)}</td></tr><tr><td>Buyer premium 22%</td><td class=n>{money(prem)}</td></tr>
<tr><td>Shipping</td><td class=n>{money(ship)}</td></tr><tr><td>Tax</td><td class=n>0.00</td></tr><tr><td><b>Total charged</b></td><td class=n><b>{money(total)}</b></td></tr></table></body></html>"""
    html_pdf("osprey-light-rules-wkhtmltopdf", html, "wk")
    write_expected("osprey-light-rules-wkhtmltopdf", items, total)


# ---- held out: variants of the same styles in other producers, written after the fixes and
# scored once, to see whether the fixes were general (they are not in the corpus) ----
HOLD = "/tmp/probes/out3b"
CSS = ("table.t {{ width:100%; border-collapse: collapse }} .t th {{ border-bottom: 1px solid #000; text-align: left }}"
       " .n {{ text-align: right }}").replace("{{", "{").replace("}}", "}")


def totals_html(pairs):
    """The totals box under the table, the last line in bold."""
    cells = [f"<tr><td>{lab}</td><td class=n>{val}</td></tr>" for lab, val in pairs[:-1]]
    lab, val = pairs[-1]
    cells.append(f"<tr><td><b>{lab}</b></td><td class=n><b>{val}</b></td></tr>")
    return "<table style='width:40%; margin-left:auto'>" + "".join(cells) + "</table>"


def _held(fn):
    def run():
        global OUT
        saved, OUT = OUT, HOLD
        os.makedirs(HOLD, exist_ok=True)
        try:
            fn()
        finally:
            OUT = saved
    run.__name__ = fn.__name__
    return run


@_held
def ashby():
    """wkhtmltopdf, pounds, per-line premium and VAT on the premium, day-first date 04/11/2025."""
    L = lots(401, 30, start=1, letters=True)
    items, rows = [], []
    for l in L:
        p = q(l["hammer"] * Decimal("0.22")); v = q(p * Decimal("0.20"))
        items.append(item(l["lot"], l["title"], 1, l["hammer"], p, v))
        rows.append(f"<tr><td>{l['lot']}</td><td>{esc(l['title'])}</td><td class=n>&pound;{money(l['hammer'])}</td><td class=n>&pound;{money(p)}</td><td class=n>&pound;{money(v)}</td></tr>")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items); vat = sum(i["tax"] for i in items)
    total = sub + prem + vat
    box = totals_html([("Total hammer", f"&pound;{money(sub)}"), ("Buyer's premium 22%", f"&pound;{money(prem)}"),
                       ("VAT on premium", f"&pound;{money(vat)}"), ("Amount due", f"&pound;{money(total)}")])
    html = f"""<html><head><meta charset=utf-8><style>body {{ font-family: 'DejaVu Serif'; font-size: 9pt }} {CSS}</style></head><body>
<h2>Ashby Salerooms</h2><p>Invoice: AS-5520<br>Date: 04/11/2025<br>Paddle: 19</p>
<table class=t><tr><th>Lot</th><th>Description</th><th class=n>Hammer</th><th class=n>Buyer's Premium</th><th class=n>VAT on BP</th></tr>{''.join(rows)}</table>
{box}</body></html>"""
    html_pdf("ashby-gbp-wkhtmltopdf", html, "wk")
    write_expected("ashby-gbp-wkhtmltopdf", items, total)


@_held
def brugge():
    """Chromium, euros with the sign after the amount, VAT on the premium only as a total."""
    L = lots(402, 28, start=1)
    items, rows = [], []
    for l in L:
        p = q(l["hammer"] * Decimal("0.21"))
        items.append(item(l["lot"], l["title"], 1, l["hammer"], p, None))
        rows.append(f"<tr><td>{l['lot']}</td><td>{esc(l['title'])}</td><td class=n>{euro(l['hammer'])} &euro;</td><td class=n>{euro(p)} &euro;</td><td class=n>{euro(l['hammer'] + p)} &euro;</td></tr>")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items)
    vat = q(prem * Decimal("0.21"))
    for i, t in zip(items, allocate_last(vat, [i["bid"] for i in items])):
        i["tax"] = t
    total = sub + prem + vat
    box = totals_html([("Hammer total", f"{euro(sub)} &euro;"), ("Premium 21%", f"{euro(prem)} &euro;"),
                       ("VAT 21% on premium", f"{euro(vat)} &euro;"), ("Total due", f"{euro(total)} &euro;")])
    html = f"""<html><head><meta charset=utf-8><style>body {{ font-family: 'Liberation Sans'; font-size: 9.5pt }} {CSS} .t th {{ background: #eee }}</style></head><body>
<h2>Veilingen Brugge</h2><p>Invoice no. VB-2211 &middot; Invoice date 07.10.2025 &middot; Buyer 88</p>
<table class=t><tr><th>Lot</th><th>Description</th><th class=n>Hammer</th><th class=n>Premium 21%</th><th class=n>Total</th></tr>{''.join(rows)}</table>
{box}</body></html>"""
    html_pdf("brugge-eur-chromium", html, "chromium")
    write_expected("brugge-eur-chromium", items, total)


@_held
def twocopies():
    """WeasyPrint, a 2-page invoice printed twice (customer copy, file copy): 4 pages."""
    L = lots(403, 44, start=101)
    items, rows = [], []
    for l in L:
        p = q(l["hammer"] * Decimal("0.15"))
        items.append(item(l["lot"], l["title"], 1, l["hammer"], p, Z))
        rows.append(f"<tr><td>{l['lot']}</td><td>{esc(l['title'])}</td><td class=n>{money(l['hammer'])}</td><td class=n>{money(p)}</td></tr>")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items); total = sub + prem
    def copy(label):
        return f"""<div style='page-break-after: always'><div style='text-align:right'><b>{label}</b></div><h2>Cobble Hill Auctions</h2><p>Invoice 30077 &middot; Sale date 05/17/2025 &middot; Bidder 12 &middot; Tax exempt</p>
<table class=t><thead><tr><th>Lot</th><th>Description</th><th class=n>Hammer</th><th class=n>Premium</th></tr></thead><tbody>{''.join(rows)}</tbody></table>
{totals_html([("Hammer total", money(sub)), ("Premium 15%", money(prem)), ("Total", money(total))])}</div>"""
    html = f"""<html><head><meta charset=utf-8><style>@page {{ size: Letter; margin: 0.6in }} body {{ font-family: 'DejaVu Sans'; font-size: 9pt }} {CSS}</style></head><body>{copy('CUSTOMER COPY')}{copy('FILE COPY')}</body></html>"""
    html_pdf("cobblehill-two-copies-weasyprint", html, "weasy")
    write_expected("cobblehill-two-copies-weasyprint", items, total)


@_held
def categories():
    """Chromium, category rows in capitals spanning the table, 'Subtotal - Lighting' rows."""
    L = lots(404, 36, start=1)
    cats = [("LIGHTING", 9), ("TEXTILES & RUGS", 9), ("SILVER", 9), ("SPORTING", 9)]
    items, rows, k = [], [], 0
    for cname, n in cats:
        rows.append(f"<tr><td colspan=4 style='padding-top:6px'><b>{cname}</b></td></tr>")
        ch = Z
        for l in L[k:k + n]:
            p = q(l["hammer"] * Decimal("0.18")); t = q((l["hammer"] + p) * Decimal("0.06"))
            items.append(item(l["lot"], l["title"], 1, l["hammer"], p, t))
            rows.append(f"<tr><td>{l['lot']}</td><td>{esc(l['title'])}</td><td class=n>{money(l['hammer'])}</td><td class=n>{money(p)}</td><td class=n>{money(t)}</td></tr>")
            ch += l["hammer"]
        k += n
        rows.append(f"<tr><td></td><td><i>Subtotal - {cname.title()}</i></td><td class=n><i>{money(ch)}</i></td><td></td><td></td></tr>")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items); tax = sum(i["tax"] for i in items)
    total = sub + prem + tax
    html = f"""<html><head><meta charset=utf-8><style>body {{ font-family: 'Liberation Sans'; font-size: 9pt }} {CSS}</style></head><body>
<h2>Quail Run Auction House</h2><p>Invoice #: 7781 &nbsp; Auction date: 09/06/2025 &nbsp; Bidder: 230</p>
<table class=t><tr><th>Lot</th><th>Description</th><th class=n>Hammer</th><th class=n>Premium</th><th class=n>Tax</th></tr>{''.join(rows)}</table>
<p style='text-align:right'>Total hammer: {money(sub)}<br>Buyer's premium 18%: {money(prem)}<br>Sales tax 6%: {money(tax)}<br><b>Invoice total: {money(total)}</b></p></body></html>"""
    html_pdf("quailrun-categories-chromium", html, "chromium")
    write_expected("quailrun-categories-chromium", items, total)


@_held
def rategroff():
    """groff tbl, a 'Premium %' column with no premium amounts, tax only as a total."""
    L = lots(405, 32, start=1)
    r = random.Random(405)
    items, rows = [], []
    for l in L:
        rate = Decimal(r.choice(["15", "15", "20"]))
        p = q(l["hammer"] * rate / 100)
        items.append(item(l["lot"], l["title"], 1, l["hammer"], p, None))
        rows.append(f"{l['lot']}\t{l['title']}\t{money(l['hammer'])}\t{rate}%")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items)
    tax = q((sub + prem) * Decimal("0.05"))
    for i, t in zip(items, allocate_last(tax, [i["bid"] for i in items])):
        i["tax"] = t
    total = sub + prem + tax
    body = "\n".join(rows)
    ms = f""".nr PS 9
.nr VS 11
.LP
\\s[14]\\fBDry Creek Auction Co.\\fP\\s0
.br
Invoice No. 4410    Sale Date 03/08/2025    Bidder 7
.sp
.TS
tab(\t) expand;
lB lB rB rB
l l n r.
Lot\tDescription\tHammer\tPremium %
_
{body}
.TE
.TS
tab(@) expand;
r n.
Hammer total@{money(sub)}
Buyer's premium@{money(prem)}
Sales tax 5%@{money(tax)}
Total due@{money(total)}
.TE
"""
    src = f"{OUT}/drycreek-rate-groff.ms"
    open(src, "w").write(ms)
    ps = subprocess.run(["groff", "-t", "-ms", "-Tps", src], capture_output=True).stdout
    subprocess.run(["ps2pdf", "-", f"{OUT}/drycreek-rate-groff.pdf"], input=ps)
    write_expected("drycreek-rate-groff", items, total)


HELD = [ashby, brugge, twocopies, categories, rategroff]


ALL = [thornbury, vanderveld, maplecrest, kestrel, hearthstone, fieldstone, ridgeway, larkin, sutton, bramble, mercer, osprey]


def every():
    for f in ALL:
        f()


if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["held"]:
        for f in HELD:
            f()
    for name in [] if sys.argv[1:] == ["held"] else sys.argv[1:] or [f.__name__ for f in ALL]:
        globals()[name]()
