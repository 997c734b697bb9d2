package app.resell.inventory.boundary;

import app.resell.inventory.control.ItemFilter;
import jakarta.ws.rs.QueryParam;

/** The list's filters plus its paging: numbered pages or a cursor, with or without totals. */
public class ItemListQuery extends ItemQuery {

  @QueryParam("page")
  public String page;

  @QueryParam("limit")
  public String limit;

  @QueryParam("after")
  public String after;

  @QueryParam("totals")
  public Boolean totals;

  public ItemFilter filter() {
    return filter(page, limit, after);
  }

  /** Totals by default on numbered pages, on cursor pages only when asked. */
  public boolean totals(ItemFilter filter) {
    return totals != null ? totals : filter.after() == null;
  }
}
