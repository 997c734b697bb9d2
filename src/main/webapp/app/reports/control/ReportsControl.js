// Report calls: JSON for the page, CSV (and the tax year's PDF) as files.
import { get, query, blobUrl } from "../../api.js";

const ACCEPT = { csv: "text/csv", pdf: "application/pdf" };

export const load = (report, params) => get(`reports/${report.path}${query(params)}`);
export const file = (report, params, format) => blobUrl(`reports/${report.path}${query(params)}`, ACCEPT[format]);
/** The address of a report's download in a format (csv, pdf): the same parameters as the page. */
export const fileUrl = (report, params) => `reports/${report.path}${query(params)}`;
export const accept = (format) => ACCEPT[format];
