import json, subprocess, sys, os
from decimal import Decimal
from probe_lots import *
OUT = "/tmp/probes/out"; os.makedirs(OUT, exist_ok=True)

def write_expected(name, items, total, qty_column=False):
    import re
    for i in items:
        m = re.match(r"(?i)lot of (\d+)", i["description"])
        if m and not qty_column: i["quantity"] = int(m.group(1))
    with open(f"{OUT}/{name}.json", "w") as f:
        json.dump({"total": str(total), "items": [
            {k: (str(v) if isinstance(v, Decimal) else v) for k, v in i.items()} for i in items]}, f, indent=1)

def html_pdf(name, html, tool):
    src = f"{OUT}/{name}.html"; open(src, "w").write(html)
    pdf = f"{OUT}/{name}.pdf"
    if tool == "weasy": cmd = ["weasyprint", src, pdf]
    elif tool == "wk": cmd = ["wkhtmltopdf", "-q", src, pdf]
    else: cmd = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}", "--no-pdf-header-footer", src]
    subprocess.run(cmd, check=False, capture_output=True)

def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")

# ---- 1: weasyprint, unit price x qty, premium+tax as totals, thead repeated ----
def oakridge():
    L = lots(11, 46, start=1, letters=True, qty_rate=0.15)
    sub = sum(l["hammer"] for l in L)
    prem = q(sub * Decimal("0.18")); tax = q((sub + prem) * Decimal("0.0725"))
    ps = allocate_last(prem, [l["hammer"] for l in L]); ts = allocate_last(tax, [l["hammer"] for l in L])
    total = sub + prem + tax
    rows = "".join(f"<tr><td>{l['lot']}</td><td>{esc(l['title'])}</td><td class=n>{l['qty']}</td><td class=n>{money(l['unit'])}</td><td class=n>{money(l['hammer'])}</td></tr>" for l in L)
    html = f"""<html><head><style>@page {{ size: Letter; margin: 0.6in; @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font-size: 8pt }} }}
body {{ font-family: 'DejaVu Sans'; font-size: 9pt }} table.items {{ width:100%; border-collapse: collapse }}
.items th {{ background:#ddd; text-align:left; padding:3px }} .items td {{ padding:3px; border-bottom: 0.5px solid #999 }} .n {{ text-align:right }}
.hdr {{ display:flex; justify-content:space-between }} .tot td {{ padding:2px 6px }}</style></head><body>
<div class=hdr><div><b style='font-size:14pt'>OAKRIDGE AUCTION GALLERY</b><br>1450 County Road 9<br>Millersburg, OH 44654<br>(330) 555-0142</div>
<div><b style='font-size:16pt'>INVOICE</b><table><tr><td>Invoice No:</td><td>20451</td></tr><tr><td>Sale:</td><td>1014 Fall Estate</td></tr><tr><td>Sale Date:</td><td>10/14/2025</td></tr><tr><td>Bidder No:</td><td>212</td></tr></table></div></div>
<p><b>Sold To:</b><br>Dana Whitcomb<br>88 Elm St<br>Wooster, OH 44691</p>
<table class=items><thead><tr><th>Lot</th><th>Description</th><th class=n>Qty</th><th class=n>Price</th><th class=n>Amount</th></tr></thead><tbody>{rows}</tbody></table>
<table class=tot style='margin-left:auto'><tr><td>Merchandise Total</td><td class=n>{money(sub)}</td></tr>
<tr><td>Buyer's Premium 18%</td><td class=n>{money(prem)}</td></tr><tr><td>Sales Tax 7.25%</td><td class=n>{money(tax)}</td></tr>
<tr><td><b>Invoice Total</b></td><td class=n><b>{money(total)}</b></td></tr><tr><td>Payments</td><td class=n>({money(total)})</td></tr><tr><td>Balance Due</td><td class=n>0.00</td></tr></table>
<p style='font-size:8pt'>All items sold as is. Items must be removed by 10/21/2025.</p></body></html>"""
    html_pdf("oakridge-weasy", html, "weasy")
    write_expected("oakridge-weasy", [dict(lot=l["lot"], description=l["title"], quantity=l["qty"], bid=l["hammer"], premium=p, tax=t, shipping=Decimal("0.00")) for l, p, t in zip(L, ps, ts)], total, qty_column=True)

