import { Page, html, render, money, percent, number, dateTime, humanize, chart, PALETTE, failure } from "../../ui.js";
import * as data from "../control/DashboardControl.js";
import * as shape from "../entity/DashboardShape.js";

const FORMAT = { money, percent, number };
const POLL_MS = 15000;
/** Messages of /ws/events that do not change the dashboard (import progress ticks every 2 s). */
const QUIET = new Set(["welcome", "pong", "import.progress"]);

/**
 * The first page after sign-in: the numbers, four charts, what needs doing (delist now, review,
 * alerts) and recent activity. Changes arrive over the /ws/events WebSocket; without it the page
 * refreshes itself every 15 seconds.
 */
class DashboardView extends Page {
  async load() {
    render(
      this,
      html`<div class="toolbar dashboard-head"><h1>Dashboard</h1><span class="freshness"><span id="refreshed" class="muted"></span> <span id="live" class="badge" role="status">Connecting…</span></span></div>
      <div id="tiles" class="tiles" aria-live="polite">${placeholderTiles()}</div>
      <div class="grid" id="charts">
        <section class="card" aria-labelledby="c-cat"><h2 id="c-cat">Invested by category</h2><div class="chart"><canvas id="category-chart" role="img" aria-label="Invested by category"></canvas></div></section>
        <section class="card" aria-labelledby="c-plat"><h2 id="c-plat">Revenue and fees by platform</h2><div class="chart"><canvas id="platform-chart" role="img" aria-label="Revenue and fees by platform"></canvas></div></section>
        <section class="card" aria-labelledby="c-month"><h2 id="c-month">Sales and profit, last 12 months</h2><div class="chart"><canvas id="monthly-chart" role="img" aria-label="Monthly sales and profit"></canvas></div></section>
        <section class="card" aria-labelledby="c-aging"><h2 id="c-aging">Inventory age (items on hand)</h2><div class="chart"><canvas id="aging-chart" role="img" aria-label="Items on hand by age"></canvas></div></section>
      </div>
      <div class="grid" style="margin-top:1rem">
        <section class="card" aria-labelledby="l-delist"><h2 id="l-delist">Delist now</h2><div id="delist"></div></section>
        <section class="card" aria-labelledby="l-review"><h2 id="l-review">Needs review</h2><div id="review"></div></section>
        <section class="card" aria-labelledby="l-alerts"><h2 id="l-alerts">Open alerts</h2><div id="alerts"></div></section>
        <section class="card" aria-labelledby="l-activity"><h2 id="l-activity">Recent activity</h2><div id="activity"></div></section>
      </div>`,
    );
    await this.refresh();
    this.closeEvents = data.events(
      (event) => {
        if (!QUIET.has(event?.type)) this.soon();
      },
      (state) => this.live(state),
    );
  }

  dispose() {
    this.closeEvents?.();
    clearInterval(this.poller);
    clearTimeout(this.pending);
  }

  /** Refreshes once for a burst of events. */
  soon() {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.refresh(), 300);
  }

  live(state) {
    const badge = this.querySelector("#live");
    if (!badge) return;
    badge.textContent = state === "live" ? "Live" : "Updates every 15 s";
    badge.className = `badge ${state === "live" ? "completed" : ""}`;
    clearInterval(this.poller);
    if (state !== "live" && !this.stopped) this.poller = setInterval(() => this.refresh(), POLL_MS);
  }

  async refresh() {
    if (this.stopped) return;
    const [dashboard, summary, delist, review, alerts, monthly] = await Promise.allSettled([data.dashboard(), data.inventorySummary(), data.delistNow(), data.needsReview(), data.openAlerts(), data.monthlySales()]);
    this.tiles(dashboard, summary);
    this.charts(dashboard, monthly);
    const refreshed = this.querySelector("#refreshed");
    if (refreshed) refreshed.textContent = dashboard.status === "fulfilled" && dashboard.value.refreshed_at ? `As of ${asOf(dashboard.value.refreshed_at)}` : "";
    render(this.querySelector("#delist"), delist.status === "fulfilled" ? listings(delist.value) : failure(delist.reason, "The delist list"));
    render(this.querySelector("#review"), review.status === "fulfilled" ? reviewList(review.value) : failure(review.reason));
    render(this.querySelector("#alerts"), alerts.status === "fulfilled" ? alertList(alerts.value) : failure(alerts.reason, "Alerts"));
    render(this.querySelector("#activity"), dashboard.status === "fulfilled" ? activityList(shape.activity(dashboard.value)) : failure(dashboard.reason, "Activity"));
    this.dataset.refreshedAt = Date.now();
  }

  tiles(dashboard, summary) {
    const el = this.querySelector("#tiles");
    if (dashboard.status === "fulfilled") {
      const s = shape.summary(dashboard.value);
      render(el, shape.SUMMARY.filter(([k]) => k in s).map(([k, label, kind]) => tile(k, label, FORMAT[kind](s[k]), shape.NOTES[k]?.(s))));
    } else if (summary.status === "fulfilled") {
      const a = summary.value.aggregates ?? {};
      const total = summary.value.total;
      render(el, [
        tile("total_items", "Items", number(total)),
        tile("total_invested", "Invested", money(a.total_cost)),
        tile("total_estimated_value", "Estimated value", money(a.total_estimated_value), `${number(a.estimated_items ?? 0)} of ${number(total)} items have an estimate`),
        tile("average_roi", "Average ROI", percent(a.avg_roi), `over ${number(a.roi_items ?? 0)} items`),
      ]);
    } else {
      render(el, failure(summary.reason));
    }
  }

  charts(dashboard, monthly) {
    if (dashboard.status !== "fulfilled") {
      render(this.querySelector("#charts"), failure(dashboard.reason, "Charts of sales and profit"));
      return;
    }
    const d = dashboard.value;
    const cats = shape.categories(d);
    draw(this.querySelector("#category-chart"), cats, {
      type: "doughnut",
      data: { labels: cats.map((c) => c.label), datasets: [{ label: "Value", data: cats.map((c) => c.value), backgroundColor: PALETTE }] },
    });
    const plats = shape.platforms(d);
    draw(this.querySelector("#platform-chart"), plats, {
      type: "bar",
      data: { labels: plats.map((p) => p.label), datasets: [{ label: "Revenue", data: plats.map((p) => p.revenue), backgroundColor: PALETTE[0] }, { label: "Fees", data: plats.map((p) => p.fees), backgroundColor: PALETTE[2] }] },
    });
    const months = monthly.status === "fulfilled" ? shape.months(monthly.value) : [];
    draw(this.querySelector("#monthly-chart"), months, {
      type: "line",
      data: { labels: months.map((m) => m.label), datasets: [{ label: "Sales", data: months.map((m) => m.revenue), borderColor: PALETTE[0], backgroundColor: PALETTE[0] }, { label: "Profit", data: months.map((m) => m.profit), borderColor: PALETTE[1], backgroundColor: PALETTE[1] }] },
    });
    const ages = shape.aging(d);
    draw(this.querySelector("#aging-chart"), ages, {
      type: "bar",
      data: { labels: ages.map((a) => a.label), datasets: [{ label: "Items", data: ages.map((a) => a.count), backgroundColor: PALETTE[2] }] },
    });
  }
}

