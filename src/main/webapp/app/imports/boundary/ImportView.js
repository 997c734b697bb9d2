import { Page, html, raw, render, money, date, keyValues, table, humanize, toast } from "../../ui.js";
import * as imports from "../control/ImportControl.js";
import { linesEditor, reconciliation, corrections } from "./ImportLines.js";
import { SalesImport } from "./SalesImport.js";
import { followJob } from "./JobProgress.js";
import { existingChoice, existingOutcome } from "./ExistingRows.js";
import { PLATFORMS, options } from "../../inventory/entity/Vocabulary.js";

/**
 * Import invoices (PDF) and sheets (Excel, CSV): drop several files, check each dry-run preview
 * (parsed rows, the invoice's totals check), correct names, categories and conditions, then
 * import and watch the progress until the imported and rejected lines are shown. Import sales:
 * drop a marketplace's sales report, check its preview, import it, and match the lines that wait.
 */
class ImportView extends Page {
  load() {
    render(
      this,
      html`<h1>Import</h1>
      <div class="dropzone" id="drop">
        <p><strong>Drop auction invoices (PDF) or inventory sheets (Excel, CSV) here</strong></p>
        <label for="files">or choose them</label>
        <input id="files" type="file" multiple accept=".pdf,.xlsx,.xls,.csv" style="width:auto;max-width:100%">
        <p class="muted">Each file is checked first: nothing is saved until you press Import.</p>
      </div>
      <div id="imports"></div>
      <section class="sales-import" aria-labelledby="sales-heading">
        <h2 id="sales-heading">Import sales</h2>
        <div class="dropzone" id="sales-drop">
          <p><strong>Drop marketplace sales reports (CSV or tab-separated) here</strong></p>
          <div class="fields sales-options">
            <div><label for="sales-platform">Platform</label><select id="sales-platform" name="platform">${raw(options(PLATFORMS, "", "Tell from the report"))}</select></div>
            <div><label for="sales-file">Sales report</label><input id="sales-file" type="file" multiple accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"></div>
            <details class="wide"><summary>Column mapping for another layout</summary>
              <label for="sales-mapping">Columns to fields (JSON), e.g. {"Sold on": "sold_date", "Listing": "title", "Amount": "sold_price"}</label>
              <textarea id="sales-mapping" name="mapping" rows="2"></textarea></details>
          </div>
          <p class="muted">eBay, Etsy, Poshmark, Mercari, Depop and Whatnot reports are recognised. Each report is checked first: nothing is recorded until you press Import.</p>
        </div>
        <div id="sales-imports"></div>
      </section>`,
    );
    dropZone(this.querySelector("#drop"), this.querySelector("#files"), (files) => this.add(files));
    dropZone(this.querySelector("#sales-drop"), this.querySelector("#sales-file"), (files) => this.addSales(files));
  }

  /** A card per sales report, read with the platform and mapping chosen when it was dropped. */
  addSales(files) {
    const choices = { platform: this.querySelector("#sales-platform").value, mapping: this.querySelector("#sales-mapping").value.trim() };
    for (const file of files) {
      const card = newCard(this.querySelector("#sales-imports"), "card import sales", `Sales import of ${file.name}`);
      new SalesImport(card, file, choices).preview();
    }
  }

  add(files) {
    this.querySelector("#drop").classList.add("compact");
    for (const file of files) {
      const card = newCard(this.querySelector("#imports"), "card import", `Import of ${file.name}`);
      new FileImport(card, file).preview();
    }
  }
}

/** One file's way through preview, import and result. */
class FileImport {
  constructor(card, file) {
    this.card = card;
    this.file = file;
    this.kind = imports.kindOf(file);
    this.edits = new Map();
    this.fields = {};
  }

  async preview() {
    if (!this.kind) {
      render(this.card, html`<h2>${this.file.name}</h2><p class="error" role="alert">Resell imports PDF invoices and Excel or CSV sheets, not this file.</p>`);
      return;
    }
    render(this.card, html`<h2>${this.file.name}</h2><p aria-busy="true">Reading the file…</p>`);
    try {
      this.show(await imports.preview(this.file, this.fields));
    } catch (error) {
      this.problem(error);
    }
  }