# ---- 2: wkhtmltopdf, per-line premium, shipping, tax ----
def riverton():
    L = lots(22, 38, start=1001)
    items = []; rows = []
    r = __import__("random").Random(5)
    for l in L:
        p = q(l["hammer"] * Decimal("0.25")); s = Decimal(r.choice(["0.00", "0.00", "14.50", "22.00", "38.75"]))
        t = q((l["hammer"] + p) * Decimal("0.06")); tot = l["hammer"] + p + s + t
        items.append(dict(lot=l["lot"], description=l["title"], quantity=1, bid=l["hammer"], premium=p, tax=t, shipping=s))
        rows.append(f"<tr><td>{l['lot']}</td><td>{esc(l['title'])}</td><td class=n>${money(l['hammer'])}</td><td class=n>${money(p)}</td><td class=n>{'$'+money(s) if s else '-'}</td><td class=n>${money(t)}</td><td class=n>${money(tot)}</td></tr>")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items); ship = sum(i["shipping"] for i in items); tax = sum(i["tax"] for i in items)
    total = sub + prem + ship + tax
    html = f"""<html><head><meta charset=utf-8><style>body {{ font-family: 'Liberation Sans'; font-size: 10pt }} table {{ width:100%; border-collapse:collapse }}
th {{ border-bottom: 2px solid #000; text-align:left }} td {{ padding: 4px 3px; vertical-align: top }} .n {{ text-align:right; white-space:nowrap }} tr {{ page-break-inside: avoid }}</style></head><body>
<h2>Riverton Fine Art &amp; Antiques</h2><p>Online Auction Invoice<br>Invoice #: RV-88231 &nbsp;&nbsp; Auction: Winter Decorative Arts (Sale 2025-31)<br>Invoice Date: December 2, 2025 &nbsp;&nbsp; Paddle: 5521</p>
<table><thead><tr><th>Lot #</th><th>Lot Title</th><th class=n>Hammer</th><th class=n>Buyer's Premium</th><th class=n>Shipping</th><th class=n>Tax</th><th class=n>Total</th></tr></thead><tbody>{''.join(rows)}</tbody></table>
<br><table style='width:45%; margin-left:auto'><tr><td>Hammer Subtotal</td><td class=n>${money(sub)}</td></tr><tr><td>Buyer's Premium</td><td class=n>${money(prem)}</td></tr>
<tr><td>Shipping</td><td class=n>${money(ship)}</td></tr><tr><td>Sales Tax</td><td class=n>${money(tax)}</td></tr><tr><td><b>Grand Total</b></td><td class=n><b>${money(total)}</b></td></tr></table></body></html>"""
    html_pdf("riverton-wk", html, "wk")
    write_expected("riverton-wk", items, total)


def rl_common():
    from reportlab.lib.pagesizes import letter
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    return letter, colors, getSampleStyleSheet(), SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer

# ---- 3: reportlab platypus grid, qty x bid, per-line BP and tax ----
def keystone():
    letter, colors, ss, Doc, Table, TS, P, Sp = rl_common()
    L = lots(33, 42, start=1, letters=True, qty_rate=0.2)
    items = []
    body = ss["BodyText"].clone("b", fontSize=8, leading=9.5)
    data = [["Lot", "Qty", "Description", "Bid", "Ext. Bid", "BP", "Tax", "Total"]]
    for l in L:
        ext = l["hammer"]; bp = q(ext * Decimal("0.20")); tx = q((ext + bp) * Decimal("0.0825")); tot = ext + bp + tx
        items.append(dict(lot=l["lot"], description=l["title"], quantity=l["qty"], bid=ext, premium=bp, tax=tx, shipping=Decimal("0.00")))
        data.append([l["lot"], str(l["qty"]), P(esc(l["title"]), body), money(l["unit"]), money(ext), money(bp), money(tx), money(tot)])
    sub = sum(i["bid"] for i in items); bp = sum(i["premium"] for i in items); tx = sum(i["tax"] for i in items); total = sub + bp + tx
    t = Table(data, colWidths=[36, 28, 200, 48, 52, 46, 44, 56], repeatRows=1)
    t.setStyle(TS([("GRID", (0,0), (-1,-1), 0.5, colors.black), ("FONTSIZE", (0,0), (-1,-1), 8), ("BACKGROUND", (0,0), (-1,0), colors.lightgrey),
                   ("ALIGN", (3,0), (-1,-1), "RIGHT"), ("ALIGN", (1,0), (1,-1), "CENTER"), ("VALIGN", (0,0), (-1,-1), "TOP")]))
    hdr = Table([[P("<b>KEYSTONE AUCTIONEERS, LLC</b><br/>210 Market Street<br/>Lewisburg, PA 17837", ss["BodyText"]),
                  P("Invoice Number: 55120<br/>Auction: 2025-1108 Holiday Antiques<br/>Auction Date: 11/08/2025<br/>Bidder: 1187", ss["BodyText"])]], colWidths=[260, 250])
    tot = Table([["Bid Total", money(sub)], ["Buyer's Premium (20%)", money(bp)], ["PA Sales Tax (8.25%)", money(tx)], ["Amount Due", money(total)]], colWidths=[140, 70])
    tot.setStyle(TS([("ALIGN", (1,0), (1,-1), "RIGHT"), ("LINEABOVE", (0,-1), (-1,-1), 1, colors.black)]))
    tot.hAlign = "RIGHT"
    def foot(c, d):
        c.setFont("Helvetica", 7); c.drawString(40, 25, "Keystone Auctioneers - Thank you for bidding!"); c.drawRightString(570, 25, f"Page {d.page}")
    Doc(f"{OUT}/keystone-reportlab.pdf", pagesize=letter, leftMargin=36, rightMargin=36).build([hdr, Sp(1, 12), t, Sp(1, 10), tot], onFirstPage=foot, onLaterPages=foot)
    write_expected("keystone-reportlab", items, total, qty_column=True)

