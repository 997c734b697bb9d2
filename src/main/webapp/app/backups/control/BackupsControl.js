// The server's backups: /api/v1/backups (admin only). Restoring stays a command (bin/resell restore).
import { get, post, blobUrl } from "../../api.js";

/** {runs (newest first), schedule {daily_at, keep_daily, keep_weekly, next_at}, last_success}. */
export const overview = () => get("backups");
/** Starts a backup; answers its run (status running) or throws 409 while one runs. */
export const backUpNow = () => post("backups");
/** The archive as an object URL. */
export const archive = (fileName) => blobUrl(`backups/${encodeURIComponent(fileName)}`, "application/zip");

/** A run that ended with an archive one can download. */
export const downloadable = (run) => Boolean(run.file_name) && (run.status === "succeeded" || run.status === "incomplete");

export function size(bytes) {
  if (bytes === null || bytes === undefined) return "—";
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = Number(bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)}\u00a0${units[unit]}`;
}

export function took(ms) {
  if (ms === null || ms === undefined) return "—";
  return ms < 1000 ? `${ms} ms` : ms < 120000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 60000)} min`;
}
