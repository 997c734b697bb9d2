import { Page, html, raw, render, money, percent, dateTime, date, humanize, keyValues, table, failure, chart, PALETTE, showProblem, clearProblem, formValues, toast } from "../../ui.js";
import { hasRole } from "../../api.js";
import * as item from "../control/ItemControl.js";
import { CATEGORIES, CONDITIONS, PLATFORMS, options } from "../../inventory/entity/Vocabulary.js";
import { openPdf } from "../../shared/Files.js";
import { warnAboutLabels } from "../../shared/LabelWarning.js";
import { photoStrip } from "./PhotoStrip.js";
import "../../storage/boundary/LocationPicker.js";
import { locationCell, knownLocations } from "../../storage/boundary/ItemLocation.js";
import { splitLot } from "./SplitLot.js";
import { compsForms } from "./CompsForms.js";
import { activity } from "./Activity.js";
import { isConflict, changedMeanwhile, showConflict } from "./EditConflict.js";

const TEXT = ["item_name", "sku", "invoice_id", "auction_id", "lot_number", "subcategory", "storage_bin", "acquisition_source"];
const MONEY = ["bid_amount", "buyers_premium", "sales_tax", "shipping_cost", "other_fees", "estimated_value"];
const FLAGS = ["needs_repair", "is_consignment", "is_returned", "needs_review"];
const LABELS = { sku: "SKU", invoice_id: "Invoice", auction_id: "Auction", acquisition_source: "Bought from", bid_amount: "Hammer bid", other_fees: "Other costs", location_id: "Location" };
const label = (k) => LABELS[k] ?? humanize(k);
/** The statuses a listing may start in (the others are reached by editing or by a sale). */
const NEW_LISTING_STATUSES = ["active", "draft", "scheduled", "not_listed"];
/** Statuses that offer the item to buyers (ListingLifecycle.OFFERING): price changes and take-downs. */
const OFFERING = ["draft", "scheduled", "active", "pending"];
/** Statuses of a listing that ended without selling out: it can be listed again. */
const ENDED = ["expired", "cancelled"];
/** Which comps the suggested value is the median of (CompsStatistics). */
const BASIS = { "last-12-months": "median of the last 12 months", all: "median of all comps" };
/** What the answer to a recorded sale shows: the money of that sale. */
const SALE_FIELDS = ["quantity", "sold_price", "item_total", "shipping_paid", "actual_shipping", "platform_fees", "cost_of_goods", "net_proceeds", "net_profit", "roi_percent", "margin_percent"];

/**
 * One item: every field (editable by staff), its listings per platform with "record a sale",
 * profit, the pricing calculator, comparable sales with their trend, price history, activity,
 * similar items and its label. Sections whose API is missing say so and the rest still works.
 */
