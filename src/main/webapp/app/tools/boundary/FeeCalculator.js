import { html, raw, render, money, date, showProblem, clearProblem, formValues, failure } from "../../ui.js";
import { fees } from "../control/ToolsControl.js";
import { CATEGORIES, PLATFORMS, options } from "../../inventory/entity/Vocabulary.js";

/**
 * "What will the platform take?": the fees of one sale on a platform, component by component, from
 * the fee schedule kept in Settings (POST /api/v1/tools/fees), and what is left of the sale.
 */
export function feeCalculator(slot) {
  render(
    slot,
    html`<h2 id="fees-h">Fee calculator</h2>
    <form id="fee-form" novalidate>
      <p class="form-error" data-form-error role="alert" hidden></p>
      <div class="fields">
        <div><label for="f-platform">Platform</label><select id="f-platform" name="platform">${raw(options(PLATFORMS, "ebay"))}</select></div>
        <div><label for="f-category">Category</label><select id="f-category" name="category">${raw(options(CATEGORIES, "", "Platform default"))}</select></div>
        <div><label for="f-price">Sold for (per unit)</label><input id="f-price" name="sold_price" type="number" step="0.01" min="0" inputmode="decimal" required></div>
        <div><label for="f-quantity">Units</label><input id="f-quantity" name="quantity" type="number" min="1" step="1" value="1"></div>
        <div><label for="f-shipping">Shipping charged to the buyer</label><input id="f-shipping" name="shipping_charged" type="number" step="0.01" min="0" inputmode="decimal"></div>
        <div><label for="f-tax">Sales tax the buyer paid</label><input id="f-tax" name="sales_tax" type="number" step="0.01" min="0" inputmode="decimal"></div>
      </div>
      <div class="actions"><button type="submit" id="f-calculate">Calculate fees</button></div>
    </form>
    <div id="fee-answer" aria-live="polite"></div>`,
  );
  const form = slot.querySelector("form");
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clearProblem(form);
    const out = slot.querySelector("#fee-answer");
    const asked = formValues(form);
    try {
      render(out, answer(await fees(asked), asked));
    } catch (error) {
      if (error.missing) render(out, failure(error, "The fee calculator"));
      else showProblem(form, error);
    }
  });
}

function answer(a, asked) {
  const cents = (v) => Math.round(Number(v ?? 0) * 100);
  const gross = cents(asked.sold_price) * (asked.quantity ?? 1) + cents(asked.shipping_charged);
  const lines = [
    ["Final value fee", a.final_value_fee],
    ["Per-order fee", a.per_order_fee],
    ["Payment processing", a.payment_processing_fee],
    ["Listing fee", a.listing_fee],
  ];
  return html`<p id="fee-total" class="big">${a.platform} takes <strong class="money">${money(a.total)}</strong>; you keep <strong class="money">${money((gross - cents(a.total)) / 100)}</strong> before shipping and cost.</p>
    <table class="compact"><tbody>${lines.map(([label, v]) => html`<tr><th scope="row">${label}</th><td class="num">${money(v)}</td></tr>`)}
      <tr><th scope="row">Total fees</th><td class="num"><strong>${money(a.total)}</strong></td></tr></tbody></table>
    <p class="muted">Fee group: ${a.commission_group ?? "default"} · schedule checked ${date(a.schedule_checked_on)}${a.schedule_verified ? "" : " (not verified: check it in Settings)"}.</p>`;
}
