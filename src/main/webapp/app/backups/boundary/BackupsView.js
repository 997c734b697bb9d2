import { Page, html, render, dateTime, humanize, table, toast } from "../../ui.js";
import * as backups from "../control/BackupsControl.js";

const REFRESH_MS = 2000;

/**
 * The server's backups for admins: the schedule and the last success, every run (time, trigger,
 * status, size, duration, the reason of a failure) with downloads, and "Back up now", which shows
 * the run until it ends. Restoring stays a command because it replaces the database.
 */
class BackupsView extends Page {
  async load() {
    render(
      this,
      html`<h1>Backups</h1>
        <p class="muted">Each backup is one archive of the database and the data directory's files, checked after writing. Restore one with <code>bin/resell restore FILE</code> (docs/BACKUPS.md).</p>
        <section class="card" aria-labelledby="b-schedule"><h2 id="b-schedule">Schedule</h2><div id="schedule"></div>
          <p class="toolbar"><button type="button" id="now">Back up now</button> <span id="progress" role="status" aria-live="polite"></span></p></section>
        <section aria-labelledby="b-runs" style="margin-top:1rem"><h2 id="b-runs">Runs</h2><div id="runs"></div></section>`,
    );
    this.onclick = (e) => this.clicked(e);
    await this.refresh();
  }

  dispose() {
    clearTimeout(this.timer);
  }

  async refresh() {
    clearTimeout(this.timer);
    if (this.stopped) return;
    const answer = await backups.overview();
    render(this.querySelector("#schedule"), schedule(answer));
    render(
      this.querySelector("#runs"),
      table(
        answer.runs,
        [
          { key: "started_at", label: "Started", cell: (r) => dateTime(r.started_at) },
          { key: "trigger", cell: (r) => humanize(r.trigger) },
          { key: "status", cell: (r) => html`<span class="badge ${r.status}">${r.status}</span>${r.error ? html`<div class="muted">${r.error}</div>` : ""}` },
          { key: "size_bytes", label: "Size", cell: (r) => backups.size(r.size_bytes) },
          { key: "duration_ms", label: "Took", cell: (r) => backups.took(r.duration_ms) },
          { key: "instance", label: "Server", cell: (r) => html`<span class="muted">${r.instance}</span>` },
          {
            key: "file_name",
            label: "Archive",
            cell: (r) => (backups.downloadable(r) ? html`<button type="button" class="link" data-download="${r.file_name}">${r.file_name}</button>` : ""),
          },
        ],
        { empty: "No backup yet." },
      ),
    );
    const running = answer.runs.find((r) => r.status === "running");
    this.querySelector("#now").disabled = Boolean(running);
    this.progress(running, answer.runs.find((r) => r.id === this.watching));
    if (running) this.timer = setTimeout(() => this.refresh(), REFRESH_MS);
  }

  /** Tells how the backup started here goes, and how it ended. */
  progress(running, watched) {
    const slot = this.querySelector("#progress");
    if (running) slot.textContent = `Backing up (${humanize(running.trigger).toLowerCase()}, started ${dateTime(running.started_at)})…`;
    else if (watched && watched.status !== "running") {
      slot.textContent = watched.status === "failed" ? `The backup failed: ${watched.error}` : `Backup ${watched.status}: ${watched.file_name}, ${backups.size(watched.size_bytes)} in ${backups.took(watched.duration_ms)}.`;
      this.watching = null;
    } else if (!this.watching) slot.textContent = "";
  }

  async clicked(e) {
    const t = e.target;
    try {
      if (t.id === "now") {
        t.disabled = true;
        const run = await backups.backUpNow();
        this.watching = run.id;
        await this.refresh();
      }
      if (t.dataset.download) await download(t.dataset.download);
    } catch (error) {
      toast(error.message);
      await this.refresh().catch(() => {});
    }
  }
}

function schedule(answer) {
  const s = answer.schedule;
  const last = answer.last_success;
  return html`<dl class="kv">
    <dt>Daily</dt><dd>${s.daily_at === "off" ? "off (resell.backup.daily-at)" : html`at ${s.daily_at} UTC; next ${dateTime(s.next_at)}`}</dd>
    <dt>Kept</dt><dd>the last backup of each of the newest ${s.keep_daily} days and ${s.keep_weekly} weeks</dd>
    <dt>Last success</dt><dd>${last ? html`${dateTime(last.finished_at)} · ${backups.size(last.size_bytes)} · ${backups.took(last.duration_ms)}` : "never"}</dd>
  </dl>`;
}

/** The archive needs the access token, so it is fetched, then saved under its own name. */
async function download(fileName) {
  const file = await backups.archive(fileName);
  const link = document.createElement("a");
  link.href = file.url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(file.url), 60000);
}

customElements.define("resell-backups", BackupsView);
