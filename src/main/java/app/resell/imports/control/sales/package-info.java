/**
 * Marketplace sales reports read into {@link app.resell.imports.control.sales.SaleLine}s: one small
 * reader per report (eBay orders and transactions, Etsy sold order items and sold orders, Poshmark,
 * Mercari, Depop, Whatnot sales and earnings), told apart by their header row, and a reader driven
 * by a column mapping for any other layout. docs/SALES-IMPORT.md describes every report column by
 * column. Nothing here touches the database: matching and recording happen in the batch job.
 */
package app.resell.imports.control.sales;
