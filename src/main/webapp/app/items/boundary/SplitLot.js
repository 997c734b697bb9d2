import { html, render, money, showProblem, clearProblem, toast } from "../../ui.js";
import * as item from "../control/ItemControl.js";

/**
 * "Split this lot": a box lot becomes its pieces. The person names the pieces (and, optionally,
 * what each is worth), sees how the lot's cost is shared out, cent by cent, as the server will do
 * it, and only then confirms. Any change to the pieces asks for a new look at the costs first.
 */
export function splitLot(dialog, lot, done) {
  render(
    dialog,
    html`<form id="split-form" novalidate>
      <h2 id="split-title">Split ${lot.item_name}</h2>
      <p class="muted">The lot's cost of ${money(lot.total_cost)} is shared out by the estimated values (equally when none is given). The lot itself is then put away, so its cost counts once, in its pieces.</p>
      <p class="form-error" data-form-error role="alert" hidden></p>
      <ol id="split-pieces" class="pieces"></ol>
      <div class="actions">
        <button type="button" class="secondary" id="split-add">Add a piece</button>
        <button type="submit" id="split-preview">Show the cost split</button>
      </div>
      <div id="split-allocation" aria-live="polite"></div>
      <div class="actions">
        <button type="button" id="split-confirm" disabled>Split</button>
        <button type="button" class="secondary" id="split-cancel">Cancel</button>
      </div>
    </form>`,
  );
  const form = dialog.querySelector("form");
  const list = form.querySelector("#split-pieces");
  const confirm = form.querySelector("#split-confirm");
  let shown = null; // the pieces the allocation on screen was computed for
  const add = () => {
    const n = list.children.length;
    const li = document.createElement("li");
    li.className = "piece fields";
    render(
      li,
      html`<div><label for="piece-name-${n}">Piece ${n + 1}</label><input id="piece-name-${n}" name="items[${n}].item_name" data-piece="item_name" required></div>
        <div><label for="piece-value-${n}">Estimated value (optional)</label><input id="piece-value-${n}" name="items[${n}].estimated_value" data-piece="estimated_value" type="number" step="0.01" min="0" inputmode="decimal"></div>`,
    );
    list.append(li);
  };
  const pieces = () =>
    [...list.children].map((li) => {
      const name = li.querySelector("[data-piece=item_name]").value.trim();
      const value = li.querySelector("[data-piece=estimated_value]").value.trim();
      return { item_name: name, ...(value === "" ? {} : { estimated_value: Number(value) }) };
    });
  const stale = () => {
    shown = null;
    confirm.disabled = true;
    confirm.textContent = "Split";
  };
  add();
  add();
  form.querySelector("#split-add").addEventListener("click", () => {
    add();
    stale();
  });
  form.addEventListener("input", stale);
  form.querySelector("#split-cancel").addEventListener("click", () => dialog.close());
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clearProblem(form);
    const asked = pieces();
    try {
      const preview = await item.previewSplit(lot.lot_id, asked);
      render(form.querySelector("#split-allocation"), allocation(preview));
      form.querySelector("#split-allocation").scrollIntoView({ block: "nearest" });
      shown = JSON.stringify(asked);
      confirm.disabled = false;
      confirm.textContent = `Split into ${asked.length} items`;
      confirm.focus();
    } catch (error) {
      stale();
      showProblem(form, error);
    }
  });
  confirm.addEventListener("click", async () => {
    if (shown !== JSON.stringify(pieces())) return stale();
    confirm.disabled = true;
    try {
      const result = await item.split(lot.lot_id, pieces());
      toast(`Split into ${result.items.length} items`);
      done(result);
    } catch (error) {
      confirm.disabled = false;
      showProblem(form, error);
    }
  });
  dialog.showModal();
  list.querySelector("input").focus();
}

/** The preview: each piece's share of every cost component, and the lot's total it adds up to. */
function allocation(p) {
  const parts = [
    ["bid_amount", "Bid"],
    ["buyers_premium", "Premium"],
    ["sales_tax", "Tax"],
    ["shipping_cost", "Shipping"],
    ["other_fees", "Other"],
  ];
  const sum = (key) => p.items.reduce((total, i) => total + Math.round(Number(i[key]) * 100), 0) / 100;
  return html`<div class="table-wrap"><table id="split-costs" class="cards-phone">
    <caption>How the cost of ${money(p.total_cost)} is shared</caption>
    <thead><tr><th scope="col">Piece</th><th scope="col" class="num">Estimate</th>${parts.map(([, l]) => html`<th scope="col" class="num hide-phone">${l}</th>`)}<th scope="col" class="num">Cost</th></tr></thead>
    <tbody>${p.items.map(
      (i) => html`<tr><th scope="row" data-label="Piece">${i.item_name}</th><td class="num" data-label="Estimate">${money(i.estimated_value)}</td>
        ${parts.map(([k, l]) => html`<td class="num hide-phone" data-label="${l}">${money(i[k])}</td>`)}<td class="num" data-label="Cost"><strong>${money(i.total_cost)}</strong></td></tr>`,
    )}</tbody>
    <tfoot><tr><th scope="row">Together</th><td></td>${parts.map(([k]) => html`<td class="num hide-phone">${money(sum(k))}</td>`)}<td class="num"><strong>${money(sum("total_cost"))}</strong></td></tr></tfoot>
  </table></div>`;
}