class ItemView extends Page {
  async load() {
    this.canEdit = hasRole("staff");
    try {
      this.item = await item.find(this.getAttribute("lot"));
    } catch (error) {
      // the API names the id it did not find; a person needs to know the item is gone
      if (error.status !== 404) throw error;
      render(this, html`<p><a href="#/inventory">← Inventory</a></p><h1>Item not found</h1><p role="alert">This item is not in the inventory: it may have been deleted or split, or the link is incomplete.</p>`);
      return;
    }
    const i = this.item;
    document.title = `${i.item_name} · Resell`;
    render(
      this,
      html`<p><a href="#/inventory">← Inventory</a></p>
      <h1>${i.item_name} ${i.needs_review ? html`<span class="badge review">needs review</span>` : ""}</h1>
      <div class="tiles">
        ${tile("Total cost", money(i.total_cost))}${tile("Estimated value", money(i.estimated_value))}
        ${roiTile(i)}${tile("Sold", `${i.quantity_sold} of ${i.quantity}`)}
        ${tile("Days listed", i.days_listed ?? "—")}
        ${i.net_profit !== undefined && i.net_profit !== null ? tile("Profit so far", money(i.net_profit)) : ""}
      </div>
      <p id="item-location">Location: <span id="item-location-link">${i.storage_location ?? "—"}</span></p>
      <div id="label-warning"></div>
      <div class="actions" id="item-actions">
        <button type="button" class="secondary" id="print-label">Print label</button>
        ${this.canEdit && i.quantity_sold === 0 ? html`<button type="button" class="secondary" id="split-lot">Split this lot</button>` : ""}
        ${this.canEdit ? html`<button type="button" class="danger" id="delete-item">Delete</button>` : ""}
      </div>
      <dialog id="split-dialog" aria-labelledby="split-title"></dialog>
      <div class="columns">
        <div class="column"><section class="card" aria-labelledby="photos-h"><h2 id="photos-h">Photos</h2><div id="photos"></div></section>
        <section class="card" aria-labelledby="details-h"><h2 id="details-h">Details</h2>${this.details(i)}</section></div>
        <div class="column">
        <section class="card" aria-labelledby="listings-h"><h2 id="listings-h">Listings and sales</h2><div id="listings">${this.listings(i.listings)}</div><div id="sales"></div></section>
        <section class="card" aria-labelledby="pricing-h"><h2 id="pricing-h">Pricing calculator</h2>
          <form id="pricing-form" class="toolbar"><div><label for="target-roi">Target ROI (%)</label><input id="target-roi" name="target_roi" type="number" value="50" step="1"></div>
          <button type="submit">Suggest prices</button><p class="form-error" data-form-error role="alert" hidden></p></form><div id="pricing"></div></section>
        <section class="card" aria-labelledby="comps-h"><h2 id="comps-h">Comparable sales</h2><div id="comps-summary"></div><div class="chart" hidden><canvas id="comps-chart" aria-label="Median price of comparable sales per month" role="img"></canvas></div><div id="comps"></div>${this.canEdit ? html`<div id="comps-forms"></div>` : ""}</section>
        <section class="card" aria-labelledby="history-h"><h2 id="history-h">Price history</h2>${i.price_history?.length ? html`<div class="chart"><canvas id="history-chart" aria-label="Price history" role="img"></canvas></div>` : html`<p class="muted">No price changes yet.</p>`}</section>
        <section class="card" aria-labelledby="activity-h"><h2 id="activity-h">Activity</h2>${activity(i.activity)}</section>
        <section class="card" aria-labelledby="similar-h"><h2 id="similar-h">Similar items</h2>${similar(i.similar_items)}</section>
      </div></div>`,
    );
    this.wire();
    knownLocations().then((locations) => render(this.querySelector("#item-location-link"), html`${locationCell(i, locations)}`));
    photoStrip(this.querySelector("#photos"), i, this.canEdit, () => this.reload());
    this.historyChart();
    const compsSlot = this.querySelector("#comps-forms");
    if (compsSlot) compsForms(compsSlot, i.lot_id, () => this.loadComps());
    this.loadComps();
    this.loadSales();
  }

  details(i) {
    if (!this.canEdit) return keyValues(i, ["version", "location_id"]);
    const text = (k) => html`<div><label for="d-${k}">${label(k)}</label><input id="d-${k}" name="${k}" value="${i[k] ?? ""}"></div>`;
    const amount = (k) => html`<div><label for="d-${k}">${label(k)}</label><input id="d-${k}" name="${k}" type="number" step="0.01" min="0" value="${i[k] ?? ""}"></div>`;
    return html`<form id="details-form" novalidate>
      <p class="form-error" data-form-error role="alert" hidden></p>
      <div id="edit-conflict" hidden></div>
      <div class="fields">
        ${TEXT.map((k) => (k === "storage_bin" ? html`${this.locationPicker(i)}${text(k)}` : text(k)))}
        <div><label for="d-category">Category</label><select id="d-category" name="category">${raw(options(CATEGORIES, i.category))}</select></div>
        <div><label for="d-condition">Condition</label><select id="d-condition" name="condition">${raw(options(CONDITIONS, i.condition))}</select></div>
        <div><label for="d-quantity">Quantity</label><input id="d-quantity" name="quantity" type="number" min="1" value="${i.quantity}"></div>
        ${MONEY.map(amount)}
        <div><label for="d-acquisition_date">Acquired</label><input id="d-acquisition_date" name="acquisition_date" type="date" value="${(i.acquisition_date || "").slice(0, 10)}"></div>
        <div><label for="d-market_demand">Demand</label><select id="d-market_demand" name="market_demand">${raw(options(["low", "medium", "high"], i.market_demand))}</select></div>
        <div class="wide"><label for="d-description">Description</label><textarea id="d-description" name="description" rows="3">${i.description ?? ""}</textarea></div>
        <div class="wide"><label for="d-keywords">Keywords (comma separated)</label><input id="d-keywords" name="keywords" value="${(i.keywords || []).join(", ")}"></div>
        <div class="wide"><label for="d-notes">Notes</label><textarea id="d-notes" name="notes" rows="2">${i.notes ?? ""}</textarea></div>
        ${FLAGS.map((k) => html`<label class="check"><input type="checkbox" name="${k}" ${i[k] ? "checked" : ""}> ${humanize(k)}</label>`)}
      </div>
      <div class="actions"><button type="submit">Save changes</button></div>
    </form>`;
  }

