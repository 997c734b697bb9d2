import { Page, html, render, money, table, showProblem, clearProblem, formValues, toast } from "../../ui.js";
import { hasRole } from "../../api.js";
import * as storage from "../control/StorageControl.js";
import { openPdf } from "../../shared/Files.js";
import { warnAboutLabels } from "../../shared/LabelWarning.js";
import { locationEditor } from "./LocationEditor.js";
import { putItemHere } from "./PutItemHere.js";

/**
 * Where things are: the location tree, the items in a location, its QR code and the label sheet.
 * #/storage/<code or id> opens one location directly (what a scanned label leads to on a phone).
 */
class StorageView extends Page {
  async load() {
    this.locations = await storage.cached();
    render(
      this,
      html`<h1>Storage</h1>
      <div class="toolbar">
        <form id="scan" class="toolbar" style="margin:0"><div><label for="scan-code">Go to location (code or scanned label)</label><input id="scan-code" name="code" placeholder="e.g. A1 or RESELL-LOC:A1"></div><button type="submit" class="secondary">Open</button></form>
        <button type="button" id="location-labels">Print QR labels for all locations</button>
      </div>
      <div id="label-warning"></div>
      <div class="grid">
        <section class="card" aria-labelledby="tree-h"><h2 id="tree-h">Locations</h2><nav class="tree" aria-labelledby="tree-h">${treeList(storage.tree(this.locations))}</nav>
          ${hasRole("staff") ? this.newForm() : ""}</section>
        <section class="card" aria-labelledby="where-h" id="location"><h2 id="where-h">Pick a location</h2><p class="muted">Choose a location to see what is in it and its QR code.</p></section>
      </div>`,
    );
    warnAboutLabels(this.querySelector("#label-warning"));
    this.querySelector("#location-labels").addEventListener("click", (e) => openPdf(storage.labels, e.target.parentElement, { name: "location-labels.pdf" }));
    this.querySelector("#scan").addEventListener("submit", (e) => {
      e.preventDefault();
      const found = storage.byScan(this.locations, e.target.code.value);
      if (found) location.hash = `#/storage/${encodeURIComponent(found.code || found.id)}`;
      else toast("No location has that code.");
    });
    this.onclick = (e) => {
      if (e.target.dataset.location) location.hash = `#/storage/${encodeURIComponent(e.target.dataset.location)}`;
    };
    this.querySelector("#new-location")?.addEventListener("submit", (e) => this.create(e));
    const wanted = this.getAttribute("location");
    if (wanted) {
      const found = storage.byScan(this.locations, wanted);
      if (found) await this.open(found);
      else render(this.querySelector("#location"), html`<p class="error" role="alert">No location has the code ${wanted}.</p>`);
    }
  }

  newForm() {
    return html`<details style="margin-top:1rem"><summary>New location</summary><form id="new-location" novalidate>
      <p class="form-error" data-form-error role="alert" hidden></p>
      <div class="fields">
        <div><label for="loc-name">Name</label><input id="loc-name" name="name" required></div>
        <div><label for="loc-code">Code</label><input id="loc-code" name="code" maxlength="16" placeholder="made from the name"></div>
        <div><label for="loc-parent">Inside</label><select id="loc-parent" name="parent_id"><option value="">(top level)</option>${this.locations.map((l) => html`<option value="${l.id}">${l.name} (${l.code})</option>`)}</select></div>
      </div>
      <div class="actions"><button type="submit">Add location</button></div></form></details>`;
  }

  async create(e) {
    e.preventDefault();
    const form = e.target;
    clearProblem(form);
    try {
      const created = await storage.create(formValues(form));
      toast(`Added ${created.name}`);
      location.hash = `#/storage/${encodeURIComponent(created.code)}`;
      if (this.getAttribute("location") === created.code) this.reload();
    } catch (error) {
      showProblem(form, error);
    }
  }

  async open(where) {
    if (matchMedia("(max-width: 640px)").matches) this.querySelector("#location").scrollIntoView();
    this.querySelectorAll("[data-location]").forEach((b) => b.setAttribute("aria-current", String(b.dataset.location === where.code)));
    const panel = this.querySelector("#location");
    render(panel, html`<h2 id="where-h">${where.name} <span class="badge">${where.code}</span></h2><p aria-busy="true">Loading…</p>`);
    const [items, qr] = await Promise.all([storage.items(where.id), storage.qr(where.id).catch(() => null)]);
    document.title = `${where.name} · Resell`;
    render(
      panel,
      html`<h2 id="where-h" tabindex="-1">${where.name} <span class="badge">${where.code}</span></h2>
      ${where.description ? html`<p>${where.description}</p>` : ""}
      ${qr ? html`<img class="qr" src="${qr.url}" alt="QR code of location ${where.code}">` : ""}
      <p>${items.length} item${items.length === 1 ? "" : "s"} here (including locations inside it).</p>
      <div id="put-here-slot"></div>
      ${table(items, [{ key: "item_name", label: "Item", cell: (i) => html`<a href="#/items/${i.lot_id}">${i.item_name}</a>` }, { key: "location_id", label: "Where", cell: (i) => this.where(i, where) }, { key: "storage_bin", label: "Bin" }, { key: "estimated_value", cell: (i) => money(i.estimated_value) }], { empty: "Nothing stored here." })}
      <div id="location-actions"></div>`,
    );
    if (hasRole("staff")) {
      putItemHere(panel.querySelector("#put-here-slot"), where, () => this.open(where));
      locationEditor(panel.querySelector("#location-actions"), where, this.locations, (code) => {
        const next = code ? `#/storage/${encodeURIComponent(code)}` : "#/storage";
        if (location.hash === next) this.reload();
        else location.hash = next;
      });
    }
  }

  /** "here", or the location inside this one that holds the item. */
  where(item, shown) {
    if (item.location_id === shown.id) return "here";
    const inner = this.locations.find((l) => l.id === item.location_id);
    return inner ? html`<a href="#/storage/${encodeURIComponent(inner.code)}">${inner.name}</a>` : "—";
  }
}

function treeList(nodes) {
  if (!nodes.length) return html`<p class="muted">No locations yet.</p>`;
  return html`<ul>${nodes.map((n) => html`<li><button type="button" class="link" data-location="${n.location.code || n.location.id}">${n.location.name}</button> <span class="muted">${n.location.code}</span>${n.children.length ? treeList(n.children) : ""}</li>`)}</ul>`;
}

customElements.define("resell-storage", StorageView);
