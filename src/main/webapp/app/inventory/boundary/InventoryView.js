import { Page, html, raw, render, money, percent, number, debounce, showProblem, clearProblem, formValues, toast } from "../../ui.js";
import { hasRole } from "../../api.js";
import * as items from "../control/ItemsControl.js";
import { CATEGORIES, CONDITIONS, STOCK_STATUSES, SORTS, options } from "../entity/Vocabulary.js";
import { openPdf } from "../../shared/Files.js";
import { loadGuardedImages } from "../../shared/GuardedImages.js";
import "../../storage/boundary/LocationPicker.js";
import { moveToLocation } from "../../storage/boundary/MoveToLocation.js";
import { locationCell, knownLocations } from "../../storage/boundary/ItemLocation.js";
import { exportPanel } from "./ExportPanel.js";
import { LISTING_FIELDS, listingInputs, applyListings } from "./BulkListings.js";

const FILTERS = ["search", "category", "condition", "status", "storage_location", "needs_review", "sort", "order", "page", "limit"];

/**
 * The inventory list: search as you type, filters, sort, paging, inline edits of value and
 * location, bulk edits of the selected rows, soft delete with undo, and a quick "new item" form.
 * The filters live in the address (#/inventory?search=...) so a search can be bookmarked.
 */
class InventoryView extends Page {
  async load() {
    this.filters = Object.fromEntries(FILTERS.map((k) => [k, this.params.get(k) ?? ""]));
    this.filters.limit ||= "25";
    this.selected = new Set();
    this.canEdit = hasRole("staff");
    render(this, this.frame());
    this.wire();
    await this.refresh();
  }

  frame() {
    const f = this.filters;
    return html`<h1>Inventory</h1>
      <form class="toolbar" role="search" id="filters" aria-label="Filter the inventory">
        <div class="grow"><label for="search">Search</label><input id="search" name="search" type="search" placeholder="Name, description, keywords…" value="${f.search}" autocomplete="off"></div>
        ${this.canEdit ? html`<div><button type="button" id="new-item">New item</button></div>` : ""}
        <details class="more-filters" ${matchMedia("(min-width: 641px)").matches || f.category || f.condition || f.status || f.storage_location || f.needs_review ? "open" : ""}>
          <summary>Filters and sorting</summary>
          <div class="toolbar">
            <div><label for="f-category">Category</label><select id="f-category" name="category">${raw(options(CATEGORIES, f.category, "Any"))}</select></div>
            <div><label for="f-condition">Condition</label><select id="f-condition" name="condition">${raw(options(CONDITIONS, f.condition, "Any"))}</select></div>
            <div><label for="f-status">Status</label><select id="f-status" name="status">${raw(options(STOCK_STATUSES, f.status || "all"))}</select></div>
            <div><label for="f-location">Location</label><input id="f-location" name="storage_location" value="${f.storage_location}" size="10"></div>
            <div><label for="f-sort">Sort by</label><select id="f-sort" name="sort">${raw(options(SORTS, f.sort, "Newest first"))}</select></div>
            <div><label for="f-order">Order</label><select id="f-order" name="order">${raw(options({ desc: "High to low", asc: "Low to high" }, f.order, "Default"))}</select></div>
            <div><label class="check"><input type="checkbox" name="needs_review" ${f.needs_review === "true" ? "checked" : ""}> Needs review</label></div>
          </div>
        </details>
      </form>
      <p id="summary" class="muted" aria-live="polite"></p>
      <div id="export-slot"></div>
      <div id="bulk" class="card toolbar" hidden></div>
      <div id="list"></div>
      <dialog id="new-dialog" aria-labelledby="new-title"></dialog>`;
  }

  wire() {
    const form = this.querySelector("#filters");
    const changed = () => {
      Object.assign(this.filters, this.readFilters(form), { page: "" });
      this.refresh();
    };
    form.addEventListener("submit", (e) => e.preventDefault());
    form.search.addEventListener("input", debounce(changed, 250));
    form.addEventListener("change", (e) => e.target.name !== "search" && changed());
    this.querySelector("#new-item")?.addEventListener("click", () => this.openNewItem());
    this.onclick = (e) => this.clicked(e);
    this.onchange = (e) => this.edited(e);
    exportPanel(this.querySelector("#export-slot"), () => this.filters, () => this.querySelector("#summary").textContent);
  }

