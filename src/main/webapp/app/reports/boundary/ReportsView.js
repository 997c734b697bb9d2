import { Page, html, render, table, humanize, money, number, chart, PALETTE, failure } from "../../ui.js";
import * as reports from "../control/ReportsControl.js";
import { REPORTS, TAX_LINES, PLATFORM_GROSS } from "../entity/Reports.js";
import { openPdf, saveFile } from "../../shared/Files.js";

/** Every report with its chart, its table and CSV/PDF downloads; the tax-year report takes a year. */
class ReportsView extends Page {
  load() {
    const current = this.params.get("report") ?? REPORTS[0].id;
    render(
      this,
      html`<h1>Reports</h1>
      <div class="toolbar" role="tablist" aria-label="Reports">${REPORTS.map(
        (r) => html`<button type="button" role="tab" class="${r.id === current ? "" : "secondary"}" aria-selected="${r.id === current}" data-report="${r.id}">${r.title}</button>`,
      )}</div>
      <section class="card" id="report" role="tabpanel"></section>`,
    );
    this.onclick = (e) => {
      if (!e.target.dataset.report) return;
      history.replaceState(null, "", `#/reports?report=${e.target.dataset.report}`);
      this.querySelectorAll("[data-report]").forEach((b) => {
        const on = b === e.target;
        b.className = on ? "" : "secondary";
        b.setAttribute("aria-selected", on);
      });
      this.show(REPORTS.find((r) => r.id === e.target.dataset.report));
    };
    this.show(REPORTS.find((r) => r.id === current) ?? REPORTS[0]);
  }

  async show(report, params = { ...report.params }) {
    const panel = this.querySelector("#report");
    render(
      panel,
      html`<h2>${report.title}</h2>
      <form class="toolbar" id="report-params">${Object.entries(params).map(
        ([k, v]) =>
          html`<div><label for="p-${k}">${humanize(k)}</label>${report.choices?.[k]
            ? html`<select id="p-${k}" name="${k}">${report.choices[k].map((c) => html`<option ${c === v ? "selected" : ""}>${c}</option>`)}</select>`
            : html`<input id="p-${k}" name="${k}" value="${v}" type="${/^\d{4}-\d{2}-\d{2}$/.test(v) ? "date" : /^\d+$/.test(v) ? "number" : "text"}">`}</div>`,
      )}
        <button type="submit">Show</button>
        <button type="button" class="secondary" data-format="csv">Download CSV</button>
        ${report.pdf ? html`<button type="button" class="secondary" data-format="pdf">Download PDF</button>` : ""}
      </form>
      <div id="report-body" aria-live="polite"><p aria-busy="true">Loading…</p></div>`,
    );
    const form = panel.querySelector("form");
    const values = () => Object.fromEntries(new FormData(form));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.show(report, values());
    });
    // A CSV is saved under the name the server gives it (aging-report-2026-12-07.csv); the PDF opens.
    form.querySelectorAll("[data-format]").forEach((b) =>
      b.addEventListener("click", () =>
        b.dataset.format === "csv"
          ? saveFile(reports.fileUrl(report, values()), form, { accept: reports.accept("csv"), fallback: `${report.id}-report.csv` })
          : openPdf(() => reports.file(report, values(), b.dataset.format), form, { name: `${report.id}.${b.dataset.format}` }),
      ),
    );
    const body = panel.querySelector("#report-body");
    try {
      const answer = await reports.load(report, params);
      render(body, report.lines ? taxYear(answer) : this.report(report, answer));
      if (report.chart) this.draw(report, answer, body.querySelector("canvas"));
    } catch (error) {
      render(body, failure(error, `The ${report.title.toLowerCase()} report`));
    }
  }

  report(report, answer) {
    const rows = answer.rows ?? [];
    const columns = (answer.columns ?? []).map((key) => (key === "lot_id" ? { key, label: "Item", cell: (r) => html`<a href="#/items/${r.lot_id}">${r.item_name ?? "an item since deleted"}</a>` } : { key }));
    const shown = rows.slice(0, ROWS_SHOWN);
    return html`${answer.totals?.length && report.rows !== "totals" ? table(answer.totals, undefined, { caption: "Totals" }) : ""}
      ${rows.length || answer.totals?.length ? html`<div class="chart"><canvas id="report-chart" role="img" aria-label="${report.title} chart"></canvas></div>` : ""}
      ${answer.totals?.length && report.rows === "totals" ? table(answer.totals, undefined, { caption: "Per age bucket" }) : ""}
      ${table(shown, columns.length ? columns.filter((c) => c.key !== "item_name") : undefined, { empty: "No data for this period." })}
      ${rows.length > shown.length ? html`<p class="muted">The first ${shown.length} of ${rows.length} rows; the CSV has them all.</p>` : ""}
      ${answer.forecast?.length ? html`<h3 style="margin-top:1rem">Forecast</h3><p class="muted">${answer.forecast_method ?? ""}</p>${table(answer.forecast)}` : ""}`;
  }

  /** One dataset per measure, or per value of the series column (one measure). */
  draw(report, answer, canvas) {
    if (!canvas) return;
    const rows = (report.rows === "totals" ? answer.totals : answer.rows) ?? [];
    const { label, values, series, type } = report.chart;
    const labels = [...new Set(rows.map((r) => r[label]))];
    if (series) labels.sort(); // months (YYYY-MM) of several series come in series order
    const datasets = series
      ? [...new Set(rows.map((r) => r[series]))].map((name, i) => ({
          label: name,
          data: labels.map((l) => rows.filter((r) => r[label] === l && r[series] === name).reduce((sum, r) => sum + Number(r[values[0]] ?? 0), 0)),
          backgroundColor: PALETTE[i % PALETTE.length],
        }))
      : values.map((m, i) => ({ label: humanize(m), data: labels.map((l) => Number(rows.find((r) => r[label] === l)?.[m] ?? 0)), backgroundColor: PALETTE[i], borderColor: PALETTE[i] }));
    chart(canvas, { type, data: { labels: labels.map(String), datasets } });
  }
}

