package app.resell.inventory.boundary;

import app.resell.inventory.control.ItemMoney;
import app.resell.inventory.entity.Item;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item on a page of the inventory list: the item, and its first photo's thumbnail. */
public class ListedItem extends ItemView {

  @JsonbNillable
  @Schema(
      description =
          "The first photo's 160-pixel thumbnail (GET it with the same sign-in as the item);"
              + " null when the item has no photo",
      nullable = true)
  public String thumbnailUrl;

  static ListedItem of(Item item, ItemMoney money, String thumbnailUrl) {
    ListedItem listed = fill(new ListedItem(), item, money);
    listed.thumbnailUrl = thumbnailUrl;
    return listed;
  }
}
