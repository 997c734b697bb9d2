import { html, render, showProblem, clearProblem, toast } from "../../ui.js";
import * as storage from "../control/StorageControl.js";
import "./LocationPicker.js";

/**
 * "Move to location" for the inventory list's selection: a dialog with the location picker; the
 * selected items move there together (all or nothing) and onMoved runs.
 */
export function moveToLocation(host, ids, onMoved) {
  const dialog = document.createElement("dialog");
  dialog.setAttribute("aria-labelledby", "move-title");
  host.append(dialog);
  render(
    dialog,
    html`<form id="move-form" novalidate>
      <h2 id="move-title">Move ${ids.length} item${ids.length === 1 ? "" : "s"} to a location</h2>
      <p class="form-error" data-form-error role="alert" hidden></p>
      <div class="fields"><resell-location-picker class="wide" name="location_id" input-id="move-location" label="New location"></resell-location-picker></div>
      <div class="actions"><button type="submit" id="move-save">Move</button><button type="button" class="secondary" id="move-cancel">Cancel</button></div>
    </form>`,
  );
  const form = dialog.querySelector("form");
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  dialog.querySelector("#move-cancel").addEventListener("click", close);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clearProblem(form);
    const where = form.location_id.value;
    if (!where) return showProblem(form, { message: "Choose the location to move them to.", fieldErrors: [] });
    try {
      const result = await storage.moveItems(ids, where);
      const location = (await storage.cached()).find((l) => l.id === where);
      close();
      toast(`Moved ${result.updated} item${result.updated === 1 ? "" : "s"} to ${location?.name ?? "the location"}`);
      onMoved?.();
    } catch (error) {
      showProblem(form, error);
    }
  });
  dialog.showModal();
  dialog.querySelector("#move-location")?.focus();
}
