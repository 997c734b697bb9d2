import { html, raw, render, number, showProblem, clearProblem, formValues, toast } from "../../ui.js";
import * as item from "../control/ItemControl.js";
import { CONDITIONS, options } from "../../inventory/entity/Vocabulary.js";

/** Where comparable sales come from; anything else may be typed as "other". */
const SOURCES = { ebay: "eBay sold listing", terapeak: "Terapeak", worthpoint: "WorthPoint", etsy: "Etsy", auction: "Auction result", other: "Other" };
const FILE_SOURCES = { terapeak: "Terapeak export", worthpoint: "WorthPoint export", csv: "Other sheet (csv)" };

/**
 * Research on the item page (staff): record one comparable sale by hand, or import the sold
 * listings a Terapeak or WorthPoint search exported as CSV. After either, changed() redraws the
 * comps and their summary.
 */
export function compsForms(slot, lotId, changed) {
  render(
    slot,
    html`<details id="add-comp"><summary>Add a comparable sale</summary>
      <form id="comp-form" class="fields" novalidate>
        <p class="form-error wide" data-form-error role="alert" hidden></p>
        <div class="wide"><label for="c-title">What sold (title)</label><input id="c-title" name="title" required></div>
        <div><label for="c-price">Sold for</label><input id="c-price" name="price" type="number" step="0.01" min="0" inputmode="decimal" required></div>
        <div><label for="c-shipping">Shipping (optional)</label><input id="c-shipping" name="shipping" type="number" step="0.01" min="0" inputmode="decimal"></div>
        <div><label for="c-date">Sold on</label><input id="c-date" name="sold_date" type="date"></div>
        <div><label for="c-source">Found on</label><select id="c-source" name="source">${raw(options(SOURCES, "ebay"))}</select></div>
        <div><label for="c-condition">Condition</label><select id="c-condition" name="condition">${raw(options(CONDITIONS, "", "Not known"))}</select></div>
        <div class="wide"><label for="c-url">Link (optional)</label><input id="c-url" name="url" type="url"></div>
        <div><button type="submit" id="c-save">Add comp</button></div>
      </form></details>
    <details id="import-comps"><summary>Import a Terapeak or WorthPoint CSV</summary>
      <form id="comps-file-form" class="fields" novalidate>
        <p class="form-error wide" data-form-error role="alert" hidden></p>
        <div><label for="cf-file">CSV file of sold listings</label><input id="cf-file" name="file" type="file" accept=".csv,text/csv" required></div>
        <div><label for="cf-source">From</label><select id="cf-source" name="source">${raw(options(FILE_SOURCES, "terapeak"))}</select></div>
        <div><button type="submit" id="cf-import">Import</button></div>
        <div class="wide" id="comps-import-result" aria-live="polite"></div>
      </form></details>`,
  );
  const one = slot.querySelector("#comp-form");
  one.addEventListener("submit", async (e) => {
    e.preventDefault();
    clearProblem(one);
    try {
      await item.addComp(lotId, formValues(one));
      one.reset();
      toast("Comparable sale added");
      await changed();
    } catch (error) {
      showProblem(one, error);
    }
  });
  const file = slot.querySelector("#comps-file-form");
  file.addEventListener("submit", async (e) => {
    e.preventDefault();
    clearProblem(file);
    const chosen = file.file.files[0];
    const out = file.querySelector("#comps-import-result");
    if (!chosen) return showProblem(file, { message: "Choose the CSV file first." });
    try {
      const answer = await item.importComps(lotId, chosen, file.source.value);
      render(out, imported(answer));
      toast(`${number(answer.imported)} comparable sales imported`);
      await changed();
    } catch (error) {
      showProblem(file, error);
    }
  });
}

/** What an import did: how many rows were taken, and each refused row with its reason. */
function imported(a) {
  return html`<p class="import-summary"><strong>${number(a.imported)} imported</strong>${a.rejected ? `, ${number(a.rejected)} rows left out:` : "."}</p>
    ${a.rejected_rows?.length
      ? html`<ul class="plain">${a.rejected_rows.slice(0, 20).map((r) => html`<li>Row ${r.row}: ${r.reason}</li>`)}</ul>${a.rejected_rows.length > 20 ? html`<p class="muted">and ${a.rejected_rows.length - 20} more.</p>` : ""}`
      : ""}`;
}