function draw(canvas, rows, config) {
  if (!canvas) return;
  canvas.hidden = !rows.length;
  let empty = canvas.parentElement.querySelector(".empty");
  if (!rows.length) {
    if (!empty) canvas.parentElement.insertAdjacentHTML("beforeend", `<p class="muted empty">No data yet.</p>`);
    return;
  }
  empty?.remove();
  chart(canvas, config);
}

/** When the figures were computed: the time alone today (short enough for a phone's title row). */
function asOf(at) {
  const when = new Date(at);
  const time = when.toLocaleTimeString([], { hour: "numeric", minute: "2-digit" });
  return when.toDateString() === new Date().toDateString() ? time : `${when.toLocaleDateString()} ${time}`;
}

/** The tiles before the figures arrive, as tall as they will be: the charts below do not jump. */
const placeholderTiles = () => shape.SUMMARY.map(([k, label]) => tile(k, label, "…", shape.NOTES[k] ? "\u00a0" : null));

const tile = (key, label, value, note) =>
  html`<div class="tile" data-key="${key}"><div class="label">${label}</div><div class="value">${value}</div>${note ? html`<div class="note muted">${note}</div>` : ""}</div>`;

/** GET /listings?needs_delist=true: {listings, total}; the item sold elsewhere, take these down. */
function listings(page) {
  const rows = page.listings ?? [];
  if (!rows.length) return html`<p class="muted">Nothing to delist.</p>`;
  return html`<ul class="plain">${rows.map(
    (l) => html`<li><a href="#/items/${l.lot_id}">${l.item_name ?? l.listing_title ?? "An item no longer in the inventory"}</a> on <strong>${l.platform_name ?? l.platform}</strong> <span class="muted">· sold elsewhere${l.list_price ? html` · listed at ${money(l.list_price)}` : ""}</span></li>`,
  )}</ul>${page.total > rows.length ? html`<p class="muted">${page.total} listings to take down in all.</p>` : ""}`;
}

function reviewList(page) {
  if (!page.items.length) return html`<p class="muted">Nothing to review.</p>`;
  return html`<ul class="plain">${page.items.map((i) => html`<li><a href="#/items/${i.lot_id}">${i.item_name}</a> <span class="muted">${i.category} · ${i.condition.replace(/_/g, " ")}</span></li>`)}</ul>
    ${page.total > page.items.length ? html`<p><a href="#/inventory?needs_review=true">All ${page.total} to review</a></p>` : ""}`;
}

const ALERTS_SHOWN = 8;

/** GET /alerts: {total, alerts} newest first, each with its rule_type and item. */
function alertList(answer) {
  const rows = answer.alerts ?? [];
  if (!rows.length) return html`<p class="muted">No open alerts.</p>`;
  return html`<ul class="plain">${rows.slice(0, ALERTS_SHOWN).map(
    (a) => html`<li>${a.lot_id ? html`<a href="#/items/${a.lot_id}">${a.item_name ?? "an item since deleted"}</a>${a.platform ? html` on <strong>${a.platform}</strong>` : ""}: ` : ""}${a.message} <span class="muted">· ${dateTime(a.raised_at)}</span></li>`,
  )}</ul>${answer.total > ALERTS_SHOWN ? html`<p class="muted">${answer.total} open alerts in all.</p>` : ""}`;
}

function activityList(rows) {
  if (!rows.length) return html`<p class="muted">No recent activity.</p>`;
  return html`<ul class="plain">${rows.slice(0, 10).map((a) => html`<li>${humanize(a.action ?? "change")}${a.lot_id ? html`: ${a.item_name ? html`<a href="#/items/${a.lot_id}">${a.item_name}</a>` : "an item since deleted"}` : ""} <span class="muted">· ${dateTime(a.at)}${a.user ? ` · ${a.user}` : ""}</span></li>`)}</ul>`;
}

customElements.define("resell-dashboard", DashboardView);
