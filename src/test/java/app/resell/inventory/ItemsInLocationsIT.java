package app.resell.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Items and storage locations are one concept (issue 23): an item is put in a location by its id
 * (the web UI's picker, the bulk move), the location lists it, and a location is renamed, moved and
 * deleted with clear refusals. Each refusal stands beside the same request succeeding.
 */
@ResellIT
class ItemsInLocationsIT {

  private static final String LOCATIONS = "/api/v1/locations";

  private static String location(Api api, String name, String parent) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    if (parent != null) body.put("parent_id", parent);
    return api.as("staff").body(body).post(LOCATIONS).then().statusCode(201).extract().path("id");
  }

  private static List<String> itemsIn(Api api, String location) {
    return api.as("viewer")
        .get(LOCATIONS + "/" + location + "/items")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("lot_id");
  }

  @Test
  void anItemPutInALocationIsListedThereAndABulkMoveTakesItElsewhere(Api api) {
    String tag = Items.unique("");
    String shelf = location(api, "Shelf " + tag, null);
    String bin = location(api, "Bin " + tag, null);
    String lamp = Items.create(api, Map.of("item_name", "Lamp " + tag)).getString("lot_id");
    String vase = Items.create(api, Map.of("item_name", "Vase " + tag)).getString("lot_id");

    // a location that does not exist is refused without showing its id; an existing one is taken
    String gone = UUID.randomUUID().toString();
    api.as("staff")
        .contentType("application/merge-patch+json")
        .body(Map.of("location_id", gone))
        .patch(Items.PATH + "/" + lamp)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("location_id"))
        .body("detail", not(containsString(gone)));
    api.as("staff")
        .contentType("application/merge-patch+json")
        .body(Map.of("location_id", shelf))
        .patch(Items.PATH + "/" + lamp)
        .then()
        .statusCode(200)
        .body("location_id", equalTo(shelf));
    assertThat(itemsIn(api, shelf)).containsExactly(lamp);

    // the bulk move: a viewer may not, staff moves both at once
    Map<String, Object> move =
        Map.of(
            "ids",
            List.of(lamp, vase),
            "patch",
            List.of(Map.of("op", "replace", "path", "/location_id", "value", bin)));
    api.as("viewer").body(move).patch(Items.PATH).then().statusCode(403);
    api.as("staff").body(move).patch(Items.PATH).then().statusCode(200).body("updated", equalTo(2));
    assertThat(itemsIn(api, bin)).containsExactlyInAnyOrder(lamp, vase);
    assertThat(itemsIn(api, shelf)).isEmpty();
  }

  @Test
  void theListsLocationFilterFindsWhatIsInTheLocationOrInsideIt(Api api) {
    String tag = Items.unique("");
    String garage = location(api, "Garage " + tag, null);
    String shelf = location(api, "Shelf " + tag, garage);
    String onShelf =
        Items.create(api, Map.of("item_name", "Shelf radio " + tag, "location_id", shelf))
            .getString("lot_id");
    String typed =
        Items.create(
                api, Map.of("item_name", "Typed radio " + tag, "storage_location", "Garage " + tag))
            .getString("lot_id");
    Items.create(api, Map.of("item_name", "Loose radio " + tag));
    String code = api.as("viewer").get(LOCATIONS + "/" + garage).then().extract().path("code");

    assertThat(listedAt(api, "garage " + tag, tag)).containsExactlyInAnyOrder(onShelf, typed);
    assertThat(listedAt(api, code.toLowerCase(), tag)).containsExactly(onShelf);
    assertThat(listedAt(api, "Shelf " + tag, tag)).containsExactly(onShelf);
  }

  private static List<String> listedAt(Api api, String place, String search) {
    return api.as("viewer")
        .queryParam("storage_location", place)
        .queryParam("search", search)
        .get(Items.PATH)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.lot_id");
  }

  @Test
  void aLocationIsRenamedAndMovedButNeverInsideItself(Api api) {
    String tag = Items.unique("");
    String room = location(api, "Room " + tag, null);
    String shelf = location(api, "Shelf " + tag, room);
    String other = location(api, "Garage " + tag, null);

    api.as("staff")
        .body(Map.of("name", "Room " + tag, "parent_id", shelf))
        .put(LOCATIONS + "/" + room)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("parent_id"));
    api.as("staff")
        .body(Map.of("name", "Back room " + tag, "parent_id", other))
        .put(LOCATIONS + "/" + room)
        .then()
        .statusCode(200)
        .body("name", equalTo("Back room " + tag))
        .body("parent_id", equalTo(other));
    api.as("viewer")
        .body(Map.of("name", "Mine"))
        .put(LOCATIONS + "/" + room)
        .then()
        .statusCode(403);
  }

  @Test
  void aLocationHoldingItemsIsDeletedOnlyWhenWhatItHoldsMovesElsewhere(Api api) {
    String tag = Items.unique("");
    String attic = location(api, "Attic " + tag, null);
    String box = location(api, "Box " + tag, attic);
    String garage = location(api, "Garage " + tag, null);
    String clock =
        Items.create(api, Map.of("item_name", "Clock " + tag, "location_id", attic))
            .getString("lot_id");

    // sub-locations first: refused with the location's name, no id
    api.as("staff")
        .delete(LOCATIONS + "/" + attic)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("Attic " + tag))
        .body("detail", containsString("1 location inside it"))
        .body("detail", not(containsString(attic)));
    // moving into itself is no move
    api.as("staff")
        .queryParam("move_to", box)
        .delete(LOCATIONS + "/" + attic)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("move_to"));
    api.as("viewer")
        .queryParam("move_to", garage)
        .delete(LOCATIONS + "/" + attic)
        .then()
        .statusCode(403);
    api.as("staff")
        .queryParam("move_to", garage)
        .delete(LOCATIONS + "/" + attic)
        .then()
        .statusCode(204);
    api.as("viewer").get(LOCATIONS + "/" + attic).then().statusCode(404);
    assertThat(itemsIn(api, garage)).containsExactly(clock);
    api.as("viewer")
        .get(LOCATIONS + "/" + box)
        .then()
        .statusCode(200)
        .body("parent_id", equalTo(garage));
    api.as("viewer")
        .get(Items.PATH + "/" + clock)
        .then()
        .statusCode(200)
        .body("activity_log[0].new_values.location_id", equalTo(garage));

    // items alone: refused with their count, then moved
    api.as("staff").delete(LOCATIONS + "/" + box).then().statusCode(204);
    api.as("staff")
        .delete(LOCATIONS + "/" + garage)
        .then()
        .statusCode(409)
        .body("detail", containsString("still holds 1 item."));
    String shed = location(api, "Shed " + tag, null);
    api.as("staff")
        .queryParam("move_to", shed)
        .delete(LOCATIONS + "/" + garage)
        .then()
        .statusCode(204);
    assertThat(itemsIn(api, shed)).containsExactly(clock);
  }
}
