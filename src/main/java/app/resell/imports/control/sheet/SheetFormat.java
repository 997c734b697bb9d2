package app.resell.imports.control.sheet;

/** The kinds of spreadsheet file the import reads. {@link #DETECT} sniffs the content. */
public enum SheetFormat {
  XLSX,
  /** Legacy Excel 97-2003, read whole (the format caps a sheet at 65,536 rows). */
  XLS,
  CSV,
  /** Decide from the file's bytes, never from its name: uploads arrive with any name. */
  DETECT
}
