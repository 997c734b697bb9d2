// Small helpers every page uses: escaped HTML templates, formatting, problem display, charts.
import { ApiError } from "./api.js";

const RAW = Symbol("raw");

/** Marks trusted markup so html`` inserts it as is. */
export const raw = (markup) => ({ [RAW]: String(markup) });

export function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function part(value) {
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(part).join("");
  if (typeof value === "object" && RAW in value) return value[RAW];
  return esc(value);
}

/** A template literal tag: interpolated values are escaped unless raw() or nested html``. */
export function html(strings, ...values) {
  return raw(strings.reduce((out, s, i) => out + s + (i < values.length ? part(values[i]) : ""), ""));
}

/** Replaces an element's content with a template (or a list of templates). */
export function render(element, template) {
  element.innerHTML = part(template);
}

const currency = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD" });
export const money = (v) => (v === null || v === undefined || v === "" || isNaN(v) ? "—" : currency.format(Number(v)));
export const percent = (v) => (v === null || v === undefined || v === "" || isNaN(v) ? "—" : `${Number(v).toFixed(1)}\u00a0%`);
export const number = (v) => (v === null || v === undefined ? "—" : Number(v).toLocaleString());
export const date = (v) => (v ? new Date(v).toLocaleDateString() : "—");
export const dateTime = (v) => (v ? new Date(v).toLocaleString() : "—");
export const humanize = (key) => String(key).replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());

/** Amounts whose names the pattern below does not tell (a report's "gross_sales" is money, "sales" a count). */
const MONEY_FIELDS = new Set(["gross_sales", "refunds", "estimate_on_hand", "beginning_inventory", "ending_inventory", "average_inventory"]);

/** Formats a value by its field name: money for amounts (one format everywhere), percent for rates, dates for *_at. */
export function formatField(key, value) {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "object") return JSON.stringify(value);
  if (/(^|_)(roi|rate|percent|margin)($|_)/.test(key)) return percent(value);
  if (key === "turnover" && !isNaN(value)) return `${Number(value).toFixed(2)}\u00d7`;
  if ((MONEY_FIELDS.has(key) || /(price|cost|amount|value|revenue|profit|fee|fees|bid|proceeds|premium|tax|shipping|invested|total)($|_)/.test(key)) && !isNaN(value))
    return money(value);
  if (/(_at|_date|^date)$/.test(key)) return /T/.test(value) ? dateTime(value) : date(value);
  return String(value);
}

/** A definition list of an object's plain fields: robust to field names that differ. */
export function keyValues(object, skip = []) {
  if (!object || typeof object !== "object") return "";
  const rows = Object.entries(object).filter(([k, v]) => !skip.includes(k) && (v === null || typeof v !== "object"));
  return html`<dl class="kv">${rows.map(([k, v]) => html`<div><dt>${humanize(k)}</dt><dd>${formatField(k, v)}</dd></div>`)}</dl>`;
}

/** A table of objects; columns default to the plain fields of the first row. */
export function table(rows, columns, { caption, empty = "Nothing here yet." } = {}) {
  if (!rows?.length) return html`<p class="muted">${empty}</p>`;
  const cols =
    columns ??
    Object.keys(rows[0])
      .filter((k) => rows[0][k] === null || typeof rows[0][k] !== "object")
      .map((k) => ({ key: k }));
  return html`<div class="table-wrap"><table>
    ${caption ? html`<caption>${caption}</caption>` : ""}
    <thead><tr>${cols.map((c) => html`<th scope="col">${c.label ?? humanize(c.key)}</th>`)}</tr></thead>
    <tbody>${rows.map((r) => html`<tr>${cols.map((c) => html`<td data-label="${c.label ?? humanize(c.key)}">${c.cell ? c.cell(r) : formatField(c.key, r[c.key])}</td>`)}</tr>`)}</tbody>
  </table></div>`;
}

/** The message shown when a feature's endpoint is not on this server. */
export function notAvailable(what) {
  return html`<p class="notice" role="status">${what}: not available on this server yet.</p>`;
}

/** Renders an error: "not available" for missing endpoints, otherwise the problem's detail. */
export function failure(error, what = "This") {
  if (error instanceof ApiError && error.missing) return notAvailable(what);
  return html`<p class="error" role="alert">${error.message}</p>`;
}

/**
 * Shows an error next to the fields it names (errors[].field matches an input's name) and its
 * detail in the form's [data-form-error] element. Answers true when it was an ApiError.
 */
export function showProblem(form, error) {
  clearProblem(form);
  const summary = form.querySelector("[data-form-error]");
  const fields = error instanceof ApiError ? error.fieldErrors : [];
  let placed = 0;
  for (const { field, message } of fields) {
    const input = form.querySelector(`[name="${CSS.escape(field)}"]`);
    if (!input) continue;
    const id = `${input.id || field}-error`;
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", id);
    input.insertAdjacentHTML("afterend", `<span class="field-error" id="${esc(id)}">${esc(message)}</span>`);
    if (placed++ === 0) input.focus();
  }
  if (summary) {
    summary.textContent = error.message;
    summary.hidden = false;
  } else if (!placed) {
    toast(error.message);
  }
  return error instanceof ApiError;
}