  /**
   * Saves the changes made to the item as it was read. When someone saved it meanwhile the form
   * keeps what was typed and says what changed; "Save my changes" sends the same changes against
   * the new version (EditConflict.js).
   */
  async saveDetails(form, read, changes) {
    const slot = form.querySelector("#edit-conflict");
    try {
      await item.save(read.lot_id, read.version, changes);
      slot.hidden = true;
      toast("Saved");
      this.reload();
    } catch (error) {
      if (!isConflict(error)) return showProblem(form, error);
      const now = await item.find(read.lot_id);
      showConflict(slot, {
        changes: changedMeanwhile(form, this.item, now),
        mine: changes,
        label,
        saveMine: () => this.saveDetails(form, now, changes),
        discard: () => this.reload(),
      });
    }
  }

  /** The item's place: a location of the tree; an older typed-in place that named several is shown. */
  locationPicker(i) {
    return html`<resell-location-picker name="location_id" value="${i.location_id ?? ""}" input-id="d-location_id" label="Location"></resell-location-picker>
      ${i.storage_location ? html`<p class="muted wide" id="typed-location">Typed in before locations were connected: “${i.storage_location}”, which names more than one location. Pick the one it means.</p>` : ""}`;
  }

  listings(list) {
    const rows = list ?? [];
    // Only an active or pending listing sells (docs/LISTINGS.md), and only while units are left.
    const left = this.item.quantity - this.item.quantity_sold;
    const sellable = (l) => left > 0 && ["active", "pending"].includes(l.status);
    return html`${table(
      rows,
      [
        { key: "platform", cell: (l) => (l.listing_url ? html`<a href="${l.listing_url}" rel="noopener" target="_blank">${l.platform_name ?? l.platform}</a>` : (l.platform_name ?? l.platform)) },
        { key: "status", cell: (l) => html`<span class="badge ${l.status}">${l.status.replace(/_/g, " ")}</span>${l.needs_delist ? html` <span class="badge failed">delist now</span>` : ""}` },
        { key: "list_price" },
        { key: "sold_price" },
        { key: "platform_fees", label: "Fees" },
        { key: "listed_date", label: "Listed", cell: (l) => date(l.listed_date) },
        ...(this.canEdit ? [{ key: "id", label: "Actions", cell: (l) => this.listingActions(l, sellable(l)) }] : []),
      ],
      { empty: "Not listed anywhere yet." },
    )}
    <div id="sale-slot"></div>
    ${this.canEdit
      ? html`<details><summary>Add a listing</summary><form id="listing-form" class="fields" novalidate>
        <p class="form-error wide" data-form-error role="alert" hidden></p>
        <div><label for="l-platform">Platform</label><select id="l-platform" name="platform">${raw(options(PLATFORMS, "ebay"))}</select></div>
        <div><label for="l-status">Status</label><select id="l-status" name="status">${raw(options(NEW_LISTING_STATUSES, "active"))}</select></div>
        <div><label for="l-price">List price</label><input id="l-price" name="list_price" type="number" step="0.01" min="0.01"></div>
        <div><label for="l-url">Listing URL</label><input id="l-url" name="listing_url" type="url"></div>
        <div><button type="submit">Add listing</button></div></form></details>`
      : ""}`;
  }

