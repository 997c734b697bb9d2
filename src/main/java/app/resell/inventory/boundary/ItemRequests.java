package app.resell.inventory.boundary;

import app.resell.inventory.control.ItemFields;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the inventory API (classes: see {@link ItemFields} for why). */
public final class ItemRequests {

  private ItemRequests() {}

  /** A new item: its fields, whether to classify it, and why the value is what it is. */
  public static class NewItem extends ItemFields {
    /** Fill a missing category or condition from the categorizer (default true). */
    public Boolean autoCategorize;

    /** The reason recorded with the first estimated value. */
    public String reason;
  }

  /** A full update: every editable field, plus the version it was based on. */
  public static class ItemUpdate extends ItemFields {
    /** The version read; or send it as If-Match. */
    public Long version;

    public String reason;
  }

  /** Splits a box lot into items. */
  public static class Split {
    @NotNull
    @Size(min = 2, max = 200)
    @Valid
    public List<ItemFields> items;

    public String reason;
  }
}
