// Inventory calls: /api/v1/inventory (list, create, JSON Patch edits, bulk edits, delete, restore).
import { get, post, patch, del, request, query, blobUrl } from "../../api.js";

export const list = (filters) => get(`inventory${query(filters)}`);
export const create = (item) => post("inventory", item);
export const remove = (id) => del(`inventory/${id}`);
export const restore = (id) => post(`inventory/${id}/restore`);

/** Sets fields of one item; version guards against overwriting someone else's change. */
export function update(id, version, fields) {
  const ops = Object.entries(fields).map(([k, v]) => ({ op: "replace", path: `/${k}`, value: v }));
  return patch(`inventory/${id}`, ops, { headers: { "If-Match": `"${version}"` } });
}

/** Sets fields of many items at once, all or nothing. */
export function updateMany(ids, fields) {
  const ops = Object.entries(fields).map(([k, v]) => ({ op: "replace", path: `/${k}`, value: v }));
  return request("inventory", { method: "PATCH", body: { ids, patch: ops } });
}

export const labels = (ids) => blobUrl(`inventory/labels?ids=${ids.join(",")}`);

/** Changes the listings of many items on one platform (price, status), all or nothing. */
export const updateListings = (lotIds, platform, changes) =>
  request("listings", { method: "PATCH", body: { lot_ids: lotIds, platform, changes }, contentType: "application/merge-patch+json" });