  /**
   * What a person can do with a listing in its status (docs/LISTINGS.md, the lifecycle table): sell
   * it while it is live, change its price or take it down while it offers the item (which clears
   * "delist now"), list it again once it ended.
   */
  listingActions(l, sellable) {
    const name = l.platform_name ?? l.platform;
    const offering = OFFERING.includes(l.status);
    const ended = ENDED.includes(l.status);
    return html`<span class="row-actions">
      ${sellable ? html`<button type="button" class="link" data-sell="${l.id}" data-price="${l.list_price ?? ""}">Record a sale</button>` : ""}
      ${offering ? html`<button type="button" class="link" data-reprice="${l.id}" data-price="${l.list_price ?? ""}">Change price<span class="visually-hidden"> on ${name}</span></button>` : ""}
      ${offering || l.needs_delist ? html`<button type="button" class="link" data-delisted="${l.id}">${l.needs_delist ? "Mark delisted" : "End listing"}<span class="visually-hidden"> (the ${name} listing is taken down)</span></button>` : ""}
      ${ended && this.item.quantity > this.item.quantity_sold ? html`<button type="button" class="link" data-relist="${l.id}">Relist<span class="visually-hidden"> on ${name}</span></button>` : ""}
    </span>`;
  }

  priceForm(listingId, price) {
    return html`<form id="price-form" class="card" novalidate data-listing="${listingId}">
      <h3>Change the price</h3><p class="form-error" data-form-error role="alert" hidden></p>
      <div class="fields">
        <div><label for="p-price">New list price</label><input id="p-price" name="list_price" type="number" step="0.01" min="0.01" value="${price}" required></div>
        <div><label for="p-reason">Why (kept in the price history)</label><input id="p-reason" name="reason"></div>
      </div>
      <div class="actions"><button type="submit" id="p-save">Save price</button><button type="button" class="secondary" id="p-cancel">Cancel</button></div>
    </form>`;
  }

  saleForm(listingId, price) {
    return html`<form id="sale-form" class="card" novalidate data-listing="${listingId}">
      <h3>Record a sale</h3><p class="form-error" data-form-error role="alert" hidden></p>
      <div class="fields">
        <div><label for="s-price">Sold for (per unit)</label><input id="s-price" name="sold_price" type="number" step="0.01" min="0" value="${price}" required></div>
        <div><label for="s-date">Sold on (blank: now)</label><input id="s-date" name="sold_date" type="date"></div>
        <div><label for="s-ship-paid">Shipping paid by buyer</label><input id="s-ship-paid" name="shipping_paid" type="number" step="0.01" min="0"></div>
        <div><label for="s-ship">Actual shipping</label><input id="s-ship" name="actual_shipping" type="number" step="0.01" min="0"></div>
        <div><label for="s-fees">Platform fees (blank: computed)</label><input id="s-fees" name="platform_fees" type="number" step="0.01" min="0"></div>
        <div><label for="s-qty">Quantity</label><input id="s-qty" name="quantity" type="number" min="1" value="1"></div>
        <div><label for="s-buyer">Buyer</label><input id="s-buyer" name="buyer_username"></div>
      </div>
      <div class="actions"><button type="submit" id="s-save">Save sale</button><button type="button" class="secondary" id="s-cancel">Cancel</button></div>
      <div id="sale-result"></div>
    </form>`;
  }