export function clearProblem(form) {
  form.querySelectorAll(".field-error").forEach((e) => e.remove());
  form.querySelectorAll("[aria-invalid]").forEach((e) => {
    e.removeAttribute("aria-invalid");
    e.removeAttribute("aria-describedby");
  });
  const summary = form.querySelector("[data-form-error]");
  if (summary) {
    summary.textContent = "";
    summary.hidden = true;
  }
}

/** The values of a form as an object; empty fields are left out, checkboxes are booleans. */
export function formValues(form) {
  const values = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    if (el.type === "checkbox") values[el.name] = el.checked;
    else if (el.value.trim() !== "") values[el.name] = el.type === "number" ? Number(el.value) : el.value.trim();
  }
  return values;
}

const charts = new WeakMap();
const CHART_JS = "webjars/chart.js/4.4.1/dist/chart.umd.js";
let chartJs = null;

/**
 * Chart.js (200 KB), fetched the first time a page draws a chart, not with every page: pages
 * without charts stay light. Its UMD build is a classic script (the ESM build imports a bare
 * specifier browsers cannot resolve); an element added from a module is allowed by the CSP.
 */
function loadChartJs() {
  chartJs ??= new Promise((resolve) => {
    const script = Object.assign(document.createElement("script"), { src: new URL(`../${CHART_JS}`, import.meta.url).href, async: true });
    script.addEventListener("load", () => resolve(window.Chart ?? null));
    script.addEventListener("error", () => {
      chartJs = null;
      resolve(null);
    });
    document.head.append(script);
  });
  return chartJs;
}

/** Charts waiting to come near the screen: canvas -> the latest config asked for. */
const offscreen = new WeakMap();
const nearScreen =
  "IntersectionObserver" in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries.filter((e) => e.isIntersecting)) {
            nearScreen.unobserve(entry.target);
            const config = offscreen.get(entry.target);
            offscreen.delete(entry.target);
            // one chart per task: four charts drawn at once kept a phone busy for half a second
            setTimeout(() => draw(entry.target, config));
          }
        },
        { rootMargin: "100px" },
      )
    : null;

/**
 * Draws a Chart.js chart on a canvas (replacing an earlier one); text when Chart.js is missing.
 * A chart is drawn when its canvas comes near the screen (a phone's dashboard does not draw the
 * charts below the fold until they are scrolled to); one already drawn is redrawn at once. The
 * canvas sits in a .chart box of fixed height, so the page does not move when it is drawn.
 */
export function chart(canvas, config) {
  if (!canvas) return;
  if (charts.has(canvas) || !nearScreen) return draw(canvas, config);
  if (!offscreen.has(canvas)) nearScreen.observe(canvas);
  offscreen.set(canvas, config);
}

async function draw(canvas, config) {
  const Chart = window.Chart ?? (await loadChartJs());
  if (!canvas.isConnected) return;
  charts.get(canvas)?.destroy();
  if (!Chart) {
    canvas.replaceWith(Object.assign(document.createElement("p"), { className: "muted", textContent: "Charts could not be loaded." }));
    return;
  }
  const options = { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: "bottom" } }, ...config.options };
  // Amounts and counts are read against zero: an axis starting at 40 makes 45 look like twice 42.
  if (!["pie", "doughnut", "polarArea", "radar"].includes(config.type)) {
    const scales = config.options?.scales ?? {};
    const value = config.options?.indexAxis === "y" ? "x" : "y";
    options.scales = { ...scales, [value]: { beginAtZero: true, ...scales[value] } };
  }
  charts.set(canvas, new Chart(canvas, { ...config, options }));
}

export const PALETTE = ["#2563eb", "#16a34a", "#d97706", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d", "#475569", "#ea580c"];

/** A short message at the bottom of the screen, with an optional action button. */
export function toast(message, action) {
  const region = document.getElementById("toasts");
  const note = document.createElement("div");
  note.className = "toast";
  note.setAttribute("role", "status");
  note.textContent = message;
  if (action) {
    const button = Object.assign(document.createElement("button"), { type: "button", textContent: action.label, className: "link" });
    button.addEventListener("click", () => {
      note.remove();
      action.run();
    });
    note.append(" ", button);
  }
  region.append(note);
  setTimeout(() => note.remove(), action ? 10000 : 4000);
}

/** Calls fn at most once per delay, after the last call (search as you type). */
export function debounce(fn, delay = 250) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), delay);
  };
}

/** A base for page components: load() fetches, render() draws; errors are shown, never thrown. */
export class Page extends HTMLElement {
  connectedCallback() {
    this.classList.add("page");
    this.reload();
  }

  disconnectedCallback() {
    this.stopped = true;
    this.dispose?.();
  }

  async reload() {
    try {
      await this.load();
    } catch (e) {
      console.error(e);
      render(this, html`<p class="error" role="alert">${e.message}</p>`);
    }
  }

  /** The route's query parameters (#/inventory?search=x). */
  get params() {
    return new URLSearchParams(location.hash.split("?")[1] || "");
  }
}
