import { html, dateTime, humanize, formatField } from "../../ui.js";

/** What each recorded action means to a reseller. */
const ACTIONS = {
  create: "Added",
  update: "Edited",
  patch: "Edited",
  bulk_patch: "Edited with other items",
  split: "Split into pieces",
  delete: "Deleted",
  restore: "Restored",
  listing_create: "Listing added",
  listing_update: "Listing edited",
  listing_patch: "Listing edited",
  bulk_listing_patch: "Listing edited with other items",
  listing_delete: "Listing removed",
  delisted: "Listing taken down",
  sale: "Sale recorded",
  sale_update: "Sale changed",
};

/** Bookkeeping the log keeps that says nothing to a person. */
const HIDDEN = new Set(["version", "updated_at", "created_at", "id", "lot_id", "listing_id", "search_vector", "split_into", "split_from", "created_by"]);
const SHOWN = 8;

/**
 * The item's activity, newest first: what happened, when, by whom, and for each field that changed
 * its old value and its new one ("Estimated value: $40.00 -> $55.00").
 */
export function activity(entries) {
  if (!entries?.length) return html`<p class="muted">No activity yet.</p>`;
  return html`<ul class="plain activity">${entries.slice(0, 50).map(
    (a) => html`<li><strong>${ACTIONS[a.action_type] ?? humanize(a.action_type)}</strong> · ${dateTime(a.created_at)}${a.user_email ? ` · ${a.user_email}` : ""}
      ${changes(a)}</li>`,
  )}</ul>`;
}

function changes(a) {
  const before = a.old_values && typeof a.old_values === "object" ? a.old_values : {};
  const after = a.new_values && typeof a.new_values === "object" ? a.new_values : {};
  // a new record lists nothing before; the whole record is not news, only that it exists
  if (!a.old_values && a.action_type !== "sale") return "";
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !HIDDEN.has(k) && JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
  if (!keys.length) return "";
  const shown = keys.slice(0, SHOWN);
  return html`<ul class="changes">${shown.map(
    (k) => html`<li><span class="field">${humanize(k)}:</span> ${a.old_values ? html`<del>${value(k, before[k])}</del> <span aria-hidden="true">→</span><span class="visually-hidden">changed to</span> ` : ""}<ins>${value(k, after[k])}</ins></li>`,
  )}${keys.length > shown.length ? html`<li class="muted">and ${keys.length - shown.length} more</li>` : ""}</ul>`;
}

/** A value as the page shows it elsewhere: money as money, dates as dates, very_good as "very good". */
function value(key, v) {
  if (Array.isArray(v)) return v.join(", ") || "—";
  if (typeof v === "string" && /^[a-z]+(_[a-z]+)+$/.test(v)) return v.replace(/_/g, " ");
  return formatField(key, v);
}
