// Storage locations: /api/v1/locations (tree, items, QR code, label sheet).
import { get, post, blobUrl } from "../../api.js";

export const all = () => get("locations");
export const items = (id) => get(`locations/${id}/items`);
export const create = (location) => post("locations", location);
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
