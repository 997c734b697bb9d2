package app.resell.imports.control.sheet;

/** How a file writes numeric dates such as {@code 03/04/2024}: month first (US) or day first. */
public enum DateOrder {
  MDY,
  DMY
}
