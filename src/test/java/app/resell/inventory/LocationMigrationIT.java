package app.resell.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * V40 moves the free-text places items were given before locations were connected onto location
 * ids. The migration's function runs here again on this test's own items (typed in through the API,
 * which still takes the text): a code or a single name finds its location, a name two locations
 * share stays text for a person to resolve, an unknown place becomes a new location.
 */
@ResellIT
class LocationMigrationIT {

  private static String location(Api api, String name, String code, String parent) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    if (code != null) body.put("code", code);
    if (parent != null) body.put("parent_id", parent);
    return api.as("staff")
        .body(body)
        .post("/api/v1/locations")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String typedIn(Api api, String name, String place) {
    return Items.create(api, Map.of("item_name", name, "storage_location", place))
        .getString("lot_id");
  }

  @Test
  void typedPlacesBecomeLocationsUnlessTheyAreAmbiguous(Api api, ResellServer server) {
    String tag = Items.unique("").substring(0, 6).toUpperCase();
    String byCode = location(api, "Garage shelf " + tag, "GS" + tag, null);
    String byName = location(api, "Blue crate " + tag, null, null);
    String roomA = location(api, "Room A " + tag, null, null);
    String roomB = location(api, "Room B " + tag, null, null);
    location(api, "Top shelf " + tag, null, roomA);
    location(api, "Top shelf " + tag, null, roomB);

    String a = typedIn(api, "Clock " + tag, " gs" + tag.toLowerCase() + " ");
    String b = typedIn(api, "Bell " + tag, "BLUE CRATE " + tag);
    String c = typedIn(api, "Lamp " + tag, "Top shelf " + tag);
    String d = typedIn(api, "Vase " + tag, "Porch bench " + tag);
    String e = typedIn(api, "Jug " + tag, "porch bench " + tag);
    String f = typedIn(api, "Mug " + tag, "K" + tag);

    List<Map<String, Object>> counts =
        server
            .database()
            .rows(
                "SELECT * FROM resell_place_items_by_text(ARRAY[?, ?, ?, ?, ?, ?]::uuid[])",
                a,
                b,
                c,
                d,
                e,
                f);
    assertThat(counts.get(0))
        .containsEntry("placed", 5)
        .containsEntry("created", 2)
        .containsEntry("ambiguous", 1);

    Map<String, Map<String, Object>> items = new HashMap<>();
    for (Map<String, Object> row :
        server
            .database()
            .rows(
                "SELECT i.lot_id::text AS lot, i.location_id::text AS location,"
                    + " i.storage_location AS text, l.name, l.code, i.version"
                    + " FROM inventory i LEFT JOIN storage_locations l ON l.id = i.location_id"
                    + " WHERE i.item_name LIKE ?",
                "% " + tag)) {
      items.put((String) row.get("lot"), row);
    }
    assertThat(items.get(a)).containsEntry("location", byCode).containsEntry("text", null);
    assertThat(items.get(b)).containsEntry("location", byName).containsEntry("text", null);
    assertThat(items.get(c))
        .containsEntry("location", null)
        .containsEntry("text", "Top shelf " + tag);
    assertThat(items.get(d).get("location")).isNotNull().isEqualTo(items.get(e).get("location"));
    assertThat(items.get(d))
        .containsEntry("name", "Porch bench " + tag)
        .containsEntry("text", null)
        .containsEntry("version", 2L);
    assertThat((String) items.get(d).get("code")).startsWith("PB");
    assertThat(items.get(f)).containsEntry("code", "K" + tag).containsEntry("name", "K" + tag);

    // what the migration placed, the location page lists
    api.as("viewer")
        .get("/api/v1/locations/" + byCode + "/items")
        .then()
        .statusCode(200)
        .body("lot_id", org.hamcrest.Matchers.contains(a));
  }
}
