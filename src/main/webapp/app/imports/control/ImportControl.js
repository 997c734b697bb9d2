// Imports: /api/v1/import/{pdf|excel|csv} (multipart, dry_run for a preview) and the status of a job.
import { post, get, query } from "../../api.js";
import { update } from "../../inventory/control/ItemsControl.js";

/** The import kind of a file by its name, or null when Resell cannot import it. */
export function kindOf(file) {
  const name = file.name.toLowerCase();
  if (name.endsWith(".pdf")) return "pdf";
  if (name.endsWith(".xlsx") || name.endsWith(".xls")) return "excel";
  if (name.endsWith(".csv")) return "csv";
  return null;
}

function form(file, fields) {
  const data = new FormData();
  data.append("file", file, file.name);
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== null && v !== "") data.append(k, v);
  return data;
}

export const preview = (file, fields) => post(`import/${kindOf(file)}`, form(file, { ...fields, dry_run: "true" }));
export const start = (file, fields, force) => post(`import/${kindOf(file)}`, form(file, { ...fields, force: force ? "true" : "" }));
export const status = (jobId, limit = 500) => get(`import/status/${jobId}${query({ items_limit: limit })}`);
export const finished = (report) => !["pending", "processing"].includes(report.status);
/** Confirms a scanned invoice's lines (with corrections by source_row): only then are items created. */
export const confirm = (jobId, lines) => post(`import/${jobId}/confirm`, { lines });

/** Applies the corrections made in the preview to the items the import created (by source row). */
export async function applyEdits(report, edits) {
  let changed = 0;
  for (const created of report.result?.items ?? []) {
    const fields = edits.get(created.source_row);
    if (!fields || !created.lot_id) continue;
    const current = await get(`inventory/${created.lot_id}`);
    await update(created.lot_id, current.version, fields);
    changed++;
  }
  return changed;
}
