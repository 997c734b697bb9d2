import { Page, html, render, money, date, table, toast } from "../../ui.js";
import { hasRole } from "../../api.js";
import * as invoices from "../control/InvoicesControl.js";

/**
 * Imported auction invoices. The list shows each with its total and its fees; an invoice shows what
 * it printed (header, totals, each fee by label, credits), its items with their whole cost, and the
 * switch that capitalises the invoice's fees (loading, card, convenience...) into the items' cost,
 * spread by hammer, or returns them to the invoice.
 */
class InvoicesView extends Page {
  async load() {
    const id = this.getAttribute("invoice");
    if (id) await this.show(id);
    else await this.showList();
  }

  async showList() {
    const rows = await invoices.list();
    render(
      this,
      html`<h1>Invoices</h1>
        <p class="muted">Every imported auction invoice. Fees that are not part of an item's cost (loading, removal, card or convenience fees) stay on the invoice until you capitalise them.</p>
        ${table(
          rows,
          [
            { key: "invoice_number", label: "Invoice", cell: (r) => html`<a href="#/invoices/${r.id}">${r.invoice_number}</a>` },
            { key: "auction_house", label: "Auction house" },
            { key: "invoice_date", label: "Date", cell: (r) => date(r.invoice_date) },
            { key: "printed_total", label: "Total", cell: (r) => money(r.printed_total) },
            { key: "fees_total", label: "Fees", cell: (r) => (r.fees_total ? html`${money(r.fees_total)} <span class="muted">${r.fees_capitalized ? "in item cost" : "on the invoice"}</span>` : "—") },
          ],
          { caption: "Imported invoices, newest first", empty: "No invoice imported yet. Import one on the Import page." },
        )}`,
    );
  }

  async show(id) {
    const v = await invoices.invoice(id);
    const fees = Object.entries(v.extra_fees ?? {});
    render(
      this,
      html`<p><a href="#/invoices">All invoices</a></p>
        <h1>Invoice ${v.invoice_number}</h1>
        <p>${v.auction_house}${v.invoice_date ? html` · ${date(v.invoice_date)}` : ""}${v.auction_id ? html` · auction ${v.auction_id}` : ""}${v.bidder_number ? html` · bidder ${v.bidder_number}` : ""}</p>
        <section class="card" aria-labelledby="inv-fees"><h2 id="inv-fees">Charges and fees</h2>
          ${fees.length ? html`<dl class="kv">${fees.map(([label, amount]) => html`<dt>${label}</dt><dd>${money(amount)}</dd>`)}</dl>` : html`<p class="muted">The invoice prints no charges besides premium and tax.</p>`}
          ${v.fees_total ? html`<p id="fees-state" role="status">${v.fees_capitalized ? html`The fees (${money(v.fees_total)}) are capitalised: spread over the items by hammer, in their other fees.` : html`${money(v.fees_on_invoice)} of fees stay on the invoice, outside the items' cost.`}</p>
            ${this.canEdit ? html`<p><button type="button" id="capitalize" data-capitalize="${v.fees_capitalized ? "false" : "true"}">${v.fees_capitalized ? "Return the fees to the invoice" : "Capitalise the fees into the items' cost"}</button></p>` : ""}` : ""}
          ${v.adjustments?.length ? html`<h3>Credits and payments</h3>${table(v.adjustments, [{ key: "description" }, { key: "amount", cell: (a) => money(a.amount) }])}` : ""}
        </section>
        <section class="card" aria-labelledby="inv-totals"><h2 id="inv-totals">Printed totals</h2>
          <dl class="kv">${[
            ["Subtotal", v.subtotal],
            ["Premium", v.premium_total],
            ["Tax", v.tax_total],
            ["Shipping", v.shipping_total],
            ["Fees", v.fees_total],
            ["Credits", v.credits_total],
            ["Total", v.printed_total],
          ]
            .filter(([, value]) => value !== null && value !== undefined)
            .map(([label, value]) => html`<dt>${label}</dt><dd>${money(value)}</dd>`)}
            <dt>Items' landed cost</dt><dd id="items-cost">${money(v.items_total_cost)}</dd>
            <dt>Fees kept on the invoice</dt><dd>${money(v.fees_on_invoice)}</dd></dl>
        </section>
        <section aria-labelledby="inv-items"><h2 id="inv-items">Items</h2>
          ${table(
            v.items,
            [
              { key: "lot_number", label: "Lot" },
              { key: "item_name", label: "Item", cell: (i) => html`<a href="#/items/${i.lot_id}">${i.item_name}</a>` },
              { key: "quantity", label: "Qty" },
              { key: "bid_amount", label: "Hammer", cell: (i) => money(i.bid_amount) },
              { key: "buyers_premium", label: "Premium", cell: (i) => money(i.buyers_premium) },
              { key: "sales_tax", label: "Tax", cell: (i) => money(i.sales_tax) },
              { key: "shipping_cost", label: "Shipping", cell: (i) => money(i.shipping_cost) },
              { key: "other_fees", label: "Other fees", cell: (i) => money(i.other_fees) },
              { key: "total_cost", label: "Total cost", cell: (i) => money(i.total_cost) },
            ],
            { empty: "No item of this invoice is left." },
          )}
        </section>`,
    );
    this.onclick = (e) => this.clicked(e, id);
  }

  get canEdit() {
    return hasRole("staff");
  }

  async clicked(e, id) {
    const button = e.target.closest("#capitalize");
    if (!button) return;
    button.disabled = true;
    try {
      await invoices.capitalizeFees(id, button.dataset.capitalize === "true");
      await this.show(id);
      this.querySelector("#fees-state")?.focus?.();
    } catch (error) {
      toast(error.message);
      button.disabled = false;
    }
  }
}

customElements.define("resell-invoices", InvoicesView);
