import { html, render, formatField } from "../../ui.js";

/** Whether an answer says the item changed since it was read (412 on If-Match, 409 on a version). */
export const isConflict = (error) => error?.status === 412 || error?.status === 409;

/** A field's value as compared and shown: dates as days, numbers as numbers, lists joined. */
function plain(key, value) {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.length ? value.join(", ") : null;
  if (/(_date)$/.test(key)) return String(value).slice(0, 10);
  if (typeof value === "string" && value.trim() !== "" && !isNaN(value)) return Number(value);
  return value;
}

/** The fields of the form that someone else changed between the two reads: [{key, before, after}]. */
export function changedMeanwhile(form, loaded, fresh) {
  const keys = [...new Set([...form.elements].map((el) => el.name).filter(Boolean))];
  return keys
    .map((key) => ({ key, before: plain(key, loaded[key]), after: plain(key, fresh[key]) }))
    .filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
}

const shown = (key, value) => (key === "location_id" ? (value ? "another location" : "none") : formatField(key, value));

/**
 * A save refused because someone saved the item meanwhile. What the user typed stays in the form;
 * this says what the other person changed (old -> new), which of those the user changed too, and
 * offers to save the user's own changes onto the new version (the fields they did not touch keep
 * the other person's values) or to drop them and show the item as it is now.
 */
export function showConflict(slot, { changes, mine, label, saveMine, discard }) {
  const both = changes.filter((c) => c.key in mine);
  render(
    slot,
    html`<div class="notice conflict" role="alert">
      <p><strong>Someone else saved this item while you were editing it.</strong> What you typed is still in the form; nothing of yours was saved yet.</p>
      ${changes.length
        ? html`<p>Changed meanwhile:</p><ul class="changes">${changes.map(
            (c) => html`<li><span class="field">${label(c.key)}:</span> <del>${shown(c.key, c.before)}</del> → <ins>${shown(c.key, c.after)}</ins>${c.key in mine ? html` <span class="muted">(you changed it too)</span>` : ""}</li>`,
          )}</ul>`
        : html`<p>None of the fields in this form changed (a listing, sale or photo did).</p>`}
      <div class="actions">
        <button type="button" id="save-mine">Save my changes${both.length ? ` (yours replace theirs in ${both.length === 1 ? "that field" : "those fields"})` : ""}</button>
        <button type="button" class="secondary" id="discard-mine">Discard mine, show theirs</button>
      </div>
    </div>`,
  );
  slot.hidden = false;
  slot.querySelector("#save-mine").addEventListener("click", saveMine);
  slot.querySelector("#discard-mine").addEventListener("click", discard);
  slot.querySelector("#save-mine").focus();
}
