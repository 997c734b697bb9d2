// The reports the page offers (docs/ANALYTICS.md): GET /api/v1/reports/<path> answers
// {report, columns[], rows[], totals?, forecast?}; the same with Accept: text/csv is the CSV
// download, and the tax year also answers Accept: application/pdf.
// chart: the label column and the measures drawn from the rows; series: a second label column
// that splits the rows into one dataset per value (platform per month).
const today = new Date();
const thisYear = today.getUTCFullYear();
const yearStart = `${thisYear}-01-01`;
const todayIso = today.toISOString().slice(0, 10);

export const REPORTS = [
  { id: "sales", title: "Sales", path: "sales", params: { date_from: yearStart, date_to: todayIso, group_by: "month" }, choices: { group_by: ["day", "week", "month"] }, chart: { type: "bar", label: "period", values: ["revenue", "profit", "fees"] } },
  { id: "category-performance", title: "Category performance", path: "category-performance", params: { date_from: yearStart, date_to: todayIso }, chart: { type: "bar", label: "category", values: ["revenue", "profit", "invested"] } },
  { id: "platform-profitability", title: "Platform profitability", path: "platform-profitability", params: { date_from: yearStart, date_to: todayIso }, chart: { type: "bar", label: "month", series: "platform", values: ["net_profit"] } },
  { id: "aging", title: "Inventory aging", path: "aging", params: { min_days: "0" }, rows: "totals", chart: { type: "bar", label: "range", values: ["count", "cost_on_hand"] } },
  { id: "seasonal", title: "Seasonal", path: "seasonal", params: { date_from: `${thisYear - 1}-01-01`, date_to: todayIso }, chart: { type: "bar", label: "month", series: "category", values: ["revenue"] } },
  { id: "inventory-turnover", title: "Inventory turnover", path: "inventory-turnover", params: { date_from: `${thisYear - 1}-${todayIso.slice(5)}`, date_to: todayIso }, chart: { type: "bar", label: "category", values: ["turnover"] } },
  { id: "tax-year", title: "Tax year", path: "tax-year", params: { year: String(thisYear - 1) }, pdf: true, lines: true },
];

/** The tax year's Schedule C lines (docs/ANALYTICS.md), in the order of the form. */
export const TAX_LINES = [
  ["1", "gross_receipts", "Gross receipts"],
  ["2", "returns_and_allowances", "Returns and allowances"],
  ["3", "net_receipts", "Net receipts"],
  ["4", "cost_of_goods_sold", "Cost of goods sold"],
  ["5", "gross_profit", "Gross profit"],
  ["10", "platform_fees", "Platform fees"],
  ["27a", "shipping_costs", "Shipping"],
  ["28", "total_expenses", "Total expenses"],
  ["31", "net_profit", "Net profit"],
  ["35", "beginning_inventory", "Inventory at the start of the year"],
  ["36", "purchases", "Purchases"],
  ["", "sales_tax_paid_on_purchases", "Sales tax paid on purchases (part of their cost)"],
  ["41", "ending_inventory", "Inventory at the end of the year"],
];

/** The 1099-K check's columns: each platform's reported gross, the sales recorded, the difference explained. */
export const PLATFORM_GROSS = [
  ["reported_gross", "Gross per its reports"],
  ["recorded_sales", "Sales recorded (items less refunds)"],
  ["difference", "Difference"],
  ["marketplace_tax", "Marketplace-collected tax"],
  ["buyer_shipping", "Buyer-paid shipping"],
  ["refunds", "Refunds"],
  ["unexplained", "Unexplained"],
];