# ---- 4: reportlab canvas, page subtotals and brought forward ----
def harwood():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    L = lots(44, 64, start=201)
    items = []
    rate = Decimal("0.15")
    for l in L:
        items.append(dict(lot=l["lot"], description=l["title"], quantity=1, bid=l["hammer"], premium=q(l["hammer"]*rate), tax=None, shipping=Decimal("0.00")))
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items)
    tax = q((sub + prem) * Decimal("0.0675"))
    ts = allocate_last(tax, [i["bid"] for i in items])
    for i, t in zip(items, ts): i["tax"] = t
    total = sub + prem + tax
    c = canvas.Canvas(f"{OUT}/harwood-canvas.pdf", pagesize=letter)
    per = 26; pages = [items[k:k+per] for k in range(0, len(items), per)]
    bf_h = Decimal("0"); bf_p = Decimal("0")
    for pn, page in enumerate(pages, 1):
        c.setFont("Helvetica-Bold", 13); c.drawString(50, 750, "HARWOOD & SONS AUCTION CO.")
        c.setFont("Helvetica", 9); c.drawString(50, 736, "Buyer Statement"); c.drawRightString(560, 750, f"Statement No. 7734")
        c.drawRightString(560, 738, "Sale Date 09/27/2025"); c.drawRightString(560, 726, "Buyer # 305")
        y = 700
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "Lot No."); c.drawString(100, y, "Description"); c.drawRightString(480, y, "Hammer"); c.drawRightString(560, y, "Premium (15%)")
        c.line(50, y-3, 560, y-3); y -= 16
        c.setFont("Helvetica", 9)
        if pn > 1:
            c.drawString(100, y, "Brought forward"); c.drawRightString(480, y, money(bf_h)); c.drawRightString(560, y, money(bf_p)); y -= 14
        for i in page:
            c.drawString(50, y, i["lot"]); c.drawString(100, y, i["description"]); c.drawRightString(480, y, money(i["bid"])); c.drawRightString(560, y, money(i["premium"])); y -= 14
            bf_h += i["bid"]; bf_p += i["premium"]
        c.line(400, y+10, 560, y+10)
        if pn < len(pages):
            c.drawString(100, y-2, "Page subtotal (carried forward)"); c.drawRightString(480, y-2, money(bf_h)); c.drawRightString(560, y-2, money(bf_p))
        else:
            y -= 4
            for lab, v in [("Total Hammer", sub), ("Total Premium", prem), ("Sales Tax 6.75%", tax), ("TOTAL DUE", total)]:
                c.drawString(330, y, lab); c.drawRightString(560, y, money(v)); y -= 14
        c.setFont("Helvetica", 7); c.drawCentredString(306, 30, f"Page {pn} of {len(pages)}")
        c.showPage()
    c.save()
    write_expected("harwood-canvas", items, total)

# ---- 5: a CSV printed by LibreOffice Calc ----
def sheetcsv():
    L = lots(55, 36, start=1, qty_rate=0.1)
    import csv
    items = []
    with open(f"{OUT}/tristate-calc.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Tri-State Auction Barn - Buyer Invoice"]); w.writerow(["Invoice", "3391", "", "Sale", "0412"]); w.writerow(["Date", "04/12/2025", "", "Bidder", "77"]); w.writerow([])
        w.writerow(["Lot", "Description", "Qty", "Hammer", "BP 10%", "Tax 6%", "Total"])
        for l in L:
            bp = q(l["hammer"] * Decimal("0.10")); tx = q((l["hammer"] + bp) * Decimal("0.06"))
            items.append(dict(lot=l["lot"], description=l["title"], quantity=l["qty"], bid=l["hammer"], premium=bp, tax=tx, shipping=Decimal("0.00")))
            w.writerow([l["lot"], l["title"], l["qty"], f"{l['hammer']:.2f}".rstrip("0").rstrip("."), f"{bp}", f"{tx}", f"{l['hammer']+bp+tx}"])
        sub = sum(i["bid"] for i in items); bp = sum(i["premium"] for i in items); tx = sum(i["tax"] for i in items); total = sub+bp+tx
        w.writerow([]); w.writerow(["", "Totals", "", f"{sub}", f"{bp}", f"{tx}", f"{total}"])
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, f"{OUT}/tristate-calc.csv"], capture_output=True)
    write_expected("tristate-calc", items, total, qty_column=True)