  readFilters(form) {
    const v = formValues(form);
    return {
      search: v.search ?? "",
      category: v.category ?? "",
      condition: v.condition ?? "",
      status: v.status === "all" ? "" : (v.status ?? ""),
      storage_location: v.storage_location ?? "",
      needs_review: v.needs_review ? "true" : "",
      sort: v.sort ?? "",
      order: v.order ?? "",
    };
  }

  async refresh() {
    const shown = Object.fromEntries(Object.entries(this.filters).filter(([, v]) => v));
    history.replaceState(null, "", `#/inventory${Object.keys(shown).length ? "?" + new URLSearchParams(shown) : ""}`);
    const list = this.querySelector("#list");
    list.setAttribute("aria-busy", "true");
    const asked = JSON.stringify(this.filters);
    try {
      const [page, locations] = await Promise.all([items.list(this.filters), knownLocations()]);
      if (asked !== JSON.stringify(this.filters)) return; // a newer search is on its way
      this.page = page;
      this.locations = locations;
      this.selected.clear();
      this.querySelector("#summary").textContent = summary(page);
      render(list, this.rows(page));
      loadGuardedImages(list);
      this.bulkBar();
    } catch (e) {
      render(list, html`<p class="error" role="alert">${e.message}</p>`);
    } finally {
      list.removeAttribute("aria-busy");
    }
  }

  rows(page) {
    if (!page.items.length) return html`<p class="notice">No items match. ${this.canEdit ? "Add one with “New item” or import an invoice." : ""}</p>`;
    const edit = this.canEdit;
    return html`<div class="table-wrap"><table id="items">
      <caption class="muted">Page ${page.page} of ${Math.max(page.pages, 1)}</caption>
      <thead><tr>
        ${edit ? html`<th scope="col"><input type="checkbox" id="select-all" aria-label="Select all on this page"></th>` : ""}
        <th scope="col" class="thumb"><span class="visually-hidden">Photo</span></th>
        <th scope="col">Item</th><th scope="col" class="hide-phone">Category</th><th scope="col" class="hide-phone">Condition</th>
        <th scope="col">Location</th><th scope="col" class="num">Est. value</th><th scope="col" class="num hide-phone">Cost</th>
        <th scope="col" class="num">ROI</th><th scope="col" class="num hide-phone">Days listed</th>${edit ? html`<th scope="col"><span class="hide-phone">Actions</span></th>` : ""}
      </tr></thead>
      <tbody>${page.items.map((i) => this.row(i, edit))}</tbody></table></div>
      <nav class="pager" aria-label="Pages">
        <button type="button" class="secondary" data-page="${page.page - 1}" ${page.page <= 1 ? "disabled" : ""}>Previous</button>
        <span>Page ${page.page} of ${Math.max(page.pages, 1)}</span>
        <button type="button" class="secondary" data-page="${page.page + 1}" ${page.page >= page.pages ? "disabled" : ""}>Next</button>
        <label class="check">Per page <select id="limit" style="width:auto">${raw(options(["25", "50", "100"], this.filters.limit))}</select></label>
      </nav>`;
  }

