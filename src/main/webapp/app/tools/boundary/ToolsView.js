import { Page, html, raw, render, keyValues, money, percent, showProblem, clearProblem, formValues, failure } from "../../ui.js";
import * as tools from "../control/ToolsControl.js";
import { CATEGORIES, PLATFORMS, options } from "../../inventory/entity/Vocabulary.js";
import { feeCalculator } from "./FeeCalculator.js";

/**
 * Calculators: at the auction, how much can I bid for a lot I expect to sell at a price and still
 * make my ROI? Before listing, what will the platform take from a sale?
 */
class ToolsView extends Page {
  load() {
    render(
      this,
      html`<h1>Tools</h1>
      <section class="card" aria-labelledby="max-bid-h"><h2 id="max-bid-h">Max-bid calculator</h2><form id="max-bid" novalidate>
        <p class="form-error" data-form-error role="alert" hidden></p>
        <div class="fields">
          <div><label for="t-price">Expected sale price</label><input id="t-price" name="expected_sale_price" type="number" step="0.01" min="0" required></div>
          <div><label for="t-roi">Target ROI (%)</label><input id="t-roi" name="target_roi" type="number" step="1" value="50"></div>
          <div><label for="t-platform">Sell on</label><select id="t-platform" name="platform">${raw(options(PLATFORMS, "ebay"))}</select></div>
          <div><label for="t-category">Category</label><select id="t-category" name="category">${raw(options(CATEGORIES, "other"))}</select></div>
          <div><label for="t-premium">Buyer's premium (%)</label><input id="t-premium" name="buyers_premium_percent" type="number" step="0.01" min="0" value="18"></div>
          <div><label for="t-tax">Sales tax (%)</label><input id="t-tax" name="sales_tax_percent" type="number" step="0.001" min="0" value="0"></div>
          <div><label for="t-other">Other costs (pickup, fuel)</label><input id="t-other" name="other_costs" type="number" step="0.01" min="0"></div>
          <div><label for="t-ship-charged">Shipping charged to buyer</label><input id="t-ship-charged" name="shipping_charged" type="number" step="0.01" min="0"></div>
          <div><label for="t-ship-cost">Shipping you pay</label><input id="t-ship-cost" name="shipping_cost" type="number" step="0.01" min="0"></div>
          <div><label class="check"><input type="checkbox" name="premium_taxed" checked> Premium is taxed</label></div>
        </div>
        <div class="actions"><button type="submit">Calculate</button></div>
      </form><div id="answer" aria-live="polite" style="margin-top:1rem"></div></section>
      <section class="card" id="fee-calculator" aria-labelledby="fees-h" style="margin-top:1rem"></section>`,
    );
    feeCalculator(this.querySelector("#fee-calculator"));
    const form = this.querySelector("#max-bid");
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      clearProblem(form);
      const out = this.querySelector("#answer");
      try {
        render(out, result(await tools.maxBid(formValues(form))));
      } catch (error) {
        if (error.missing) render(out, failure(error, "The max-bid calculator"));
        else showProblem(form, error);
      }
    });
  }
}

/** The answer of POST /tools/max-bid: the bid, what the lot then costs, and the sale it leads to. */
function result(a) {
  const sale = a.sale ?? {};
  return html`<h3>Result</h3>
    ${a.reachable
      ? html`<p id="max-bid-answer" style="font-size:1.2rem">Bid at most <strong>${money(a.max_bid)}</strong> to make ${percent(a.target_roi)} ROI at ${money(a.expected_sale_price)}.</p>`
      : html`<p class="notice" id="max-bid-answer" role="status">${a.reason ?? "This target cannot be reached at this price."}</p>`}
    <div class="grid">
      <section><h4>The lot</h4>${keyValues({ bid: a.max_bid ?? 0, buyers_premium: a.buyers_premium, sales_tax: a.sales_tax, other_costs: a.other_costs, landed_cost: a.landed_cost })}</section>
      <section><h4>The sale on ${sale.platform ?? "the platform"}</h4>${keyValues({ list_price: sale.list_price, fees: sale.fees?.total, net_proceeds: sale.net_proceeds, net_profit: sale.net_profit, roi_percent: sale.roi_percent, margin_percent: sale.margin_percent })}</section>
    </div>`;
}

customElements.define("resell-tools", ToolsView);
