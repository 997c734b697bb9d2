// The enumerations of the API (database enums in V1__domain_schema.sql), for selects and filters.
export const CATEGORIES = ["antiques", "art", "books", "ceramics", "china", "clothing", "coins", "collectibles", "electronics", "furniture", "glass", "jewelry", "linens", "memorabilia", "musical", "pottery", "silver", "stamps", "tools", "toys", "vintage", "other"];
export const CONDITIONS = ["mint", "excellent", "very_good", "good", "fair", "poor", "restoration", "parts", "unknown"];
export const PLATFORMS = ["ebay", "etsy", "facebook", "chairish", "worthpoint", "mercari", "poshmark", "depop", "whatnot", "rubylane", "amazon", "shopify", "booth", "local", "other"];
export const LISTING_STATUSES = ["not_listed", "draft", "active", "scheduled", "sold", "expired", "cancelled", "pending"];
export const STOCK_STATUSES = ["all", "listed", "unlisted", "sold"];
export const SORTS = { acquisition_date: "Date acquired", name: "Name", value: "Estimated value", cost: "Cost", roi: "ROI", days_listed: "Days listed", relevance: "Best match" };

/** <option>s for a list of values, the current one selected, with an optional empty first choice. */
export function options(values, current, empty) {
  const list = Array.isArray(values) ? values.map((v) => [v, v.replace(/_/g, " ")]) : Object.entries(values);
  const head = empty === undefined ? "" : `<option value="">${empty}</option>`;
  return head + list.map(([v, label]) => `<option value="${v}"${v === current ? " selected" : ""}>${label}</option>`).join("");
}