LONG = ["with original box and papers, light wear to the corners",
        "Condition: small chip to rim, otherwise very good; measures approx. 12 in. wide",
        "provenance: the estate of a Canton, Ohio collector",
        "some foxing; unframed",
        "untested, sold as found",
        ""]
def long_title(r, t):
    extra = r.choice(LONG)
    return (t + ", " + extra) if extra else t

# ---- 6: reportlab canvas, accounting $ apart, label above value header ----
def ledger():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    import random
    L = lots(66, 40, start=1)
    items = []
    for l in L:
        items.append(dict(lot=l["lot"], description=l["title"], quantity=1, bid=l["hammer"], premium=q(l["hammer"]*Decimal("0.13")), tax=None, shipping=Decimal("0.00")))
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items)
    tax = q((sub + prem) * Decimal("0.055")); ts = allocate_last(tax, [i["bid"] for i in items])
    for i, t in zip(items, ts): i["tax"] = t
    total = sub + prem + tax
    c = canvas.Canvas(f"{OUT}/ledger-canvas.pdf", pagesize=letter)
    def head():
        c.setFont("Times-Bold", 15); c.drawString(54, 740, "Pemberton Estate Auctions")
        c.setFont("Times-Roman", 9); c.drawString(54, 727, "PO Box 118, Cedar Falls, IA 50613")
        for k, (lab, val) in enumerate([("INVOICE NO.", "A-10442"), ("AUCTION DATE", "March 22, 2025"), ("BIDDER", "1093")]):
            x = 330 + k * 85
            c.setFont("Helvetica", 7); c.drawString(x, 742, lab); c.setFont("Helvetica-Bold", 10); c.drawString(x, 729, val)
        y = 690
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(80, y, "LOT"); c.drawString(95, y, "DESCRIPTION"); c.drawRightString(470, y, "HAMMER"); c.drawRightString(555, y, "PREMIUM")
        c.line(54, y - 4, 558, y - 4)
        return y - 16
    y = head(); page = 1
    c.setFont("Helvetica", 8.5)
    for i in items:
        if y < 90:
            c.setFont("Helvetica", 7); c.drawRightString(558, 40, f"Page {page}"); c.showPage(); page += 1; y = head(); c.setFont("Helvetica", 8.5)
        c.drawRightString(80, y, i["lot"]); c.drawString(95, y, i["description"])
        c.drawString(415, y, "$"); c.drawRightString(470, y, money(i["bid"])); c.drawString(500, y, "$"); c.drawRightString(555, y, money(i["premium"]))
        y -= 13
    y -= 8
    for lab, v in [("Total Hammer", sub), ("Buyer's Premium @ 13%", prem), ("Iowa Sales Tax 5.5%", tax), ("Please Pay This Amount", total)]:
        c.drawRightString(480, y, lab); c.drawString(500, y, "$"); c.drawRightString(555, y, money(v)); y -= 13
    c.setFont("Helvetica", 7); c.drawRightString(558, 40, f"Page {page}")
    c.save()
    write_expected("ledger-canvas", items, total)

