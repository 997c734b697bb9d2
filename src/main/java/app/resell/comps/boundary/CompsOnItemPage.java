package app.resell.comps.boundary;

import app.resell.comps.control.CompsStore;
import app.resell.inventory.control.ItemSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** The item page's comparable sales: the same views as {@code GET /inventory/{id}/comps}. */
@ApplicationScoped
public class CompsOnItemPage implements ItemSection {

  @Inject CompsStore comps;

  @Override
  public Slot slot() {
    return Slot.COMPARABLE_SALES;
  }

  @Override
  public List<CompsView.Comp> of(UUID lotId) {
    return comps.forItem(lotId).stream().map(CompsView.Comp::of).toList();
  }

  @Override
  public String query() {
    return CompsStore.OF_ITEM;
  }

  @Override
  public List<CompsView.Comp> read(ResultSet rows) throws SQLException {
    return CompsStore.rows(rows).stream().map(CompsView.Comp::of).toList();
  }
}
