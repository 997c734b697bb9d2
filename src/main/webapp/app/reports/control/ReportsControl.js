// Report calls: JSON for the page, CSV (and the tax year's PDF) as files.
import { get, query, blobUrl } from "../../api.js";

const ACCEPT = { csv: "text/csv", pdf: "application/pdf" };

export const load = (report, params) => get(`reports/${report.path}${query(params)}`);
export const file = (report, params, format) => blobUrl(`reports/${report.path}${query(params)}`, ACCEPT[format]);
