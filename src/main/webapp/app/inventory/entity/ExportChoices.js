// What the inventory export offers (docs/EXPORTS.md): the four formats and the spreadsheet columns
// a person is likely to pick, with their labels. Column names are the export's own.
export const FORMATS = { xlsx: "Excel (xlsx)", csv: "CSV", json: "JSON", pdf: "PDF report" };

/** Formats whose columns can be chosen; JSON and PDF have a fixed shape. */
export const WITH_COLUMNS = ["xlsx", "csv"];

export const COLUMNS = [
  ["lot_id", "Item id"],
  ["sku", "SKU"],
  ["item_name", "Name"],
  ["description", "Description"],
  ["category", "Category"],
  ["condition", "Condition"],
  ["quantity", "Quantity"],
  ["quantity_sold", "Sold"],
  ["total_cost", "Total cost"],
  ["cost_per_item", "Cost per item"],
  ["estimated_value", "Estimated value"],
  ["acquisition_date", "Acquired"],
  ["storage_location", "Location"],
  ["storage_bin", "Bin"],
  ["ebay_price", "eBay price"],
  ["etsy_price", "Etsy price"],
  ["sale_price", "Sold for"],
  ["net_profit", "Profit"],
  ["roi_percent", "ROI"],
  ["photo_urls", "Photo links"],
];

/** The inventory list's filters an export takes (paging aside: an export is the whole list). */
export const EXPORT_FILTERS = ["search", "category", "condition", "status", "storage_location", "needs_review", "sort", "order"];
