import { html, render, showProblem, clearProblem, formValues, toast } from "../../ui.js";
import * as storage from "../control/StorageControl.js";

/**
 * A location's own actions on the storage page (staff): rename, recode or move it under another
 * location (never under itself or one inside it), and delete it. A location that still holds items
 * or locations is refused with the reason; the person can then move what it holds to another
 * location and delete it in one step.
 */
export function locationEditor(slot, where, locations, onChanged) {
  const below = storage.subtree(locations, where.id);
  const others = locations.filter((l) => !below.has(l.id)).sort((a, b) => storage.path(locations, a).localeCompare(storage.path(locations, b)));
  const choices = (selected) => others.map((l) => html`<option value="${l.id}" ${l.id === selected ? "selected" : ""}>${storage.path(locations, l)} (${l.code})</option>`);
  render(
    slot,
    html`<details id="edit-location"><summary>Rename or move</summary>
      <form id="location-form" novalidate>
        <p class="form-error" data-form-error role="alert" hidden></p>
        <div class="fields">
          <div><label for="e-name">Name</label><input id="e-name" name="name" value="${where.name}" required></div>
          <div><label for="e-code">Code</label><input id="e-code" name="code" value="${where.code}" maxlength="16"></div>
          <div><label for="e-parent">Inside</label><select id="e-parent" name="parent_id"><option value="">(top level)</option>${choices(where.parent_id)}</select></div>
          <div class="wide"><label for="e-description">Description</label><input id="e-description" name="description" value="${where.description ?? ""}"></div>
        </div>
        <div class="actions"><button type="submit" id="e-save">Save location</button></div>
      </form></details>
    <form id="delete-location" novalidate>
      <p class="form-error" data-form-error role="alert" hidden></p>
      <div id="move-first" hidden><label for="d-move-to">Move what it holds to</label><select id="d-move-to" name="move_to">${choices(where.parent_id)}</select></div>
      <div class="actions"><button type="submit" class="danger" id="delete-location-button">Delete location</button></div>
    </form>`,
  );
  const edit = slot.querySelector("#location-form");
  edit.addEventListener("submit", async (e) => {
    e.preventDefault();
    clearProblem(edit);
    const v = formValues(edit);
    try {
      const saved = await storage.update(where.id, { name: v.name ?? "", code: v.code ?? null, parent_id: v.parent_id ?? null, description: v.description ?? null });
      toast(`Saved ${saved.name}`);
      onChanged(saved.code);
    } catch (error) {
      showProblem(edit, error);
    }
  });
  const remove = slot.querySelector("#delete-location");
  const moveFirst = remove.querySelector("#move-first");
  remove.addEventListener("submit", async (e) => {
    e.preventDefault();
    clearProblem(remove);
    const moveTo = moveFirst.hidden ? null : remove.move_to.value;
    if (moveFirst.hidden && !confirm(`Delete ${where.name}?`)) return;
    try {
      await storage.remove(where.id, moveTo);
      toast(moveTo ? `Moved what ${where.name} held and deleted it` : `Deleted ${where.name}`);
      onChanged(null);
    } catch (error) {
      showProblem(remove, error);
      if (error.status === 409 && others.length) {
        moveFirst.hidden = false;
        remove.querySelector("#delete-location-button").textContent = "Move and delete";
      }
    }
  });
}
