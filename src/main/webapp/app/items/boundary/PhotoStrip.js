import { html, render, showProblem, toast } from "../../ui.js";
import * as photos from "../control/PhotoControl.js";

/**
 * The item's photos: a strip of thumbnails in their order, a large view, and for staff an "Add
 * photos" button (on a phone it opens the camera: several shots in a row, each uploaded with its
 * progress bar), delete, and reordering by dragging or with the move buttons (keyboard and touch).
 * Calls changed() after every change so the page shows the item as it now is.
 */
export function photoStrip(host, item, canEdit, changed) {
  const list = item.photos ?? [];
  const name = item.item_name;
  render(
    host,
    html`${list.length
        ? html`<ol class="photo-strip" id="photo-strip">${list.map(
            (p, i) => html`<li draggable="${canEdit ? "true" : "false"}" data-photo="${p.id}">
              <button type="button" class="photo-thumb" data-open="${p.id}" aria-label="Show photo ${i + 1} of ${name} large">
                <img alt="Photo ${i + 1} of ${name}" width="120" height="120" data-src="${p.thumbnail_url}"></button>
              ${canEdit
                ? html`<span class="photo-actions">
                  ${i > 0 ? html`<button type="button" class="link" data-move="${p.id}" data-by="-1" aria-label="Move photo ${i + 1} earlier">◀</button>` : ""}
                  ${i < list.length - 1 ? html`<button type="button" class="link" data-move="${p.id}" data-by="1" aria-label="Move photo ${i + 1} later">▶</button>` : ""}
                  <button type="button" class="link danger" data-delete="${p.id}" aria-label="Delete photo ${i + 1}">Delete</button></span>`
                : ""}
            </li>`,
          )}</ol>`
        : html`<p class="muted">No photos yet.</p>`}
      ${canEdit
        ? html`<form id="photo-form" novalidate><p class="form-error" data-form-error role="alert" hidden></p>
          <label class="button" for="photo-input">Add photos</label>
          <input id="photo-input" name="file" type="file" class="visually-hidden" accept="image/jpeg,image/png,image/webp" capture="environment" multiple>
          <ul class="photo-uploads" id="photo-uploads" aria-live="polite"></ul></form>`
        : ""}
      <dialog id="photo-large" aria-label="Photo of ${name}"><img alt="Photo of ${name}"><form method="dialog"><button>Close</button></form></dialog>`,
  );
  for (const img of host.querySelectorAll("img[data-src]")) {
    photos.image(img.dataset.src).then((url) => (img.src = url)).catch(() => (img.alt += " (not available)"));
  }
  const ids = list.map((p) => p.id);
  const reorder = async (order) => {
    try {
      await photos.reorder(item.lot_id, order);
      changed();
    } catch (error) {
      toast(error.message);
    }
  };
  host.onclick = async (e) => {
    const { open, move, by, delete: gone } = e.target.closest("button")?.dataset ?? {};
    if (open) {
      const dialog = host.querySelector("#photo-large");
      dialog.querySelector("img").src = await photos.image(list.find((p) => p.id === open).url);
      dialog.showModal();
    } else if (move) {
      const order = ids.filter((id) => id !== move);
      order.splice(ids.indexOf(move) + Number(by), 0, move);
      reorder(order);
    } else if (gone && confirm("Delete this photo?")) {
      await photos.remove(gone);
      toast("Photo deleted");
      changed();
    }
  };
  if (!canEdit) return;
  let dragged = null;
  host.ondragstart = (e) => (dragged = e.target.closest("li")?.dataset.photo ?? null);
  host.ondragover = (e) => dragged && e.preventDefault();
  host.ondrop = (e) => {
    const target = e.target.closest("li")?.dataset.photo;
    if (!dragged || !target || target === dragged) return;
    e.preventDefault();
    const order = ids.filter((id) => id !== dragged);
    order.splice(order.indexOf(target) + (ids.indexOf(target) > ids.indexOf(dragged) ? 1 : 0), 0, dragged);
    dragged = null;
    reorder(order);
  };
  const form = host.querySelector("#photo-form");
  host.querySelector("#photo-input").onchange = async (e) => {
    const files = [...e.target.files];
    e.target.value = "";
    let added = 0;
    for (const file of files) {
      const row = document.createElement("li");
      render(row, html`<label>${file.name} <progress max="1" value="0"></progress></label>`);
      host.querySelector("#photo-uploads").append(row);
      try {
        await photos.upload(item.lot_id, file, (done) => (row.querySelector("progress").value = done));
        row.remove();
        added++;
      } catch (error) {
        row.remove();
        showProblem(form, error);
      }
    }
    if (added) {
      toast(added === 1 ? "Photo added" : `${added} photos added`);
      changed();
    }
  };
}
