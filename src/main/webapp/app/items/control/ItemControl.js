// Calls of the item page: the item (with its listings), listings and sales (docs/LISTINGS.md),
// pricing and comparable sales (docs/MONEY.md).
import { get, post, del, patch, request, query, blobUrl } from "../../api.js";

/**
 * The item page {inventory, photos, listings, activity_log, price_history, comparable_sales, similar_items},
 * flattened for the view: the item's fields with its related records beside them.
 */
export async function find(id) {
  const page = await get(`inventory/${id}`);
  return {
    ...page.inventory,
    photos: page.photos,
    listings: page.listings,
    activity: page.activity_log,
    price_history: page.price_history,
    comparable_sales: page.comparable_sales,
    similar_items: page.similar_items,
  };
}

/** Saves only the changed fields (JSON Patch), so fields the form does not show stay as they are. */
export function save(id, version, changes) {
  const ops = Object.entries(changes).map(([k, v]) => ({ op: "replace", path: `/${k}`, value: v }));
  return patch(`inventory/${id}`, ops, { headers: { "If-Match": `"${version}"` } });
}
export const remove = (id) => del(`inventory/${id}`);
export const label = (id) => blobUrl(`inventory/labels?ids=${id}`);

export const addListing = (id, listing) => post(`inventory/${id}/listings`, listing);
/** Changes only the fields given (merge patch, docs/LISTINGS.md): a new price, a status. */
export const updateListing = (listingId, changes) =>
  request(`listings/${listingId}`, { method: "PATCH", body: changes, contentType: "application/merge-patch+json" });
/** The listing was taken down on its platform: an offering listing is cancelled, "delist now" clears. */
export const delisted = (listingId) => post(`listings/${listingId}/delisted`);
/** sold_price is per unit; platform_fees left out are computed from the fee schedule. */
export const recordSale = (listingId, sale) => post(`listings/${listingId}/sale`, sale);
export const sales = (id) => get(`inventory/${id}/sales`);
/** {landed_cost, target_roi, platforms: [{platform, reachable, lowest_price, quote}], listings: [...]} */
export const pricing = (id, targetRoi) => get(`inventory/${id}/pricing${query({ target_roi: targetRoi })}`);
export const comps = (id) => get(`inventory/${id}/comps`);
/** {count, median, trimmed_mean, min, max, estimated_value, trend_per_month, monthly: [{month, volume, median}]} */
export const compsSummary = (id) => get(`inventory/${id}/comps/summary`);

/** Records a comparable sale {source, title, price, shipping?, sold_date?, url?, condition?}. */
export const addComp = (id, comp) => post(`inventory/${id}/comps`, comp);
export const removeComp = (id, compId) => del(`inventory/${id}/comps/${compId}`);
/** Imports a Terapeak or WorthPoint export (csv) as the item's comps: {imported, rejected, rejected_rows}. */
export function importComps(id, file, source) {
  const form = new FormData();
  form.append("file", file);
  form.append("lot_id", id);
  form.append("source", source);
  return post("comps/import", form);
}

/** What splitting the lot into these pieces would cost each, nothing written. */
export const previewSplit = (id, pieces) => post(`inventory/${id}/split/preview`, { items: pieces });
/** Splits the lot: its costs go to the pieces, the lot itself is put away (deleted). */
export const split = (id, pieces, reason) => post(`inventory/${id}/split`, { items: pieces, ...(reason ? { reason } : {}) });
