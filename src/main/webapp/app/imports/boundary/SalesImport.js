import { html, render, money, table, humanize, toast } from "../../ui.js";
import * as sales from "../control/SalesImportControl.js";
import { status } from "../control/ImportControl.js";
import { image } from "../../items/control/PhotoControl.js";
import { followJob } from "./JobProgress.js";

/** The outcome counts in the order a reseller reads them, with the words shown for each. */
const COUNTS = [
  ["recorded", "recorded"],
  ["needs_match", "need a match"],
  ["duplicates", "duplicates"],
  ["updated", "updated"],
  ["cancelled", "cancelled"],
  ["unmatched", "unmatched"],
  ["rejected", "rejected"],
];

/**
 * One sales report's way through the dry-run preview (what would be recorded, what needs a match,
 * what was recorded before), the import with its progress, and the outcome: the sales recorded and
 * the lines waiting for a person, who picks each one's item among the candidates (with their photo
 * and cost) or has an item created, and confirms.
 */
export class SalesImport {
  constructor(card, file, options) {
    this.card = card;
    this.file = file;
    this.options = options;
  }

  async preview() {
    render(this.card, html`<h2>${this.file.name} <span class="badge">sales</span></h2><p aria-busy="true">Reading the report…</p>`);
    try {
      this.showPreview(await sales.preview(this.file, this.options));
    } catch (error) {
      this.problem(error);
    }
  }

  showPreview(report) {
    const counts = sales.previewCounts(report);
    render(
      this.card,
      html`<h2>${this.file.name} <span class="badge">${humanize(report.platform ?? "sales")}</span></h2>
      <p class="muted">${report.format ? `Read as ${humanize(report.format)}` : ""} · ${report.lines ?? 0} lines. Nothing is recorded until you press Import.</p>
      ${countsLine(counts, "sales-preview-counts")}
      ${table(report.preview ?? [], [{ key: "row" }, { key: "order_id", label: "Order" }, { key: "title" }, { key: "amount" }, { key: "outcome", cell: (l) => html`<span class="badge ${l.outcome}">${humanize(l.outcome)}</span>` }, { key: "reason", cell: (l) => l.reason ?? "" }], { caption: "What importing would do", empty: "No sale lines were found." })}
      <div class="actions"><button type="button" data-action="import">Import sales</button><button type="button" class="secondary" data-action="discard">Discard</button></div>
      <p class="form-error" data-form-error role="alert" hidden></p>`,
    );
    this.card.querySelector("[data-action=import]").addEventListener("click", () => this.start(false));
    this.card.querySelector("[data-action=discard]").addEventListener("click", () => this.card.remove());
  }

  async start(force) {
    try {
      const accepted = await sales.start(this.file, this.options, force);
      await this.progress(accepted.job_id);
    } catch (error) {
      this.problem(error);
    }
  }

  async progress(jobId) {
    this.jobId = jobId;
    const report = await followJob(this.card, this.file.name, jobId, "Importing sales…");
    if (report) this.done(report);
  }

  done(report) {
    const r = report.result ?? {};
    const waiting = [...(r.needs_match ?? []), ...(r.unmatched ?? [])];
    render(
      this.card,
      html`<h2>${this.file.name} <span class="badge ${report.status}">${humanize(report.status)}</span></h2>
      <progress max="100" value="${report.progress ?? 100}" class="import-progress done" aria-label="Import progress"></progress>
      ${report.error ? html`<p class="error" role="alert">${report.error.message} (${report.error.code})</p>` : ""}
      ${countsLine({ ...r, needs_match: r.needs_match?.length ?? 0, unmatched: r.unmatched?.length ?? 0 }, "sales-summary")}
      ${waiting.length ? matchForm(waiting) : ""}
      ${table(r.sales ?? [], [{ key: "order_id", label: "Order" }, { key: "item_name", label: "Item", cell: (s) => html`<a href="#/items/${s.lot_id}">${s.item_name ?? "An item no longer in the inventory"}</a>` }, { key: "sold_price", label: "Price per unit" }, { key: "quantity" }, { key: "shipping_paid", label: "Shipping paid" }, { key: "platform_fees", label: "Fees" }, { key: "fees_source", label: "Fees from" }, { key: "sales_tax_collected", label: "Tax collected" }, { key: "refund_amount", label: "Refunded" }], { caption: "Sales recorded", empty: "No sales were recorded." })}
      ${r.rejected_lines?.length ? html`<h3>Rejected lines</h3>${table(r.rejected_lines, [{ key: "line" }, { key: "raw_text", label: "Text" }, { key: "reason" }])}` : ""}
      ${report.status === "failed" && report.execution_id ? html`<p>An admin can restart it from the <a href="#/jobs">jobs console</a> (execution ${report.execution_id}).</p>` : ""}`,
    );
    this.loadThumbnails();
    this.card.querySelector("[data-action=confirm-matches]")?.addEventListener("click", () => this.confirm());
  }

