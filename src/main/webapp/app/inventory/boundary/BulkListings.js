import { PLATFORMS, options } from "../entity/Vocabulary.js";
import { updateListings } from "../control/ItemsControl.js";

/**
 * Bulk edits of the selected items' listings on one platform: a new list price, or a new status
 * (ended, relisted...). All or nothing; a refusal names the item (PATCH /api/v1/listings).
 */
export const LISTING_FIELDS = { listing_price: "List price on a platform", listing_status: "Listing status on a platform" };

/** Statuses a seller sets by hand across a selection (sold is recorded by a sale, not set). */
const STATUSES = { active: "active (listed again)", draft: "draft", pending: "pending", expired: "expired", cancelled: "ended (taken down)" };

/** The inputs of a listing field: the platform, then the price or the status. */
export function listingInputs(field) {
  const platform = `<select id="bulk-platform" name="platform" aria-label="Platform">${options(PLATFORMS, "ebay")}</select>`;
  const value =
    field === "listing_price"
      ? `<input id="bulk-value" name="value" type="number" step="0.01" min="0.01" inputmode="decimal" aria-label="New list price">`
      : `<select id="bulk-value" name="value" aria-label="New status">${options(STATUSES, "cancelled")}</select>`;
  return `<span class="bulk-pair">${platform}${value}</span>`;
}

/** Applies the form's listing change to the items; answers {updated}. */
export function applyListings(ids, form) {
  const platform = form.querySelector("#bulk-platform").value;
  const value = form.querySelector("#bulk-value").value.trim();
  const changes = form.field.value === "listing_price" ? { list_price: value === "" ? null : Number(value) } : { status: value };
  return updateListings(ids, platform, changes);
}
