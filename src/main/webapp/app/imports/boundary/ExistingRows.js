import { html, table } from "../../ui.js";

const OUTCOMES = { updated: "Updated", unchanged: "Already the same", skipped: "Skipped" };

/**
 * A sheet's rows that are items already (their lot id or SKU: an inventory export imported back).
 * In the preview: how many, and the choice between updating those items and skipping the rows
 * (`on_existing`, sent with the import); after the import: what became of each.
 */
export function existingChoice(existing, chosen = "skip") {
  if (!existing?.matched) return "";
  const n = existing.matched;
  return html`<fieldset class="existing-choice" id="existing-choice">
    <legend>${n} row${n === 1 ? " is an item" : "s are items"} already in your inventory</legend>
    <p class="muted">They carry the lot id or SKU of an existing item, so importing them again would make copies. Choose what to do with them:</p>
    <label class="check"><input type="radio" name="on_existing" value="skip" ${chosen === "skip" ? "checked" : ""}> Skip them (change nothing)</label>
    <label class="check"><input type="radio" name="on_existing" value="update" ${chosen === "update" ? "checked" : ""}> Update those items from the sheet (name, description, category, condition, place, estimate, keywords, notes; costs and sales stay)</label>
    ${rows(existing.rows)}
  </fieldset>`;
}

/** After the import: the rows that were items already and what became of each. */
export function existingOutcome(existing) {
  if (!existing?.matched) return "";
  const parts = Object.entries(OUTCOMES)
    .filter(([k]) => existing[k])
    .map(([k, label]) => `${existing[k]} ${label.toLowerCase()}`);
  return html`<p class="existing-summary"><strong>${existing.matched} row${existing.matched === 1 ? " was an item" : "s were items"} already</strong>: ${parts.join(", ")}. No copies were made.</p>${rows(existing.rows)}`;
}

function rows(list) {
  if (!list?.length) return "";
  return html`<details><summary>Show them</summary>${table(list, [
    { key: "line" },
    { key: "item_name", label: "Item", cell: (r) => html`<a href="#/items/${r.lot_id}">${r.item_name}</a>` },
    { key: "outcome", label: "What happens", cell: (r) => OUTCOMES[r.outcome] ?? r.outcome },
  ])}</details>`;
}