  wire() {
    const id = this.item.lot_id;
    this.querySelector("#print-label").addEventListener("click", () => warnAboutLabels(this.querySelector("#label-warning")));
    this.querySelector("#print-label").addEventListener("click", () => openPdf(() => item.label(id), this.querySelector("#item-actions"), { name: "label.pdf" }));
    this.querySelector("#split-lot")?.addEventListener("click", () =>
      splitLot(this.querySelector("#split-dialog"), this.item, (result) => {
        this.querySelector("#split-dialog").close();
        render(
          this,
          html`<p><a href="#/inventory">← Inventory</a></p><h1>${this.item.item_name} was split</h1>
          <p class="notice" role="status">Its cost now sits in its ${result.items.length} pieces:</p>
          <ul class="plain" id="split-result">${result.items.map((p) => html`<li><a href="#/items/${p.lot_id}">${p.item_name}</a> <span class="muted">cost ${money(p.total_cost)}</span></li>`)}</ul>`,
        );
      }),
    );
    this.querySelector("#delete-item")?.addEventListener("click", async () => {
      if (!confirm(`Delete ${this.item.item_name}? You can restore it from the inventory list.`)) return;
      await item.remove(id);
      toast("Item deleted");
      location.hash = "#/inventory";
    });
    const details = this.querySelector("#details-form");
    details?.addEventListener("submit", async (e) => {
      e.preventDefault();
      clearProblem(details);
      const changes = changed(this.item, details);
      if (!Object.keys(changes).length) return toast("Nothing changed");
      if ("location_id" in changes && this.item.storage_location) changes.storage_location = null;
      await this.saveDetails(details, this.item, changes);
    });
    this.onclick = (e) => {
      const { sell, reprice, delisted, relist, price, deleteComp, useEstimate } = e.target.dataset;
      if (deleteComp) return this.deleteComp(deleteComp);
      if (useEstimate) return this.useEstimate(useEstimate);
      const slot = this.querySelector("#sale-slot");
      if (sell) {
        render(slot, this.saleForm(sell, price));
        this.wireSale(slot.querySelector("form"));
      } else if (reprice) {
        render(slot, this.priceForm(reprice, price));
        this.wirePrice(slot.querySelector("form"));
      } else if (delisted) {
        this.listingChange(() => item.delisted(delisted), "Listing ended: it no longer needs delisting");
      } else if (relist) {
        this.listingChange(() => item.updateListing(relist, { status: "active" }), "Listed again");
      }
    };
    const listing = this.querySelector("#listing-form");
    listing?.addEventListener("submit", async (e) => {
      e.preventDefault();
      clearProblem(listing);
      try {
        await item.addListing(id, formValues(listing));
        toast("Listing added");
        this.reload();
      } catch (error) {
        if (error.missing) render(listing, html`<p class="notice wide" role="status">Listings are not available on this server yet.</p>`);
        else showProblem(listing, error);
      }
    });
    const pricing = this.querySelector("#pricing-form");
    pricing.addEventListener("submit", async (e) => {
      e.preventDefault();
      clearProblem(pricing);
      const out = this.querySelector("#pricing");
      try {
        render(out, prices(await item.pricing(id, pricing.target_roi.value)));
      } catch (error) {
        if (error.missing) render(out, failure(error, "The pricing calculator"));
        else showProblem(pricing, error);
      }
    });
  }

  /** Runs a change of a listing; the page is drawn again from the server, or the problem shown. */
  async listingChange(change, done) {
    const slot = this.querySelector("#sale-slot");
    try {
      await change();
      toast(done);
      this.reload();
    } catch (error) {
      render(slot, html`<p class="form-error" role="alert">${error.message}</p>`);
    }
  }