const ROWS_SHOWN = 500;

/** The tax year as the Schedule C lines, with the counts. */
function taxYear(t) {
  return html`<div class="table-wrap"><table class="tax-year"><caption>Schedule C figures for ${t.year}</caption>
    <thead><tr><th scope="col">Line</th><th scope="col">Figure</th><th scope="col" class="num">Amount</th></tr></thead>
    <tbody>${TAX_LINES.map(([line, key, label]) => html`<tr data-key="${key}"><td>${line}</td><td>${label}</td><td class="num">${money(t[key])}</td></tr>`)}</tbody>
  </table></div>
  <p class="muted">${number(t.sales_count)} sales · ${number(t.items_purchased)} items bought. Sales count in the year they were sold; refunds in the year they were given.</p>
  ${platformGross(t)}`;
}

/** The 1099-K check: per platform whose sales reports were imported, what they told against the books. */
function platformGross(t) {
  if (!t.platform_reports?.length) return "";
  return html`<div class="table-wrap"><table class="platform-gross"><caption>1099-K check: the platforms' reports against the sales recorded</caption>
    <thead><tr><th scope="col">Platform</th>${PLATFORM_GROSS.map(([, label]) => html`<th scope="col" class="num">${label}</th>`)}</tr></thead>
    <tbody>${t.platform_reports.map((p) => html`<tr data-platform="${p.platform}"><th scope="row">${humanize(p.platform)}</th>${PLATFORM_GROSS.map(([key]) => html`<td class="num ${key === "unexplained" && Number(p[key]) ? "error" : ""}">${money(p[key])}</td>`)}</tr>`)}</tbody>
  </table></div>
  <p class="muted">Gross per the reports: what the buyers paid (items, shipping, marketplace-collected tax), before refunds, as a 1099-K counts it. Unexplained: items the reports sold that the books have not recorded (a line not matched yet, a report not imported) or the other way round.</p>`;
}

customElements.define("resell-reports", ReportsView);
