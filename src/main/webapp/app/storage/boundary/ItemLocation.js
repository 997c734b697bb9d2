import { html } from "../../ui.js";
import * as storage from "../control/StorageControl.js";

/** Every location, for showing where items are; an empty list when they cannot be read. */
export const knownLocations = () => storage.cached().catch(() => []);

/**
 * Where an item is, as a link that opens its location (the page its QR label opens); an older
 * typed-in place that matched no single location (docs/INVENTORY.md) is shown as typed.
 */
export function locationCell(item, locations = []) {
  const where = locations.find((l) => l.id === item.location_id);
  if (where) return html`<a href="#/storage/${encodeURIComponent(where.code)}" title="${storage.path(locations, where)}">${where.name}</a>${item.storage_bin ? html` <span class="muted">bin ${item.storage_bin}</span>` : ""}`;
  if (item.storage_location) return html`<span title="Typed in; pick the location it means">${item.storage_location}</span>`;
  return "—";
}