  show(report) {
    const r = report.result ?? {};
    const check = report.totals_check;
    render(
      this.card,
      html`<h2>${this.file.name} <span class="badge">${this.kind}</span></h2>
      <form class="toolbar import-options">
        ${this.kind === "pdf"
          ? html`<div><label>Invoice number<input name="invoice_id" value="${this.fields.invoice_id ?? ""}" placeholder="${report.invoice?.invoice_number ?? "as printed"}"></label></div>
                 <div><label>Auction<input name="auction_id" value="${this.fields.auction_id ?? ""}" placeholder="${report.invoice?.auction_id ?? "as printed"}"></label></div>
                 <button type="button" class="secondary" data-action="recheck">Check again</button>`
          : ""}
      </form>
      ${report.invoice ? html`<p><strong>${report.invoice.auction_house ?? "Invoice"}</strong> · invoice ${report.invoice.invoice_number ?? "—"} · ${date(report.invoice.invoice_date)} · total ${money(report.invoice.total)}</p>` : ""}
      ${check ? html`<p class="${check.matches ? "ok" : "error"}">${totalsLine(check)}</p>` : ""}
      ${report.ocr ? html`<p class="error" role="status">${ocrLine(report.ocr)}</p>` : ""}
      ${reconciliation(report.invoice, r.items ?? [])}
      <p><strong class="preview-count">${r.imported ?? r.items?.length ?? 0} items to import</strong>${r.rejected ? html`, <span class="error" style="padding:0 .3rem">${r.rejected} lines rejected</span>` : ""}${r.skipped ? `, ${r.skipped} skipped` : ""}</p>
      ${existingChoice(r.existing, this.fields.on_existing)}
      ${r.existing?.matched && !r.items?.length ? html`<p class="muted">No new items in this file.</p>` : linesEditor(r.items ?? [])}
      ${rejected(r.rejected_lines)}
      <div class="actions"><button type="button" data-action="import">${importLabel(r, this.fields.on_existing)}</button><button type="button" class="secondary" data-action="discard">Discard</button></div>
      <p class="form-error" data-form-error role="alert" hidden></p>
      ${report.invoice ? html`<details><summary>Invoice header and totals</summary>${keyValues(report.invoice)}${check ? html`<h3>Totals check</h3>${keyValues(check, ["matches", "detail"])}` : ""}</details>` : ""}`,
    );
    this.card.querySelector("[data-action=import]").addEventListener("click", () => this.start(false));
    this.card.querySelector("#existing-choice")?.addEventListener("change", (e) => {
      if (e.target.name !== "on_existing") return;
      this.fields.on_existing = e.target.value;
      this.card.querySelector("[data-action=import]").textContent = importLabel(r, this.fields.on_existing);
    });
    this.card.querySelector("[data-action=discard]").addEventListener("click", () => this.card.remove());
    this.card.querySelector("[data-action=recheck]")?.addEventListener("click", () => {
      this.readOptions();
      this.preview();
    });
    this.card.onchange = (e) => {
      const row = e.target.closest("tr[data-row]");
      if (!row) return;
      const key = Number(row.dataset.row);
      this.edits.set(key, { ...(this.edits.get(key) ?? {}), [e.target.name]: e.target.value });
    };
  }

  readOptions() {
    for (const input of this.card.querySelectorAll(".import-options input")) this.fields[input.name] = input.value.trim();
  }

  async start(force) {
    this.readOptions();
    try {
      const accepted = await imports.start(this.file, this.fields, force);
      this.progress(accepted.job_id);
    } catch (error) {
      this.problem(error);
    }
  }

  async progress(jobId) {
    const report = await followJob(this.card, this.file.name, jobId);
    if (!report) return;
    if (report.ocr?.awaiting_confirmation) return this.review(jobId, report);
    if (this.edits.size && report.status !== "failed") {
      const changed = await imports.applyEdits(report, this.edits).catch((e) => toast(e.message));
      if (changed) toast(`Applied your corrections to ${changed} items`);
    }
    this.done(report);
  }

  /** A scan read by OCR: its lines wait for the user's confirmation before any item exists. */
  review(jobId, report) {
    const lines = report.ocr.lines ?? [];
    render(
      this.card,
      html`<h2>${this.file.name} <span class="badge needs_review">Needs review</span></h2>
      <p class="error" role="status">${ocrLine(report.ocr)}</p>
      ${report.totals_check ? html`<p class="${report.totals_check.matches ? "ok" : "error"}">${totalsLine(report.totals_check)}</p>` : ""}
      ${reconciliation(report.invoice, lines)}
      ${linesEditor(lines)}
      ${rejected(report.result?.rejected_lines)}
      <div class="actions"><button type="button" data-action="confirm">Confirm and import</button></div>
      <p class="form-error" data-form-error role="alert" hidden></p>`,
    );
    this.card.querySelector("[data-action=confirm]").addEventListener("click", async () => {
      try {
        this.done(await imports.confirm(jobId, corrections(this.card, this.edits)));
      } catch (error) {
        this.problem(error);
      }
    });
  }

