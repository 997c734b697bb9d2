// Sales reports: /api/v1/import/sales (multipart, dry_run for a preview), the job's status, and the
// matches a person confirms for the lines that wait (docs/SALES-IMPORT.md).
import { post } from "../../api.js";

/** The report's form: the file, and the platform and column mapping when chosen. */
function form(file, { platform, mapping, force, dryRun }) {
  const data = new FormData();
  data.append("file", file, file.name);
  if (platform) data.append("platform", platform);
  if (mapping) data.append("mapping", mapping);
  if (force) data.append("force", "true");
  if (dryRun) data.append("dry_run", "true");
  return data;
}

/** What importing the report would do, line by line; nothing is recorded. */
export const preview = (file, options) => post("import/sales", form(file, { ...options, dryRun: true }));
/** Starts the import job: answers {job_id, status_url}. */
export const start = (file, options, force) => post("import/sales", form(file, { ...options, force }));
/** Records waiting lines on the items chosen: [{row, lot_id}] or [{row, create_item: true}], all or none. */
export const confirmMatches = (jobId, matches) => post(`import/sales/${jobId}/matches`, matches);

/** The outcome counts of a dry run, under the names of the finished import's result. */
export function previewCounts(preview) {
  const o = preview.outcomes ?? {};
  return { recorded: o.recorded ?? 0, needs_match: o.needs_match ?? 0, duplicates: o.duplicate ?? 0, updated: o.updated ?? 0, cancelled: o.cancelled ?? 0, unmatched: o.unmatched ?? 0, rejected: o.rejected ?? 0 };
}

/** The choices made on the waiting lines, as /matches takes them; lines left undecided are left out. */
export function chosenMatches(card) {
  const matches = [];
  for (const line of card.querySelectorAll("fieldset.match[data-row]")) {
    const picked = line.querySelector("input[type=radio]:checked");
    if (!picked || !picked.value) continue;
    const row = Number(line.dataset.row);
    matches.push(picked.value === "create" ? { row, create_item: true } : { row, lot_id: picked.value });
  }
  return matches;
}
