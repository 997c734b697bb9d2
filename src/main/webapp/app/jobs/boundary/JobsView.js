import { Page, html, render, dateTime, humanize, keyValues, table, toast } from "../../ui.js";
import * as jobs from "../control/JobsControl.js";

const REFRESH_MS = 3000;

/**
 * The jobs console: every batch execution with status, timings and parameters; its steps' counts
 * on demand; stop, restart and abandon. Refreshes itself while something runs.
 */
class JobsView extends Page {
  async load() {
    render(this, html`<h1>Jobs</h1><p class="muted">Imports and maintenance jobs. A failed import can be restarted: it continues from its last checkpoint.</p><div id="executions"></div><div id="detail"></div>`);
    this.onclick = (e) => this.clicked(e);
    await this.refresh();
  }

  dispose() {
    clearTimeout(this.timer);
  }

  async refresh() {
    clearTimeout(this.timer);
    if (this.stopped) return;
    const list = await jobs.executions();
    // Only the newest execution of a job instance can be restarted or abandoned.
    const newest = new Map();
    for (const x of list) newest.set(x.instance_id, Math.max(newest.get(x.instance_id) ?? 0, x.execution_id));
    const actions = (x) => (newest.get(x.instance_id) === x.execution_id ? jobs.actions(x.status) : []);
    render(
      this.querySelector("#executions"),
      table(
        list,
        [
          { key: "execution_id", label: "Execution", cell: (x) => html`<button type="button" class="link" data-show="${x.execution_id}">#${x.execution_id}</button>` },
          { key: "job_name", label: "Job", cell: (x) => JOBS[x.job_name] ?? humanize(x.job_name) },
          { key: "status", cell: (x) => html`<span class="badge ${x.status}">${x.status}</span>${x.exit_status && x.exit_status !== x.status ? html`<div class="muted">${exitReason(x.exit_status)}</div>` : ""}` },
          { key: "parameters", label: "Of", cell: (x) => about(x.parameters) },
          { key: "started_at", label: "Started", cell: (x) => dateTime(x.started_at ?? x.created_at) },
          { key: "duration", label: "Took", cell: (x) => duration(x) },
          { key: "actions", label: "Actions", cell: (x) => actions(x).map((a) => html`<button type="button" class="secondary" data-act="${a}" data-id="${x.execution_id}" aria-label="${humanize(a)} execution ${x.execution_id}">${humanize(a)}</button> `) },
        ],
        { empty: "No job has run yet." },
      ),
    );
    if (list.some((x) => jobs.actions(x.status).includes("stop"))) this.timer = setTimeout(() => this.refresh(), REFRESH_MS);
  }

  async clicked(e) {
    const t = e.target;
    try {
      if (t.dataset.show) await this.show(t.dataset.show);
      if (t.dataset.act) {
        t.disabled = true;
        const result = await jobs.act(t.dataset.id, t.dataset.act);
        toast(t.dataset.act === "restart" ? `Restarted as execution #${result.execution_id}` : `Execution #${t.dataset.id}: ${humanize(t.dataset.act)}`);
        await this.refresh();
        this.timer ??= setTimeout(() => this.refresh(), REFRESH_MS);
      }
    } catch (error) {
      t.disabled = false;
      toast(error.message);
    }
  }

  async show(id) {
    const x = await jobs.execution(id);
    const detail = this.querySelector("#detail");
    render(
      detail,
      html`<section class="card" style="margin-top:1rem" aria-labelledby="exec-h"><h2 id="exec-h" tabindex="-1">Execution #${x.execution_id}: ${JOBS[x.job_name] ?? humanize(x.job_name)}</h2>
        ${keyValues(x, ["parameters", "steps", "instance_id", "job_name"])}
        <h3 style="margin-top:1rem">Steps</h3>
        ${table(
          x.steps,
          [{ key: "name" }, { key: "status" }, { key: "duration", label: "Took", cell: duration }, ...metricColumns(x.steps)],
          { empty: "No steps ran." },
        )}
        ${Object.keys(shown(x.parameters)).length ? html`<h3 style="margin-top:1rem">What it worked on</h3>${keyValues(shown(x.parameters))}` : ""}</section>`,
    );
    detail.querySelector("h2").focus();
  }
}

/** What each job does, in words. */
const JOBS = {
  "import-invoice": "Invoice import",
  "import-sheet": "Spreadsheet import",
  "import-sales": "Sales report import",
  "purge-refresh-tokens": "Sign-in clean-up",
};

/**
 * The parameters a person recognises (the invoice, the auction, the platform), by their names;
 * the rest (file paths on the server, internal ids, column mappings, limits) is the job's business.
 */
const PARAMETERS = { invoiceId: "Invoice", auctionId: "Auction", platform: "Platform" };

function shown(parameters) {
  return Object.fromEntries(Object.entries(parameters ?? {}).filter(([k, v]) => PARAMETERS[k] && v).map(([k, v]) => [PARAMETERS[k], v]));
}

function about(parameters) {
  return Object.entries(shown(parameters))
    .map(([k, v]) => `${k} ${v}`)
    .join(" · ");
}

/** Import jobs end with "FAILED|code|message": the message is what a person needs. */
function exitReason(exit) {
  const parts = exit.split("|");
  return parts.length >= 3 ? parts.slice(2).join("|") : exit;
}

function metricColumns(steps) {
  const names = [...new Set((steps ?? []).flatMap((s) => Object.keys(s.metrics ?? {})))];
  return names.map((m) => ({ key: m, label: humanize(m.replace(/_count$/, "")), cell: (s) => s.metrics?.[m] ?? "" }));
}

function duration(x) {
  if (!x.started_at) return "—";
  const ms = new Date(x.ended_at ?? Date.now()) - new Date(x.started_at);
  return ms < 1000 ? `${ms} ms` : ms < 120000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 60000)} min`;
}

customElements.define("resell-jobs", JobsView);
