import { html, render } from "../../ui.js";
import { status, finished } from "../control/ImportControl.js";

const POLL_MS = 600;

/**
 * Shows an import job's progress bar in its card and polls the job until it ends. Answers the
 * last status report, or null when the page was left meanwhile.
 */
export async function followJob(card, title, jobId, label = "Importing…") {
  render(
    card,
    html`<h2>${title}</h2>
    <label for="progress-${jobId}">${label}</label>
    <progress id="progress-${jobId}" class="import-progress" max="100" value="0" data-job="${jobId}"></progress>
    <p class="muted" aria-live="polite"><span class="status">pending</span> · <span class="percent">0</span> %</p>`,
  );
  for (;;) {
    const report = await status(jobId);
    const bar = card.querySelector("progress");
    if (!bar) return null; // the page was left
    bar.value = report.progress ?? 0;
    card.querySelector(".status").textContent = report.status;
    card.querySelector(".percent").textContent = report.progress ?? 0;
    if (finished(report)) return report;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
