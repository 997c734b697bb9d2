// Inventory downloads: GET /api/v1/export/excel|json|pdf with the list's filters (docs/EXPORTS.md).
import { query } from "../../api.js";
import { EXPORT_FILTERS } from "../entity/ExportChoices.js";

const ACCEPT = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv",
  json: "application/json",
  pdf: "application/pdf",
};

/** The address of an export of the list as filtered now, in a format, with chosen columns. */
export function exportPath(filters, format, columns = []) {
  const chosen = Object.fromEntries(EXPORT_FILTERS.map((k) => [k, filters[k]]));
  if (format === "xlsx" || format === "csv") {
    return `export/excel${query({ ...chosen, format, columns: columns.join(",") })}`;
  }
  return `export/${format}${query(chosen)}`;
}

export const accept = (format) => ACCEPT[format];
