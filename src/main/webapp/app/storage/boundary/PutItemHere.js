import { html, render, debounce, showProblem, clearProblem, toast } from "../../ui.js";
import * as items from "../../inventory/control/ItemsControl.js";

/**
 * "Put an item here" on a location's page (staff): find an item by name or SKU and move it into
 * the location shown. On a phone this is the other way round from the item page's picker: scan the
 * shelf's label (which opens this page), then name what goes on it.
 */
export function putItemHere(slot, where, onPut) {
  render(
    slot,
    html`<form id="put-here" novalidate>
      <label for="put-search">Put an item here</label>
      <div class="picker">
        <input id="put-search" type="search" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="put-list" autocomplete="off" placeholder="Name or SKU of the item">
        <ul id="put-list" role="listbox" class="picker-list" aria-label="Matching items" hidden></ul>
      </div>
      <p class="form-error" data-form-error role="alert" hidden></p>
    </form>`,
  );
  const form = slot.querySelector("form");
  const input = form.querySelector("#put-search");
  const list = form.querySelector("#put-list");
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  };
  form.addEventListener("submit", (e) => e.preventDefault());
  input.addEventListener(
    "input",
    debounce(async () => {
      const typed = input.value.trim();
      if (!typed) return close();
      const page = await items.list({ search: typed, limit: 8 });
      render(
        list,
        html`${page.items.map((i) => html`<li role="option" aria-selected="false" data-id="${i.lot_id}" data-version="${i.version}" data-name="${i.item_name}">${i.item_name}${i.location_id === where.id ? html` <span class="muted">(here already)</span>` : ""}</li>`)}
        ${page.items.length ? "" : html`<li class="muted" role="presentation">No item matches.</li>`}`,
      );
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }, 250),
  );
  input.addEventListener("blur", () => setTimeout(close, 150));
  list.addEventListener("mousedown", async (e) => {
    const option = e.target.closest("[role=option]");
    if (!option) return;
    e.preventDefault();
    close();
    clearProblem(form);
    try {
      await items.update(option.dataset.id, option.dataset.version, { location_id: where.id });
      toast(`Put ${option.dataset.name} in ${where.name}`);
      onPut();
    } catch (error) {
      showProblem(form, error);
    }
  });
}