# ---- 7: weasyprint, long wrapped descriptions, mixed premium rates, shipping total ----
def meadow():
    import random
    r = random.Random(77)
    L = lots(77, 34, start=301, letters=True)
    items = []; rows = []
    for l in L:
        online = r.random() < 0.4
        rate = Decimal("0.23") if online else Decimal("0.18")
        p = q(l["hammer"] * rate)
        title = long_title(r, l["title"])
        items.append(dict(lot=l["lot"], description=title, quantity=1, bid=l["hammer"], premium=p, tax=Decimal("0.00"), shipping=None))
        rows.append(f"<tr><td>{l['lot']}</td><td>{esc(title)}</td><td>{'Internet' if online else 'Floor'}</td><td class=n>{money(l['hammer'])}</td><td class=n>{money(p)}</td><td class=n>{money(l['hammer']+p)}</td></tr>")
    ship = Decimal("186.40")
    ss = allocate_last(ship, [i["bid"] for i in items])
    for i, s_ in zip(items, ss): i["shipping"] = s_
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items); total = sub + prem + ship
    html = f"""<html><head><style>@page {{ size: Letter; margin: 0.5in }} body {{ font-family: 'DejaVu Serif'; font-size: 8.5pt }}
table {{ width:100%; border-collapse: collapse }} th {{ text-align:left; border-bottom: 1px solid #000; font-size: 8pt }} td {{ vertical-align: top; padding: 3px 4px; border-bottom: 0.3px dotted #aaa }}
.n {{ text-align: right; white-space: nowrap }} td:nth-child(2) {{ width: 55% }}</style></head><body>
<table style='border:none'><tr><td style='border:none'><b style='font-size:13pt'>Meadowbrook Auction Company</b><br>Tax-exempt purchase (resale certificate on file)</td>
<td style='border:none; text-align:right'>Invoice<br><b>MB-2025-0917</b><br>Sale date: 17 September 2025<br>Bidder 4471</td></tr></table><br>
<table><thead><tr><th>Lot</th><th>Description</th><th>Bid Type</th><th class=n>Hammer</th><th class=n>Premium</th><th class=n>Total</th></tr></thead><tbody>{''.join(rows)}</tbody></table>
<table style='width:40%; margin-left:auto; margin-top:10px'><tr><td>Hammer total</td><td class=n>{money(sub)}</td></tr><tr><td>Premium total</td><td class=n>{money(prem)}</td></tr>
<tr><td>Shipping &amp; Handling</td><td class=n>{money(ship)}</td></tr><tr><td>Sales tax (exempt)</td><td class=n>0.00</td></tr><tr><td><b>Amount Due</b></td><td class=n><b>{money(total)}</b></td></tr></table></body></html>"""
    html_pdf("meadow-weasy", html, "weasy")
    write_expected("meadow-weasy", items, total)

# ---- 8: wkhtmltopdf landscape, many columns incl. a BP % column ----
def granary():
    import random
    r = random.Random(88)
    L = lots(88, 44, start=1, qty_rate=0.15)
    items = []; rows = []
    for l in L:
        rate = r.choice([Decimal("15"), Decimal("18")])
        p = q(l["hammer"] * rate / 100); t = q((l["hammer"] + p) * Decimal("0.07"))
        items.append(dict(lot=l["lot"], description=l["title"], quantity=l["qty"], bid=l["hammer"], premium=p, tax=t, shipping=Decimal("0.00")))
        rows.append(f"<tr><td>{l['lot']}</td><td>C{r.randint(100,999)}</td><td>{esc(l['title'])}</td><td class=n>{l['qty']}</td><td class=n>{money(l['hammer'])}</td><td class=n>{rate}%</td><td class=n>{money(p)}</td><td class=n>{money(t)}</td><td class=n>{money(l['hammer']+p+t)}</td></tr>")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items); tax = sum(i["tax"] for i in items); total = sub + prem + tax
    html = f"""<html><head><meta charset=utf-8><style>body {{ font-family: 'Liberation Sans'; font-size: 9pt }} table {{ width:100%; border-collapse: collapse }}
th, td {{ border: 1px solid #777; padding: 2px 4px }} th {{ background: #eee }} .n {{ text-align:right }}</style></head><body>
<h3>THE GRANARY AUCTION HALL</h3><div>Invoice: G-5528 &nbsp; | &nbsp; Sale: Spring Consignment 2025-04 &nbsp; | &nbsp; Date: 2025-04-26 &nbsp; | &nbsp; Buyer No.: 315</div><br>
<table><thead><tr><th>Lot</th><th>Consignor</th><th>Description</th><th>Qty</th><th>Hammer</th><th>BP %</th><th>BP</th><th>Tax</th><th>Total</th></tr></thead><tbody>{''.join(rows)}
<tr><td colspan=4 class=n><b>Totals</b></td><td class=n>{money(sub)}</td><td></td><td class=n>{money(prem)}</td><td class=n>{money(tax)}</td><td class=n><b>{money(total)}</b></td></tr></tbody></table></body></html>"""
    src = f"{OUT}/granary-wk.html"; open(src, "w").write(html)
    subprocess.run(["wkhtmltopdf", "-q", "-O", "Landscape", src, f"{OUT}/granary-wk.pdf"], capture_output=True)
    write_expected("granary-wk", items, total, qty_column=True)

