/**
 * Reading tables of text: csv files with their encoding and delimiter sniffed, rows numbered as a
 * spreadsheet program shows them, dates whose day/month order is settled for the whole file, and
 * money as resellers type it. Shared by the inventory import and comparable-sales research so their
 * quirks are handled in one place; it knows nothing of items.
 */
package app.resell.tabular;
