package app.resell.imports.control.sheet;

/** The kinds of spreadsheet file the import reads. {@link #DETECT} sniffs the content. */
public enum SheetFormat {
  XLSX,
  CSV,
  /** Decide from the file's bytes, never from its name: uploads arrive with any name. */
  DETECT
}
