/**
 * Reading resellers' own xlsx, xls and csv inventory spreadsheets into validated rows, for the
 * import batch job: {@link app.resell.imports.control.sheet.SheetImportReader} streams rows and
 * resumes at a row number, {@link app.resell.imports.control.sheet.SheetRowParser} turns each into
 * an item with listings and sales, a rejection with a reason, or a skip. See docs/IMPORTS.md,
 * "Spreadsheets".
 */
package app.resell.imports.control.sheet;
