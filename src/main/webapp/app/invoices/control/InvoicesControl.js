// Imported auction invoices: /api/v1/invoices (viewer), the fees switch (staff).
import { get, put, query } from "../../api.js";

/** Invoices, newest first: [{id, auction_house, invoice_number, invoice_date, printed_total, fees_total, fees_capitalized}]. */
export const list = (limit = 100, offset = 0) => get(`invoices${query({ limit, offset })}`);
/** One invoice: header, printed totals, extra_fees by label, adjustments, fees_on_invoice, items. */
export const invoice = (id) => get(`invoices/${encodeURIComponent(id)}`);
/** Spreads the invoice's fees into its items' cost (true) or returns them to the invoice (false). */
export const capitalizeFees = (id, capitalize) => put(`invoices/${encodeURIComponent(id)}/capitalize-fees`, { capitalize });