# ---- 9: reportlab, one block per lot, amounts stacked on the right ----
def stacked():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    L = lots(99, 24, start=11)
    items = []
    c = canvas.Canvas(f"{OUT}/stacked-canvas.pdf", pagesize=letter)
    def head():
        c.setFont("Helvetica-Bold", 14); c.drawString(50, 745, "Sawmill Creek Auctions LLC")
        c.setFont("Helvetica", 9); c.drawString(50, 731, "Invoice 88120  -  Sale #2025-14  -  October 4, 2025  -  Bidder 66")
        c.line(50, 722, 560, 722)
        return 700
    y = head()
    for l in L:
        p = q(l["hammer"] * Decimal("0.20")); t = q((l["hammer"] + p) * Decimal("0.0625"))
        items.append(dict(lot=l["lot"], description=l["title"], quantity=1, bid=l["hammer"], premium=p, tax=t, shipping=Decimal("0.00")))
        if y < 110:
            c.showPage(); y = head()
        c.setFont("Helvetica-Bold", 11); c.drawString(50, y, f"Lot {l['lot']}")
        c.setFont("Helvetica", 9); c.drawString(110, y, l["title"])
        for k, (lab, v) in enumerate([("Hammer", l["hammer"]), ("Premium 20%", p), ("Tax 6.25%", t), ("Lot total", l["hammer"] + p + t)]):
            c.setFont("Helvetica-Bold" if k == 3 else "Helvetica", 9)
            c.drawString(420, y - k * 11, lab); c.drawRightString(560, y - k * 11, money(v))
        y -= 52; c.setLineWidth(0.3); c.line(50, y + 12, 560, y + 12)
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items); tax = sum(i["tax"] for i in items); total = sub + prem + tax
    if y < 120: c.showPage(); y = head()
    for lab, v in [("Hammer subtotal", sub), ("Premium", prem), ("Sales tax", tax), ("Invoice total", total)]:
        c.drawString(400, y, lab); c.drawRightString(560, y, money(v)); y -= 12
    c.save()
    write_expected("stacked-canvas", items, total)

# ---- 10: weasyprint, lot and title in one "Lot / Description" cell ----
def combined():
    L = lots(110, 30, start=1, letters=True)
    items = []; rows = []
    for l in L:
        p = q(l["hammer"] * Decimal("0.15"))
        items.append(dict(lot=l["lot"], description=l["title"], quantity=1, bid=l["hammer"], premium=p, tax=None, shipping=Decimal("0.00")))
        rows.append(f"<tr><td><b>{l['lot']}</b> &nbsp; {esc(l['title'])}</td><td class=n>${money(l['hammer'])}</td><td class=n>${money(p)}</td><td class=n>${money(l['hammer']+p)}</td></tr>")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items)
    tax = q((sub + prem) * Decimal("0.08")); ts = allocate_last(tax, [i["bid"] for i in items])
    for i, t in zip(items, ts): i["tax"] = t
    total = sub + prem + tax
    html = f"""<html><head><style>@page {{ size: A4; margin: 15mm }} body {{ font-family: 'Liberation Serif'; font-size: 10pt }} table {{ width: 100%; border-collapse: collapse }}
th {{ border-bottom: 1.5px solid black; text-align: left }} td {{ padding: 2px 3px }} .n {{ text-align: right }} tr:nth-child(even) td {{ background: #f2f2f2 }}</style></head><body>
<p style='font-size:16pt; margin:0'>Larkspur Auction House</p><p>Invoice No. 30071 &middot; Auction #LA-0522 &middot; May 22, 2025 &middot; Paddle 208</p>
<table><thead><tr><th>Lot / Description</th><th class=n>Hammer</th><th class=n>Premium</th><th class=n>Amount</th></tr></thead><tbody>{''.join(rows)}</tbody></table>
<table style='width: 45%; margin-left: auto; margin-top: 8px'><tr><td>Total Hammer</td><td class=n>${money(sub)}</td></tr><tr><td>Total Premium</td><td class=n>${money(prem)}</td></tr>
<tr><td>Sales Tax 8%</td><td class=n>${money(tax)}</td></tr><tr><td><b>Total Due</b></td><td class=n><b>${money(total)}</b></td></tr></table></body></html>"""
    html_pdf("larkspur-weasy", html, "weasy")
    write_expected("larkspur-weasy", items, total)

