import { html, raw, money } from "../../ui.js";
import { CATEGORIES, CONDITIONS, options } from "../../inventory/entity/Vocabulary.js";

/**
 * The lines of an import preview with the whole cost of each (hammer, premium, tax, shipping,
 * other fees, total and landed cost per unit, under the items' own names), OCR's confidence for a
 * scanned invoice, and the columns' sums against the invoice's printed totals.
 */
export function linesEditor(items) {
  if (!items.length) return html`<p class="muted">No item lines were found.</p>`;
  const ocr = items.some((i) => i.ocr_confidence !== undefined);
  const cost = (i) => html`<td class="num">${money(i.bid_amount)}</td><td class="num">${money(i.buyers_premium)}</td><td class="num">${money(i.sales_tax)}</td><td class="num">${money(i.shipping_cost)}</td><td class="num">${money(i.other_fees)}</td><td class="num">${money(i.total_cost)}</td><td class="num">${money(i.cost_per_item)}</td>`;
  const unsure = items.filter((i) => i.needs_review).length;
  // open when short, or when some line needs a look: every correctable line is in sight
  return html`<details ${items.length <= 30 || unsure ? "open" : ""}><summary>Parsed lines (you can correct them)${unsure ? ` · ${unsure} to check` : ""}</summary><div class="table-wrap"><table class="preview">
    <thead><tr><th scope="col">Line</th><th scope="col">Lot</th><th scope="col">Name</th><th scope="col">Category</th><th scope="col">Condition</th><th scope="col" class="num">Qty</th><th scope="col" class="num">Hammer</th><th scope="col" class="num">Premium</th><th scope="col" class="num">Tax</th><th scope="col" class="num">Shipping</th><th scope="col" class="num">Other</th><th scope="col" class="num">Total cost</th><th scope="col" class="num">Per unit</th>${ocr ? html`<th scope="col" class="num">OCR</th><th scope="col">Keep</th>` : ""}</tr></thead>
    <tbody>${items.map(
      (i) => html`<tr data-row="${i.source_row}">
        <td>${i.source_row}</td><td>${i.lot_number ?? ""}</td>
        <td><input name="item_name" value="${i.item_name}" aria-label="Name on line ${i.source_row}"></td>
        <td><select name="category" aria-label="Category on line ${i.source_row}">${raw(options(CATEGORIES, i.category))}</select></td>
        <td><select name="condition" aria-label="Condition on line ${i.source_row}">${raw(options(CONDITIONS, i.condition))}</select>${i.needs_review ? html` <span class="badge review" title="The category or condition was guessed with low confidence">unsure: check</span>` : ""}</td>
        <td class="num">${i.quantity}</td>${cost(i)}
        ${ocr ? html`<td class="num ${i.ocr_confidence < 0.8 ? "error" : ""}">${Math.round((i.ocr_confidence ?? 0) * 100)} %</td><td><input type="checkbox" name="keep" checked aria-label="Import line ${i.source_row}"></td>` : ""}</tr>`,
    )}</tbody>${reconciliationRows(items)}</table></div></details>`;
}

/** The sums of the lines' costs; the printed figures under them when the invoice prints them. */
function reconciliationRows(items) {
  const sum = (key) => items.reduce((s, i) => s + Number(i[key] ?? 0), 0);
  const keys = ["bid_amount", "buyers_premium", "sales_tax", "shipping_cost", "other_fees", "total_cost"];
  return html`<tfoot><tr><th scope="row" colspan="6">Sum of the lines</th>${keys.map((k) => html`<td class="num">${money(sum(k))}</td>`)}<td></td></tr></tfoot>`;
}

/** The printed totals next to the lines' sums, so a difference shows where it is. */
export function reconciliation(invoice, items) {
  if (!invoice) return "";
  const sum = (key) => items.reduce((s, i) => s + Number(i[key] ?? 0), 0);
  const rows = [
    ["Hammer / subtotal", invoice.subtotal, sum("bid_amount")],
    ["Premium", invoice.premium_total, sum("buyers_premium")],
    ["Tax", invoice.tax_total, sum("sales_tax")],
    ["Shipping", invoice.shipping_total, sum("shipping_cost")],
    ["Total (items and the fees kept on the invoice)", invoice.total, sum("total_cost") + Number(invoice.fees_total ?? 0)],
  ].filter(([, printed]) => printed !== null && printed !== undefined);
  if (!rows.length) return feesNote(invoice);
  return html`<table class="reconciliation"><caption>Against the printed totals</caption><thead><tr><th scope="col"></th><th scope="col" class="num">Printed</th><th scope="col" class="num">Lines</th><th scope="col" class="num">Difference</th></tr></thead>
    <tbody>${rows.map(([label, printed, lines]) => {
      const diff = Math.round((lines - Number(printed)) * 100) / 100;
      return html`<tr><th scope="row">${label}</th><td class="num">${money(printed)}</td><td class="num">${money(lines)}</td><td class="num ${diff ? "error" : "ok"}">${money(diff)}</td></tr>`;
    })}</tbody></table>${feesNote(invoice)}`;
}

/** Invoice-level fees stay on the invoice; its page capitalises them into the items' cost. */
function feesNote(invoice) {
  if (!Number(invoice.fees_total ?? 0)) return "";
  return html`<p class="muted fees-note">Fees of ${money(invoice.fees_total)} (loading, card, convenience and the like) stay on the invoice, outside the items' cost.${invoice.id ? html` <a href="#/invoices/${invoice.id}">Open the invoice</a> to capitalise them into the items' cost.` : " After the import, the invoice's page can capitalise them into the items' cost."}</p>`;
}

/** The corrections made in the table, as the confirm endpoint takes them (by source_row). */
export function corrections(card, edits) {
  const lines = [];
  for (const row of card.querySelectorAll("tr[data-row]")) {
    const key = Number(row.dataset.row);
    const fields = { ...(edits.get(key) ?? {}) };
    delete fields.keep;
    const keep = row.querySelector("input[name=keep]");
    if (keep && !keep.checked) lines.push({ source_row: key, exclude: true });
    else if (Object.keys(fields).length) lines.push({ source_row: key, ...fields });
  }
  return lines;
}
