// Storage locations: /api/v1/locations (tree, items, QR code, label sheet, rename, move, delete),
// and moving items into one (PATCH /api/v1/inventory, the bulk edit).
import { get, post, put, del, request, query, blobUrl } from "../../api.js";

let known = null;

export const all = () => get("locations");
/** Every location, read once per page shown (a change below, or another page, reads them again). */
export function cached() {
  known ??= all().catch((e) => {
    known = null;
    throw e;
  });
  return known;
}
addEventListener("hashchange", () => (known = null));
const changed = (answer) => {
  known = null;
  return answer;
};
export const items = (id) => get(`locations/${id}/items`);
export const create = (location) => post("locations", location).then(changed);
/** Rename, recode, describe or move (parent_id) a location: the whole location is sent. */
export const update = (id, location) => put(`locations/${id}`, location).then(changed);
/** Deletes a location; with moveTo, what it holds (items and locations) moves there first. */
export const remove = (id, moveTo) => del(`locations/${id}${query({ move_to: moveTo })}`).then(changed);
/** Puts items into a location (all or nothing); null takes them out of any. */
export const moveItems = (ids, locationId) =>
  request("inventory", { method: "PATCH", body: { ids, patch: [{ op: "replace", path: "/location_id", value: locationId }], reason: "moved" } });
export const qr = (id) => blobUrl(`locations/${id}/qr`);
export const labels = () => blobUrl("locations/labels");

/**
 * A label's QR code holds the location's web address (<public url>/#/storage/<code>); older labels
 * hold RESELL-LOC:<code>. Either, or the bare code, pasted or typed here finds its location.
 */
export function byScan(locations, text) {
  const trimmed = String(text).trim();
  const linked = trimmed.match(/#\/storage\/([^/?#]+)/);
  const key = linked ? decodeURIComponent(linked[1]) : trimmed.replace(/^RESELL-LOC:/i, "");
  return locations.find((l) => l.id === key || l.code?.toLowerCase() === key.toLowerCase()) ?? null;
}

/** Locations as a tree: [{location, children: [...]}] sorted by name. */
export function tree(locations) {
  const nodes = new Map(locations.map((l) => [l.id, { location: l, children: [] }]));
  const roots = [];
  for (const node of nodes.values()) (nodes.get(node.location.parent_id)?.children ?? roots).push(node);
  const sort = (list) => list.sort((a, b) => a.location.name.localeCompare(b.location.name)).forEach((n) => sort(n.children));
  sort(roots);
  return roots;
}

/** "Garage › Shelf 2": the names from the top of the tree down to the location. */
export function path(locations, location) {
  const byId = new Map(locations.map((l) => [l.id, l]));
  const names = [];
  for (let l = location, guard = 0; l && guard < 50; l = byId.get(l.parent_id), guard++) names.unshift(l.name);
  return names.join(" \u203a ");
}

/** Locations whose code starts with, or whose name or path contains, what was typed; codes first. */
export function matching(locations, typed) {
  const t = String(typed).trim().toLowerCase();
  if (!t) return [...locations].sort((a, b) => path(locations, a).localeCompare(path(locations, b)));
  const code = (l) => l.code.toLowerCase();
  const hits = locations.filter((l) => code(l).startsWith(t) || path(locations, l).toLowerCase().includes(t));
  const rank = (l) => (code(l) === t ? 0 : code(l).startsWith(t) ? 1 : l.name.toLowerCase().startsWith(t) ? 2 : 3);
  return hits.sort((a, b) => rank(a) - rank(b) || path(locations, a).localeCompare(path(locations, b)));
}

/** The location and every location inside it (where it cannot be moved to). */
export function subtree(locations, id) {
  const ids = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const l of locations) if (ids.has(l.parent_id) && !ids.has(l.id)) grew = ids.add(l.id) && true;
  }
  return ids;
}