# ---- 11: wkhtmltopdf, long descriptions, cells vertically centred ----
def vmiddle():
    import random
    r = random.Random(111)
    L = lots(111, 26, start=1201)
    items = []; rows = []
    for l in L:
        title = l["title"] + ". " + r.choice(["Good overall condition with light wear consistent with age and use; see photographs for details.", "Measures approximately 14 x 9 x 6 inches; minor scratches, no repairs noted.", "From a private collection; never displayed.", "As found."])
        p = q(l["hammer"] * Decimal("0.20")); t = q((l["hammer"] + p) * Decimal("0.065"))
        items.append(dict(lot=l["lot"], description=title, quantity=1, bid=l["hammer"], premium=p, tax=t, shipping=Decimal("0.00")))
        rows.append(f"<tr><td>{l['lot']}</td><td style='width:48%'>{esc(title)}</td><td class=n>{money(l['hammer'])}</td><td class=n>{money(p)}</td><td class=n>{money(t)}</td><td class=n>{money(l['hammer']+p+t)}</td></tr>")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items); tax = sum(i["tax"] for i in items); total = sub + prem + tax
    html = f"""<html><head><meta charset=utf-8><style>body {{ font-family: 'DejaVu Sans'; font-size: 9pt }} table {{ border-collapse: collapse; width: 100% }} td, th {{ border-bottom: 1px solid #bbb; padding: 4px; vertical-align: middle }} .n {{ text-align: right }}</style></head><body>
<h2 style='margin:0'>Copper Beech Auctioneers</h2><p>Invoice 2025-7781<br>Sale: Autumn Collectors Sale<br>Date: 11 Oct 2025<br>Bidder Number: 93</p>
<table><tr><th>Lot</th><th>Description</th><th>Hammer</th><th>Buyer's Premium</th><th>Tax</th><th>Total</th></tr>{''.join(rows)}</table>
<p style='text-align:right'>Hammer: {money(sub)}<br>Buyer's Premium: {money(prem)}<br>Tax: {money(tax)}<br><b>Total: {money(total)}</b></p></body></html>"""
    html_pdf("copperbeech-wk", html, "wk")
    write_expected("copperbeech-wk", items, total)

# ---- 12: chromium, a per-lot Lot Fee column, qty x price = amount ----
def lotfee():
    L = lots(112, 32, start=501, qty_rate=0.2)
    items = []; rows = []
    for l in L:
        fee = Decimal("2.00")
        items.append(dict(lot=l["lot"], description=l["title"], quantity=l["qty"], bid=l["hammer"], premium=None, tax=Decimal("0.00"), shipping=Decimal("0.00"), fees=fee))
        rows.append(f"<tr><td>{l['lot']}</td><td>{esc(l['title'])}</td><td class=n>{l['qty']}</td><td class=n>{money(l['unit'])}</td><td class=n>{money(l['hammer'])}</td><td class=n>{money(fee)}</td></tr>")
    sub = sum(i["bid"] for i in items); prem = q(sub * Decimal("0.10")); fees = sum(i["fees"] for i in items)
    ps = allocate_last(prem, [i["bid"] for i in items])
    for i, p in zip(items, ps): i["premium"] = p
    total = sub + prem + fees
    html = f"""<html><head><style>body {{ font-family: sans-serif; font-size: 10pt }} table.t {{ width:100%; border-collapse: collapse }} .t th {{ text-align: left; background:#333; color:#fff; padding:4px }} .t td {{ padding: 3px 4px; border-bottom: 1px solid #ddd }} .n {{ text-align:right }}</style></head><body>
<h1 style='font-size:18pt'>Blue Ridge Estate Auctions</h1><p>Invoice #: 61190<br>Auction: 0607 &ndash; June Estate Sale<br>Date: June 7, 2025<br>Bidder: 402 (Tax exempt - resale)</p>
<table class=t><tr><th>Lot</th><th>Description</th><th class=n>Qty</th><th class=n>Price</th><th class=n>Amount</th><th class=n>Lot Fee</th></tr>{''.join(rows)}</table>
<table style='margin-left:auto; margin-top:10px'><tr><td>Subtotal</td><td class=n>{money(sub)}</td></tr><tr><td>Buyer's Premium 10%</td><td class=n>{money(prem)}</td></tr>
<tr><td>Lot Fees</td><td class=n>{money(fees)}</td></tr><tr><td><b>Total</b></td><td class=n><b>{money(total)}</b></td></tr></table></body></html>"""
    html_pdf("blueridge-chromium", html, "chromium")
    write_expected("blueridge-chromium", items, total, qty_column=True)