  wirePrice(form) {
    form.querySelector("#p-cancel").addEventListener("click", () => form.remove());
    form.querySelector("#p-price").focus();
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      clearProblem(form);
      const values = formValues(form);
      try {
        await item.updateListing(form.dataset.listing, { list_price: values.list_price, ...(values.reason ? { reason: values.reason } : {}) });
        toast("Price changed");
        this.reload();
      } catch (error) {
        showProblem(form, error);
      }
    });
  }

  wireSale(form) {
    form.querySelector("#s-cancel").addEventListener("click", () => form.remove());
    form.querySelector("#s-price").focus();
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      clearProblem(form);
      try {
        const values = formValues(form);
        if (values.sold_date) values.sold_date = `${values.sold_date}T12:00:00Z`;
        const sale = await item.recordSale(form.dataset.listing, values);
        toast("Sale recorded");
        render(form.querySelector("#sale-result"), html`<h3>Profit</h3>${keyValues(Object.fromEntries(SALE_FIELDS.map((k) => [k, sale[k]])))}`);
        setTimeout(() => this.reload(), 1500);
      } catch (error) {
        if (error.missing) render(form, failure(error, "Recording sales"));
        else showProblem(form, error);
      }
    });
  }

  historyChart() {
    const history = [...(this.item.price_history ?? [])].reverse();
    if (!history.length) return;
    const types = [...new Set(history.map((h) => h.price_type))];
    chart(this.querySelector("#history-chart"), {
      type: "line",
      data: {
        datasets: types.map((t, n) => ({
          label: humanize(t),
          borderColor: PALETTE[n],
          backgroundColor: PALETTE[n],
          stepped: true,
          data: history.filter((h) => h.price_type === t).map((h) => ({ x: new Date(h.changed_at).toLocaleDateString(), y: Number(h.new_price) })),
        })),
      },
      options: { scales: { x: { type: "category" } } },
    });
  }

  async loadComps() {
    const id = this.item.lot_id;
    const [list, summary] = await Promise.allSettled([item.comps(id), item.compsSummary(id)]);
    const comps = list.status === "fulfilled" ? list.value : (this.item.comparable_sales ?? []);
    render(this.querySelector("#comps"), html`${list.status === "rejected" ? failure(list.reason, "Comparable sales") : ""}${compList(comps, this.canEdit)}`);
    const s = summary.status === "fulfilled" ? summary.value : null;
    render(this.querySelector("#comps-summary"), "");
    if (s?.count) {
      render(
        this.querySelector("#comps-summary"),
        html`<dl class="kv" id="comps-stats">${[
          ["Based on", `${s.count} sale${s.count === 1 ? "" : "s"}`],
          ["Median", money(s.median)],
          ["Trimmed mean", money(s.trimmed_mean)],
          ["Range", `${money(s.min)} – ${money(s.max)}`],
          ["Suggested value", html`${money(s.estimated_value)} <span class="muted">(${BASIS[s.estimate_basis] ?? humanize(s.estimate_basis ?? "")})</span>${this.canEdit && s.estimated_value != null ? html` <button type="button" class="link" data-use-estimate="${s.estimated_value}">Use as estimate</button>` : ""}`],
          ["Trend", s.trend_per_month === null || s.trend_per_month === undefined ? "—" : `${money(s.trend_per_month)} a month`],
        ].map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`,
      );
    }
    const monthly = s?.monthly ?? [];
    this.querySelector("#comps-chart").closest(".chart").hidden = !monthly.length;
    if (monthly.length) {
      chart(this.querySelector("#comps-chart"), {
        type: "line",
        data: {
          labels: monthly.map((m) => m.month),
          datasets: [
            { label: "Median price", data: monthly.map((m) => Number(m.median)), borderColor: PALETTE[0], backgroundColor: PALETTE[0], yAxisID: "y" },
            { type: "bar", label: "Sales", data: monthly.map((m) => m.volume), backgroundColor: "rgba(22,163,74,.35)", yAxisID: "volume" },
          ],
        },
        options: { scales: { y: { position: "left", beginAtZero: true }, volume: { position: "right", beginAtZero: true, grid: { drawOnChartArea: false }, ticks: { precision: 0 } } } },
      });
    }
  }

  async deleteComp(compId) {
    try {
      await item.removeComp(this.item.lot_id, compId);
      toast("Comparable sale removed");
      await this.loadComps();
    } catch (error) {
      toast(error.message);
    }
  }

  /** The comps' suggested value becomes the item's estimate: the reseller's decision, one click. */
  async useEstimate(value) {
    try {
      await item.save(this.item.lot_id, this.item.version, { estimated_value: Number(value) });
      toast("Estimate updated");
      this.reload();
    } catch (error) {
      toast(error.message);
    }
  }

  async loadSales() {
    const out = this.querySelector("#sales");
    try {
      const sales = await item.sales(this.item.lot_id);
      if (!sales.length) return;
      render(
        out,
        html`<h3 style="margin-top:1rem">Sales</h3>${table(sales, [
          { key: "sold_date", label: "Sold", cell: (x) => date(x.sold_date) },
          { key: "platform" },
          { key: "quantity", label: "Units" },
          { key: "item_total", label: "Price" },
          { key: "platform_fees", label: "Fees" },
          { key: "net_profit", label: "Profit" },
          { key: "roi_percent", label: "ROI" },
        ])}`,
      );
    } catch (error) {
      render(out, failure(error, "Sales"));
    }
  }
}