  /** The thumbnails need the sign-in, so they come as object URLs once the lines are shown. */
  async loadThumbnails() {
    for (const img of this.card.querySelectorAll("img[data-src]")) {
      try {
        img.src = await image(img.dataset.src);
        img.removeAttribute("data-src");
      } catch {
        img.replaceWith(Object.assign(document.createElement("span"), { className: "thumb none", textContent: "No photo" }));
      }
    }
  }

  async confirm() {
    const matches = sales.chosenMatches(this.card);
    const slot = this.card.querySelector("[data-match-error]");
    if (!matches.length) {
      slot.textContent = "Choose an item (or Create item) for at least one line.";
      slot.hidden = false;
      return;
    }
    const button = this.card.querySelector("[data-action=confirm-matches]");
    button.disabled = true;
    try {
      const answers = await sales.confirmMatches(this.jobId, matches);
      toast(`Recorded ${answers.length} ${answers.length === 1 ? "sale" : "sales"}`);
      this.done(await status(this.jobId));
    } catch (error) {
      button.disabled = false;
      const fields = error.fieldErrors?.map((f) => `${f.field}: ${f.message}`).join("; ");
      slot.textContent = fields ? `${error.message} (${fields})` : error.message;
      slot.hidden = false;
    }
  }

  problem(error) {
    this.card.querySelector("[aria-busy]")?.remove();
    const slot = this.card.querySelector("[data-form-error]") ?? this.card.appendChild(Object.assign(document.createElement("p"), { className: "form-error" }));
    slot.setAttribute("role", "alert");
    slot.hidden = false;
    const fields = error.fieldErrors?.map((f) => `${humanize(f.field)}: ${f.message}`).join("; ");
    slot.textContent = fields ? `${error.message} (${fields})` : error.message;
    if (error.status === 409) {
      const again = Object.assign(document.createElement("button"), { type: "button", className: "secondary", textContent: "Import anyway" });
      again.addEventListener("click", () => this.start(true));
      slot.after(again);
    }
  }
}

function countsLine(counts, className) {
  const parts = COUNTS.filter(([key]) => key === "recorded" || key === "needs_match" || key === "duplicates" || counts[key]).map(
    ([key, words]) => html`<span data-count="${key}"><strong>${counts[key] ?? 0}</strong> ${words}</span>`,
  );
  return html`<p class="${className} counts">${parts}</p>`;
}

/** A fieldset per waiting line: its candidates (photo, name, SKU, cost, units, score), Create item, or later. */
function matchForm(lines) {
  return html`<form class="matches" aria-labelledby="matches-heading">
    <h3 id="matches-heading">Lines waiting for a match</h3>
    <p class="muted">Pick the item each sale belongs to, or have an item created from the line; lines left on "Decide later" keep waiting.</p>
    ${lines.map(
      (l) => html`<fieldset class="match" data-row="${l.row}">
        <legend>Row ${l.row}${l.order_id ? html` · order ${l.order_id}` : ""} · <strong>${l.title ?? "(no title)"}</strong> · ${money(l.amount)}${l.reason ? html` <span class="muted">(${humanize(l.reason)})</span>` : ""}</legend>
        <div class="choices">
          ${(l.candidates ?? []).map(
            (c) => html`<label class="candidate"><input type="radio" name="match-${l.row}" value="${c.lot_id}">
              ${c.thumbnail_url ? html`<img class="thumb" data-src="${c.thumbnail_url}" alt="Photo of ${c.item_name}" width="64" height="64">` : html`<span class="thumb none" aria-hidden="true">No photo</span>`}
              <span><span class="candidate-name">${c.item_name}</span>${c.sku ? html` <span class="muted">SKU ${c.sku}</span>` : ""}<br>
              <span class="muted">Cost ${money(c.total_cost)} · ${c.units_left} left · match ${Math.round(Number(c.score) * 100)} %</span></span></label>`,
          )}
          <label class="candidate"><input type="radio" name="match-${l.row}" value="create"> <span>Create item “${l.title ?? ""}”</span></label>
          <label class="candidate"><input type="radio" name="match-${l.row}" value="" checked> <span>Decide later</span></label>
        </div>
      </fieldset>`,
    )}
    <div class="actions"><button type="button" data-action="confirm-matches">Confirm matches</button></div>
    <p class="form-error" data-match-error role="alert" hidden></p>
  </form>`;
}