# ---- 13: chromium, online-auction wording, estimates inside titles ----
def online():
    import random
    r = random.Random(113)
    L = lots(113, 28, start=1)
    items = []; rows = []
    for l in L:
        lo = r.choice([50, 100, 200, 400]); est = f" (Est. ${lo}-${lo*2})" if r.random() < 0.5 else ""
        title = l["title"] + est
        p = q(l["hammer"] * Decimal("0.28")); t = q((l["hammer"] + p) * Decimal("0.0875")); sh = Decimal(r.choice(["0.00", "18.00", "27.50", "64.00"]))
        items.append(dict(lot=l["lot"], description=title, quantity=1, bid=l["hammer"], premium=p, tax=t, shipping=sh))
        rows.append(f"<tr><td>{l['lot']}</td><td>{esc(title)}</td><td class=n>${money(l['hammer'])}</td><td class=n>${money(p)}</td><td class=n>${money(t)}</td><td class=n>${money(sh)}</td><td class=n>${money(l['hammer']+p+t+sh)}</td></tr>")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items); tax = sum(i["tax"] for i in items); ship = sum(i["shipping"] for i in items); total = sub + prem + tax + ship
    html = f"""<html><head><style>body {{ font-family: Arial, sans-serif; font-size: 9pt; color: #222 }} table {{ width: 100%; border-collapse: collapse }} th {{ font-size: 8pt; text-transform: uppercase; color: #666; text-align: left; padding: 6px 4px; border-bottom: 2px solid #ccc }}
td {{ padding: 6px 4px; border-bottom: 1px solid #eee }} .n {{ text-align: right }} .box {{ border: 1px solid #ccc; padding: 8px; width: 45%; display: inline-block; vertical-align: top }}</style></head><body>
<div style='font-size:20pt; font-weight:bold'>Hollis &amp; Reed</div><div style='color:#666'>Auctioneers &amp; Appraisers</div><br>
<div class=box><b>Invoice</b><br>Invoice ID: HR-240981<br>Auction: Modern Design &amp; Decorative Arts<br>Auction Date: Jan 18, 2025<br>Paddle Number: 71</div>
<div class=box style='margin-left:3%'><b>Bill To</b><br>M. Alvarez<br>2210 W Fulton St<br>Chicago, IL 60612</div><br><br>
<table><tr><th>Lot</th><th>Item Title</th><th class=n>Winning Amount</th><th class=n>BP Amt</th><th class=n>Tax Amt</th><th class=n>Shipping Charge</th><th class=n>Total</th></tr>{''.join(rows)}</table>
<table style='width: 40%; margin-left: auto; margin-top: 10px'><tr><td>Winning Amounts</td><td class=n>${money(sub)}</td></tr><tr><td>Buyer's Premium (28%)</td><td class=n>${money(prem)}</td></tr>
<tr><td>Sales Tax</td><td class=n>${money(tax)}</td></tr><tr><td>Shipping</td><td class=n>${money(ship)}</td></tr><tr><td><b>Invoice Total</b></td><td class=n><b>${money(total)}</b></td></tr></table></body></html>"""
    html_pdf("hollis-chromium", html, "chromium")
    write_expected("hollis-chromium", items, total)

# ---- 14: weasyprint, no heading row: lot, title with estimate, hammer, premium on each line ----
def headless():
    import random
    r = random.Random(114)
    L = lots(114, 30, start=1, letters=True)
    items = []; rows = []
    for l in L:
        est = f" [Est. ${r.choice([40, 75, 150])}-{r.choice([200, 300])}]" if r.random() < 0.4 else ""
        title = l["title"] + est
        p = q(l["hammer"] * Decimal("0.17"))
        items.append(dict(lot=l["lot"], description=title, quantity=1, bid=l["hammer"], premium=p, tax=None, shipping=Decimal("0.00")))
        rows.append(f"<tr><td class=lot>#{l['lot']}</td><td>{esc(title)}</td><td class=a>${money(l['hammer'])}</td><td class=a>${money(p)}</td></tr>")
    sub = sum(i["bid"] for i in items); prem = sum(i["premium"] for i in items)
    tax = q((sub + prem) * Decimal("0.07")); ts = allocate_last(tax, [i["bid"] for i in items])
    for i, t in zip(items, ts): i["tax"] = t
    total = sub + prem + tax
    html = f"""<html><head><style>@page {{ size: Letter; margin: 0.7in }} body {{ font-family: 'DejaVu Sans Mono'; font-size: 8.5pt }}
table {{ width: 100%; border-collapse: collapse }} td {{ padding: 1px 2px; vertical-align: top }} .lot {{ width: 50px }} .a {{ width: 80px; text-align: right }}</style></head><body>
<p>FOX RUN AUCTION SERVICES<br>Buyer receipt no. 44107 / sale 25-318 / Nov 14, 2025<br>Buyer #: 550</p><hr>
<table>{''.join(rows)}</table><hr><table>
<tr><td class=lot></td><td>Hammer total</td><td class=a></td><td class=a>${money(sub)}</td></tr>
<tr><td class=lot></td><td>Buyer premium 17%</td><td class=a></td><td class=a>${money(prem)}</td></tr>
<tr><td class=lot></td><td>Sales tax 7%</td><td class=a></td><td class=a>${money(tax)}</td></tr>
<tr><td class=lot></td><td>TOTAL</td><td class=a></td><td class=a>${money(total)}</td></tr></table></body></html>"""
    html_pdf("foxrun-weasy", html, "weasy")
    write_expected("foxrun-weasy", items, total)