  row(i, edit) {
    const name = i.item_name;
    return html`<tr data-id="${i.lot_id}" data-version="${i.version}">
      ${edit ? html`<td><input type="checkbox" class="select" aria-label="Select ${name}"></td>` : ""}
      <td class="thumb">${i.thumbnail_url
        ? html`<a href="#/items/${i.lot_id}" tabindex="-1"><img data-guarded-src="${i.thumbnail_url}" alt="Photo of ${name}" loading="lazy" width="48" height="48"></a>`
        : html`<span class="no-photo"></span>`}</td>
      <td><a href="#/items/${i.lot_id}">${name}</a>${i.needs_review ? html` <span class="badge review">review</span>` : ""}
        <div class="muted">${[i.sku, i.invoice_id && `invoice ${i.invoice_id}`, i.lot_number && `lot ${i.lot_number}`].filter(Boolean).join(" · ")}</div></td>
      <td class="hide-phone">${i.category}</td><td class="hide-phone">${i.condition.replace(/_/g, " ")}</td>
      <td>${locationCell(i, this.locations)}</td>
      <td class="num">${edit ? html`<input name="estimated_value" type="number" step="0.01" min="0" value="${i.estimated_value == null ? "" : Number(i.estimated_value).toFixed(2)}" aria-label="Estimated value of ${name}" size="7">` : money(i.estimated_value)}</td>
      <td class="num hide-phone">${money(i.total_cost)}</td><td class="num">${percent(i.roi)}</td><td class="num hide-phone">${i.days_listed ?? "—"}</td>
      ${edit ? html`<td><button type="button" class="link" data-delete aria-label="Delete ${name}">Delete</button></td>` : ""}
    </tr>`;
  }

  async clicked(e) {
    const t = e.target;
    if (t.dataset.page) {
      this.filters.page = t.dataset.page;
      await this.refresh();
    } else if (t.matches("[data-delete]")) {
      const row = t.closest("tr");
      await this.removeItems([row.dataset.id]);
    }
  }

  async edited(e) {
    const t = e.target;
    if (t.id === "limit") {
      Object.assign(this.filters, { limit: t.value, page: "" });
      return this.refresh();
    }
    if (t.id === "select-all") {
      this.querySelectorAll("input.select").forEach((box) => (box.checked = t.checked));
    }
    if (t.matches("input.select, #select-all")) {
      this.selected = new Set([...this.querySelectorAll("input.select:checked")].map((b) => b.closest("tr").dataset.id));
      return this.bulkBar();
    }
    const row = t.closest("tr[data-id]");
    if (!row || !t.name) return;
    const value = t.value.trim() === "" ? null : t.type === "number" ? Number(t.value) : t.value.trim();
    clearProblem(row);
    try {
      const saved = await items.update(row.dataset.id, row.dataset.version, { [t.name]: value });
      row.dataset.version = saved.version;
      toast(`Saved ${saved.item_name}`);
    } catch (error) {
      showProblem(row, error);
    }
  }