/** The form's fields whose value differs from the item's: empty is null, numbers are numbers. */
function changed(original, form) {
  const changes = {};
  for (const el of form.elements) {
    if (!el.name) continue;
    let value = el.type === "checkbox" ? el.checked : el.value.trim() === "" ? null : el.value.trim();
    let before = original[el.name] ?? null;
    if (el.name === "keywords") value = value ? value.split(",").map((k) => k.trim()).filter(Boolean) : [];
    if (el.type === "number" && value !== null) value = Number(value);
    if (el.type === "number" && before !== null) before = Number(before);
    if (el.type === "date") {
      before = before ? String(before).slice(0, 10) : null;
      if (value === before) continue;
      value = value ? `${value}T00:00:00Z` : null;
    }
    if (JSON.stringify(value) !== JSON.stringify(el.name === "keywords" ? (before ?? []) : before)) changes[el.name] = value;
  }
  return changes;
}

/**
 * Once units sold, what they really returned replaces the hope: the realised ROI of the units sold;
 * before that, the ROI expected from the estimate (none without an estimate).
 */
function roiTile(i) {
  if (i.quantity_sold > 0 && i.roi_percent !== null && i.roi_percent !== undefined) {
    return tile(i.quantity_sold < i.quantity ? `ROI on the ${i.quantity_sold} sold` : "ROI (realised)", percent(i.roi_percent));
  }
  return tile("Expected ROI", i.roi === null || i.roi === undefined ? html`— <span class="muted">(no estimate)</span>` : percent(i.roi));
}

const tile = (label, value) => html`<div class="tile"><div class="label">${label}</div><div class="value">${value}</div></div>`;

/** The pricing answer: per platform the lowest price reaching the target, and the current listings. */
function prices(answer) {
  const q = (row, key) => row.quote?.[key];
  const quoted = (key) => ({ key, cell: (r) => money(q(r, key)) });
  return html`<p class="muted">Landed cost per unit ${money(answer.landed_cost)} · target ROI ${percent(answer.target_roi)}</p>
    ${table(
      answer.platforms.filter((p) => p.reachable),
      [{ key: "platform" }, { key: "lowest_price", label: "List at least at" }, { key: "fees", cell: (r) => money(r.quote?.fees?.total) }, quoted("net_profit"), { key: "roi_percent", label: "ROI", cell: (r) => percent(q(r, "roi_percent")) }],
      { caption: "Lowest price per platform", empty: "No platform reaches this target." },
    )}
    ${answer.listings?.length
      ? table(
          answer.listings,
          [{ key: "platform" }, { key: "status" }, { key: "list_price" }, { key: "fees", cell: (r) => money(r.quote?.fees?.total) }, quoted("net_profit"), { key: "roi_percent", label: "ROI", cell: (r) => percent(q(r, "roi_percent")) }, { key: "reaches_target", label: "Reaches target" }],
          { caption: "Your listings at their prices" },
        )
      : ""}`;
}

function compList(comps, canEdit) {
  const remove = { key: "id", label: "Remove", cell: (c) => html`<button type="button" class="link" data-delete-comp="${c.id}" aria-label="Remove the comparable sale ${c.title}">Remove</button>` };
  return table(
    comps,
    [
      { key: "title", cell: (c) => (c.url ? html`<a href="${c.url}" rel="noopener" target="_blank">${c.title}</a>` : c.title) },
      { key: "source" },
      { key: "price" },
      { key: "sold_date", label: "Sold", cell: (c) => date(c.sold_date) },
      ...(canEdit ? [remove] : []),
    ],
    { empty: "No comparable sales recorded." },
  );
}

function similar(items) {
  if (!items?.length) return html`<p class="muted">No similar items.</p>`;
  return html`<ul class="plain">${items.map((s) => html`<li><a href="#/items/${s.lot_id}">${s.item_name}</a> <span class="muted">${s.condition} · ${money(s.estimated_value)}</span></li>`)}</ul>`;
}

customElements.define("resell-item", ItemView);