  done(report) {
    const r = report.result ?? {};
    render(
      this.card,
      html`<h2>${this.file.name} <span class="badge ${report.status}">${humanize(report.status)}</span></h2>
      <progress max="100" value="${report.progress ?? 100}" class="import-progress done" aria-label="Import progress"></progress>
      ${report.error ? html`<p class="error" role="alert">${report.error.message} (${report.error.code})</p>` : ""}
      ${report.status === "needs_review" ? html`<p class="error" role="status">${reviewReason(report)}</p>` : ""}
      <p class="import-summary"><strong>${r.imported ?? 0} imported</strong> · ${r.rejected ?? 0} rejected · ${r.skipped ?? 0} skipped${r.total_lines ? ` · ${r.total_lines} lines` : ""}</p>
      ${existingOutcome(r.existing)}
      ${table(r.items ?? [], [{ key: "item_name", label: "Item", cell: (i) => (i.lot_id ? html`<a href="#/items/${i.lot_id}">${i.item_name}</a>` : i.item_name) }, { key: "category" }, { key: "condition", cell: (i) => (i.needs_review ? html`${i.condition} <span class="badge review" title="The category or condition was guessed with low confidence">unsure: check</span>` : i.condition) }, { key: "total_cost" }], { empty: "No items were created." })}
      ${rejected(r.rejected_lines)}
      ${report.status === "failed" && report.execution_id ? html`<p>An admin can restart it from the <a href="#/jobs">jobs console</a> (execution ${report.execution_id}).</p>` : ""}`,
    );
  }

  problem(error) {
    const duplicate = error.status === 409;
    const slot = this.card.querySelector("[data-form-error]") ?? this.card.appendChild(Object.assign(document.createElement("p"), { className: "form-error" }));
    slot.setAttribute("role", "alert");
    slot.hidden = false;
    const fields = error.fieldErrors?.map((f) => `${humanize(f.field)}: ${f.message}`).join("; ");
    slot.textContent = fields ? `${error.message} (${fields})` : error.message;
    if (duplicate) {
      const again = Object.assign(document.createElement("button"), { type: "button", className: "secondary", textContent: "Import anyway" });
      again.addEventListener("click", () => this.start(true));
      slot.after(again);
    }
  }
}

/** Files chosen in the input or dropped on the zone go to onFiles. */
function dropZone(drop, input, onFiles) {
  input.addEventListener("change", () => {
    onFiles([...input.files]);
    input.value = "";
  });
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    onFiles([...e.dataTransfer.files]);
  });
}

/** A file's card, newest first. */
function newCard(list, className, label) {
  const card = document.createElement("section");
  card.className = className;
  card.style.marginTop = "1rem";
  card.setAttribute("aria-label", label);
  list.prepend(card);
  return card;
}

/** "Import 3 items", or with rows that are items already "Import 0 new items, update 2". */
function importLabel(r, onExisting) {
  const fresh = r.imported ?? r.items?.length ?? 0;
  if (!r.existing?.matched) return `Import ${fresh} items`;
  return `Import ${fresh} new item${fresh === 1 ? "" : "s"}, ${onExisting === "update" ? "update" : "skip"} ${r.existing.matched}`;
}

function totalsLine(check) {
  if (check.matches) return "The lines add up to the invoice totals.";
  return check.detail ? `Invoice totals check: ${check.detail}` : `The lines differ from the invoice totals by ${money(check.difference)}: check them before importing.`;
}

function ocrLine(ocr) {
  return `Scanned invoice read by OCR (${Math.round((ocr.confidence ?? 0) * 100)} % confidence over ${ocr.pages} page(s)): check every line against the paper; nothing is saved until you confirm.`;
}

function rejected(lines) {
  if (!lines?.length) return "";
  return html`<h3>Rejected lines</h3>${table(lines, [{ key: "line" }, { key: "raw_text", label: "Text" }, { key: "reason" }])}`;
}

customElements.define("resell-import", ImportView);

/** Why an import ended as "Needs review", in words: the totals that differ, the unsure items. */
function reviewReason(report) {
  const reasons = [];
  if (report.totals_check && !report.totals_check.matches) reasons.push(totalsLine(report.totals_check));
  const unsure = (report.result?.items ?? []).filter((i) => i.needs_review).length;
  if (unsure) reasons.push(`${unsure} ${unsure === 1 ? "item was" : "items were"} categorised with low confidence: check the category and condition marked below.`);
  return reasons.length ? reasons.join(" ") : "Some lines need a look before you rely on them: see the items below.";
}