  bulkBar() {
    const bar = this.querySelector("#bulk");
    bar.hidden = this.selected.size === 0;
    if (bar.hidden) return;
    render(
      bar,
      html`<form id="bulk-form" class="toolbar" style="margin:0">
        <strong>${this.selected.size} selected</strong>
        <div><label for="bulk-field">Set</label><select id="bulk-field" name="field">
          <option value="category">Category</option><option value="condition">Condition</option>
          <option value="storage_bin">Bin</option>
          <option value="needs_review">Needs review</option><option value="estimated_value">Estimated value</option>
          ${Object.entries(LISTING_FIELDS).map(([v, l]) => html`<option value="${v}">${l}</option>`)}</select></div>
        <div><label for="bulk-value">To</label><span id="bulk-input">${raw(this.bulkInput("category"))}</span></div>
        <button type="submit">Apply</button>
        <button type="button" class="secondary" id="bulk-move">Move to location</button>
        <button type="button" class="secondary" id="bulk-labels">Print labels</button>
        <button type="button" class="danger" id="bulk-delete">Delete</button>
        <p class="form-error" data-form-error role="alert" hidden></p>
      </form>`,
    );
    const form = bar.querySelector("form");
    form.field.addEventListener("change", () => (form.querySelector("#bulk-input").innerHTML = this.bulkInput(form.field.value)));
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const field = form.field.value;
      const input = form.querySelector("#bulk-value");
      const value = input.type === "checkbox" ? input.checked : input.type === "number" && input.value.trim() ? Number(input.value) : input.value.trim() || null;
      try {
        const result = field in LISTING_FIELDS ? await applyListings([...this.selected], form) : await items.updateMany([...this.selected], { [field]: value });
        toast(`Updated ${result.updated} items`);
        await this.refresh();
      } catch (error) {
        showProblem(form, error);
      }
    });
    bar.querySelector("#bulk-delete").addEventListener("click", () => this.removeItems([...this.selected]));
    bar.querySelector("#bulk-move").addEventListener("click", () => moveToLocation(this, [...this.selected], () => this.refresh()));
    bar.querySelector("#bulk-labels").addEventListener("click", () => openPdf(() => items.labels([...this.selected]), bar));
  }

  bulkInput(field) {
    if (field === "category") return `<select id="bulk-value" name="value">${options(CATEGORIES)}</select>`;
    if (field === "condition") return `<select id="bulk-value" name="value">${options(CONDITIONS)}</select>`;
    if (field === "needs_review") return `<input id="bulk-value" type="checkbox" name="value" aria-label="Needs review" checked>`;
    if (field === "estimated_value") return `<input id="bulk-value" name="value" type="number" step="0.01" min="0" inputmode="decimal">`;
    if (field in LISTING_FIELDS) return listingInputs(field);
    return `<input id="bulk-value" name="value">`;
  }

  async removeItems(ids) {
    try {
      for (const id of ids) await items.remove(id);
      toast(`Deleted ${ids.length} item${ids.length > 1 ? "s" : ""}`, {
        label: "Undo",
        run: async () => {
          for (const id of ids) await items.restore(id);
          toast("Restored");
          this.refresh();
        },
      });
      await this.refresh();
    } catch (error) {
      toast(error.message);
    }
  }

  openNewItem() {
    const dialog = this.querySelector("#new-dialog");
    render(
      dialog,
      html`<form method="dialog" id="new-form" novalidate>
        <h2 id="new-title">New item</h2>
        <p class="form-error" data-form-error role="alert" hidden></p>
        <div class="fields">
          <div class="wide"><label for="n-name">Name</label><input id="n-name" name="item_name" required></div>
          <div><label for="n-category">Category</label><select id="n-category" name="category">${raw(options(CATEGORIES, "", "Suggest for me"))}</select></div>
          <div><label for="n-condition">Condition</label><select id="n-condition" name="condition">${raw(options(CONDITIONS, "", "Suggest for me"))}</select></div>
          <div><label for="n-quantity">Quantity</label><input id="n-quantity" name="quantity" type="number" min="1" value="1"></div>
          <div><label for="n-bid">Paid (bid)</label><input id="n-bid" name="bid_amount" type="number" step="0.01" min="0"></div>
          <div><label for="n-value">Estimated value</label><input id="n-value" name="estimated_value" type="number" step="0.01" min="0"></div>
          <resell-location-picker name="location_id" input-id="n-location" label="Location"></resell-location-picker>
          <div><label for="n-invoice">Invoice</label><input id="n-invoice" name="invoice_id"></div>
        </div>
        <div class="actions"><button type="submit" id="n-save">Add item</button><button type="button" class="secondary" id="n-cancel">Cancel</button></div>
      </form>`,
    );
    const form = dialog.querySelector("form");
    dialog.querySelector("#n-cancel").addEventListener("click", () => dialog.close());
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      clearProblem(form);
      try {
        const item = await items.create(formValues(form));
        dialog.close();
        toast(`Added ${item.item_name}`);
        await this.refresh();
      } catch (error) {
        showProblem(form, error);
      }
    });
    dialog.showModal();
    form.item_name.focus();
  }
}
/**
 * The totals of every match, each saying what it covers: the estimate adds only the items that have
 * one and the average ROI only the items that have a ROI, so neither passes off missing figures.
 */
function summary(page) {
  const a = page.aggregates ?? {};
  const count = (n) => `${number(n)} item${n === 1 ? "" : "s"}`;
  const of = (n) => (n === page.total ? "" : ` (${number(n ?? 0)} of ${number(page.total)} have one)`);
  return [
    count(page.total),
    `cost ${money(a.total_cost)}`,
    a.estimated_items ? `estimated value ${money(a.total_estimated_value)}${of(a.estimated_items)}` : "no estimates",
    a.roi_items ? `average ROI ${percent(a.avg_roi)} over ${count(a.roi_items)}` : "no ROI yet",
  ].join(" · ");
}

customElements.define("resell-inventory", InventoryView);
