package app.resell.tabular;

/** How a file writes numeric dates such as {@code 03/04/2024}: month first (US) or day first. */
public enum DateOrder {
  MDY,
  DMY
}
