package app.resell.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@ResellIT
class InventoryPatchIT {

  private static final String JSON_PATCH = "application/json-patch+json";

  private static Map<String, Object> fullUpdate(String name, String value) {
    Map<String, Object> body = new HashMap<>();
    body.put("item_name", name);
    body.put("category", "furniture");
    body.put("bid_amount", new BigDecimal("10.00"));
    body.put("estimated_value", new BigDecimal(value));
    return body;
  }

  /** RFC 7396: only the members sent change, null clears; read-only members are refused. */
  @Test
  void aMergePatchChangesOnlyTheFieldsSent(Api api) {
    String name = Items.unique("Hall mirror ");
    String id = Items.create(api, name, "50.00").getString("lot_id");
    Map<String, Object> changes = new HashMap<>();
    changes.put("notes", "resilvered");
    changes.put("estimated_value", new BigDecimal("65.50"));
    changes.put("keywords", List.of("gilt", "mirror"));

    Map<String, Object> hostile = new HashMap<>(changes);
    hostile.put("total_cost", 1);
    api.as("staff")
        .contentType("application/merge-patch+json")
        .body(hostile)
        .patch(Items.PATH + "/" + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("total_cost"));

    JsonPath item =
        Items.json(
            api.as("staff")
                .header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body(changes)
                .patch(Items.PATH + "/" + id));
    assertThat(item.getString("notes")).isEqualTo("resilvered");
    assertThat(item.getObject("estimated_value", BigDecimal.class)).isEqualByComparingTo("65.50");
    assertThat(item.getList("keywords")).containsExactly("gilt", "mirror");
    assertThat(item.getString("item_name")).isEqualTo(name);
    assertThat(item.getLong("version")).isEqualTo(2);

    Map<String, Object> clear = new HashMap<>();
    clear.put("notes", null);
    JsonPath cleared =
        Items.json(
            api.as("staff")
                .contentType("application/merge-patch+json")
                .body(clear)
                .patch(Items.PATH + "/" + id));
    assertThat(cleared.getString("notes")).isNull();
    assertThat(cleared.getList("keywords")).containsExactly("gilt", "mirror");
  }

  @Test
  void putWithIfMatchUpdatesAndAnswersTheNewETag(Api api, ResellServer server) {
    String id = Items.create(api, Items.unique("Desk "), "50.00").getString("lot_id");
    Response answer =
        api.as("staff")
            .header("If-Match", "\"1\"")
            .body(
                Map.of(
                    "item_name",
                    "Partners desk",
                    "category",
                    "furniture",
                    "bid_amount",
                    new BigDecimal("12.00"),
                    "estimated_value",
                    new BigDecimal("80.00"),
                    "reason",
                    "found a maker's mark"))
            .put(Items.PATH + "/" + id);
    answer.then().statusCode(200).header("ETag", "\"2\"");
    JsonPath item = Items.json(answer);
    assertThat(item.getString("item_name")).isEqualTo("Partners desk");
    assertThat(item.getObject("total_cost", BigDecimal.class)).isEqualByComparingTo("12.00");
    assertThat(item.getLong("version")).isEqualTo(2);

    UUID lot = UUID.fromString(id);
    List<Map<String, Object>> updates =
        server
            .database()
            .rows(
                "SELECT CAST(old_values AS text) AS ov, CAST(new_values AS text) AS nv FROM"
                    + " activity_logs WHERE lot_id = ? AND action_type = 'update'",
                lot);
    assertThat(updates).hasSize(1);
    assertThat((String) updates.get(0).get("nv"))
        .contains("Partners desk")
        .contains("bid_amount")
        .doesNotContain("\"category\"");
    assertThat(
            server
                .database()
                .rows(
                    "SELECT reason FROM price_history WHERE lot_id = ? AND new_price = 80.00", lot))
        .extracting(r -> r.get("reason"))
        .containsExactly("found a maker's mark");
  }

  @Test
  void stalePutIs412WithIfMatchAnd409WithBodyVersionAnd428WithNeither(Api api) {
    String id = Items.create(api, Items.unique("Bench "), "20.00").getString("lot_id");
    api.as("staff")
        .body(fullUpdate("Bench v1", "21.00"))
        .header("If-Match", "\"1\"")
        .put(Items.PATH + "/" + id)
        .then()
        .statusCode(200);
    api.as("staff")
        .body(fullUpdate("Bench stale", "22.00"))
        .header("If-Match", "\"1\"")
        .put(Items.PATH + "/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    Map<String, Object> stale = fullUpdate("Bench stale", "22.00");
    stale.put("version", 1);
    api.as("staff").body(stale).put(Items.PATH + "/" + id).then().statusCode(409);
    api.as("staff")
        .body(fullUpdate("Bench blind", "22.00"))
        .put(Items.PATH + "/" + id)
        .then()
        .statusCode(428);
    Map<String, Object> fresh = fullUpdate("Bench v2", "23.00");
    fresh.put("version", 2);
    api.as("staff")
        .body(fresh)
        .put(Items.PATH + "/" + id)
        .then()
        .statusCode(200)
        .body("item_name", equalTo("Bench v2"));
  }

  @Test
  void twoUpdatesOfTheSameVersionAtOnceGetOne200AndOne409(Api api, ResellServer server)
      throws Exception {
    api.token("staff");
    for (int round = 0; round < 6; round++) {
      String id = Items.create(api, Items.unique("Race "), "30.00").getString("lot_id");
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Integer>> writers = new ArrayList<>();
      for (String value : List.of("31.00", "32.00")) {
        Map<String, Object> body = fullUpdate("Race " + value, value);
        body.put("version", 1);
        writers.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return api.as("staff").body(body).put(Items.PATH + "/" + id).statusCode();
                }));
      }
      start.countDown();
      List<Integer> codes = new ArrayList<>();
      for (CompletableFuture<Integer> writer : writers) codes.add(writer.get(60, TimeUnit.SECONDS));
      assertThat(codes).as("round " + round).containsExactlyInAnyOrder(200, 409);
      List<Map<String, Object>> row =
          server
              .database()
              .rows(
                  "SELECT count(*) AS updates FROM activity_logs WHERE lot_id = ? AND action_type"
                      + " = 'update'",
                  UUID.fromString(id));
      assertThat(
              Items.json(api.as("viewer").get(Items.PATH + "/" + id)).getLong("inventory.version"))
          .as("round " + round)
          .isEqualTo(2);
      assertThat(((Number) row.get(0).get("updates")).intValue()).as("round " + round).isEqualTo(1);
    }
  }

  @Test
  void putValidatesLikeCreate(Api api) {
    String id = Items.create(api, Items.unique("Stool "), "20.00").getString("lot_id");
    Map<String, Object> bad = fullUpdate("Stool", "20.00");
    bad.put("condition", "shiny");
    api.as("staff")
        .header("If-Match", "\"1\"")
        .body(bad)
        .put(Items.PATH + "/" + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("condition"));
    api.as("staff")
        .header("If-Match", "\"1\"")
        .body(fullUpdate("Stool", "20.00"))
        .put(Items.PATH + "/" + UUID.randomUUID())
        .then()
        .statusCode(404);
  }

  @Test
  void jsonPatchEditsFieldsAndRecordsOnlyTheChanges(Api api, ResellServer server) {
    String id = Items.create(api, Items.unique("Mirror "), "60.00").getString("lot_id");
    Response answer =
        api.as("staff")
            .contentType(JSON_PATCH)
            .queryParam("reason", "comps came in")
            .body(
                """
                [{"op": "test", "path": "/estimated_value", "value": 60},
                 {"op": "replace", "path": "/estimated_value", "value": 75.5},
                 {"op": "add", "path": "/keywords/-", "value": "gilt"},
                 {"op": "copy", "from": "/item_name", "path": "/notes"},
                 {"op": "replace", "path": "/condition", "value": "good"}]
                """)
            .patch(Items.PATH + "/" + id);
    answer.then().statusCode(200).header("ETag", "\"2\"");
    JsonPath item = Items.json(answer);
    assertThat(item.getObject("estimated_value", BigDecimal.class)).isEqualByComparingTo("75.50");
    assertThat(item.getList("keywords")).containsExactly("gilt");
    assertThat(item.getString("condition")).isEqualTo("good");
    assertThat(item.getString("notes")).isEqualTo(item.getString("item_name"));

    UUID lot = UUID.fromString(id);
    Map<String, Object> log =
        server
            .database()
            .rows(
                "SELECT CAST(old_values AS text) AS ov, CAST(new_values AS text) AS nv FROM"
                    + " activity_logs WHERE lot_id = ? AND action_type = 'patch'",
                lot)
            .get(0);
    assertThat((String) log.get("nv"))
        .contains("estimated_value", "keywords", "notes", "condition");
    assertThat((String) log.get("nv")).doesNotContain("item_name", "bid_amount");
    assertThat(
            server
                .database()
                .rows(
                    "SELECT old_price, new_price, reason FROM price_history WHERE lot_id = ? AND"
                        + " reason = 'comps came in'",
                    lot))
        .hasSize(1);
  }

  @Test
  void patchRemoveResetsAFieldAndMoveRenames(Api api) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("item_name", Items.unique("Clock "));
    fields.put("description", "Mantel clock");
    fields.put("storage_bin", "B-4");
    String id = Items.create(api, fields).getString("lot_id");
    api.as("staff")
        .contentType(JSON_PATCH)
        .body(
            """
            [{"op": "remove", "path": "/storage_bin"},
             {"op": "move", "from": "/description", "path": "/seasonality_notes"}]""")
        .patch(Items.PATH + "/" + id)
        .then()
        .statusCode(200)
        .body("storage_bin", org.hamcrest.Matchers.nullValue())
        .body("description", org.hamcrest.Matchers.nullValue())
        .body("seasonality_notes", equalTo("Mantel clock"));
  }

  /** Patches without a version that meet on one item take turns; none is refused with 409. */
  @Test
  void concurrentPatchesWithoutAVersionAreAllApplied(Api api) throws Exception {
    String id = Items.create(api, Items.unique("Busy lamp "), "10.00").getString("lot_id");
    String path = Items.PATH + "/" + id;
    String token = api.token("staff");
    int writers = 16;
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      String bin = "C" + i;
      answers.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return api.anonymous()
                    .header("Authorization", "Bearer " + token)
                    .contentType(JSON_PATCH)
                    .body(
                        "[{\"op\": \"replace\", \"path\": \"/storage_bin\", \"value\": \""
                            + bin
                            + "\"}]")
                    .patch(path)
                    .statusCode();
              }));
    }
    start.countDown();
    for (CompletableFuture<Integer> answer : answers) {
      assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(200);
    }
    api.as("viewer")
        .get(path)
        .then()
        .statusCode(200)
        .header("ETag", startsWith("\"" + (1 + writers) + "."));
  }

  @Test
  void patchProblems(Api api) {
    String id = Items.create(api, Items.unique("Globe "), "10.00").getString("lot_id");
    String path = Items.PATH + "/" + id;
    for (String readOnly :
        List.of("lot_id", "total_cost", "cost_per_item", "created_at", "version")) {
      api.as("staff")
          .contentType(JSON_PATCH)
          .body("[{\"op\": \"replace\", \"path\": \"/" + readOnly + "\", \"value\": 1}]")
          .patch(path)
          .then()
          .statusCode(400)
          .body("detail", containsString("read-only"));
    }
    api.as("staff")
        .contentType(JSON_PATCH)
        .body("[{\"op\": \"add\", \"path\": \"/colour\", \"value\": \"red\"}]")
        .patch(path)
        .then()
        .statusCode(400)
        .body("detail", containsString("item_name"));
    api.as("staff")
        .contentType(JSON_PATCH)
        .body("[{\"op\": \"test\", \"path\": \"/estimated_value\", \"value\": 11}]")
        .patch(path)
        .then()
        .statusCode(409)
        .body("detail", containsString("test failed"));
    api.as("staff")
        .contentType(JSON_PATCH)
        .body("[{\"op\": \"replace\", \"path\": \"/category\", \"value\": \"spaceships\"}]")
        .patch(path)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("category"));
    api.as("staff")
        .contentType(JSON_PATCH)
        .body("[{\"op\": \"remove\", \"path\": \"/item_name\"}]")
        .patch(path)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("item_name"));
    api.as("staff")
        .contentType(JSON_PATCH)
        .body("[{\"op\": \"replace\", \"path\": \"/quantity\", \"value\": \"many\"}]")
        .patch(path)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("quantity"));
    api.as("staff").contentType(JSON_PATCH).body("{not json").patch(path).then().statusCode(400);
    api.as("staff")
        .contentType(JSON_PATCH)
        .header("If-Match", "\"7\"")
        .body("[{\"op\": \"replace\", \"path\": \"/notes\", \"value\": \"x\"}]")
        .patch(path)
        .then()
        .statusCode(412);
    api.as("viewer")
        .contentType(JSON_PATCH)
        .body("[{\"op\": \"replace\", \"path\": \"/notes\", \"value\": \"x\"}]")
        .patch(path)
        .then()
        .statusCode(403);
    // nothing of the failed patches was written
    api.as("viewer").get(path).then().statusCode(200).header("ETag", startsWith("\"1."));
  }

  @Test
  void bulkPatchIsAllOrNothing(Api api, ResellServer server) {
    String bin = Items.unique("BIN-");
    String jug = Items.unique("Jug ");
    String bowl = Items.unique("Bowl ");
    String a = Items.create(api, jug, "10.00").getString("lot_id");
    String b = Items.create(api, bowl, "12.00").getString("lot_id");
    api.as("staff")
        .body(
            Map.of(
                "ids",
                List.of(a, b),
                "patch",
                List.of(Map.of("op", "replace", "path", "/storage_bin", "value", bin))))
        .patch(Items.PATH)
        .then()
        .statusCode(200)
        .body("updated", equalTo(2))
        .body("items.storage_bin", org.hamcrest.Matchers.everyItem(equalTo(bin)));
    assertThat(
            server
                .database()
                .rows(
                    "SELECT 1 FROM activity_logs WHERE lot_id IN (?, ?) AND action_type = 'bulk_patch'",
                    UUID.fromString(a),
                    UUID.fromString(b)))
        .hasSize(2);

    // b's value makes the test fail: nothing is written, not even to a
    api.as("staff")
        .body(
            Map.of(
                "ids",
                List.of(a, b),
                "patch",
                List.of(
                    Map.of("op", "replace", "path", "/notes", "value", "bulk"),
                    Map.of("op", "test", "path", "/estimated_value", "value", 10))))
        .patch(Items.PATH)
        .then()
        .statusCode(409)
        .body("detail", containsString(bowl));
    api.as("viewer")
        .get(Items.PATH + "/" + a)
        .then()
        .body("inventory.notes", org.hamcrest.Matchers.nullValue());

    api.as("staff")
        .body(
            Map.of(
                "ids",
                List.of(a, UUID.randomUUID().toString()),
                "patch",
                List.of(Map.of("op", "replace", "path", "/notes", "value", "bulk"))))
        .patch(Items.PATH)
        .then()
        .statusCode(404);
    api.as("viewer")
        .get(Items.PATH + "/" + a)
        .then()
        .body("inventory.notes", org.hamcrest.Matchers.nullValue());
    api.as("staff")
        .body(
            Map.of(
                "ids",
                List.of(a, b),
                "patch",
                List.of(Map.of("op", "replace", "path", "/quantity", "value", 0))))
        .patch(Items.PATH)
        .then()
        .statusCode(400)
        .body("detail", containsString(jug))
        .body("errors[0].field", equalTo("quantity"));
    api.as("staff")
        .body(Map.of("ids", List.of(), "patch", List.of()))
        .patch(Items.PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("ids"));
    api.as("staff")
        .body(
            Map.of(
                "ids",
                List.of(a),
                "patch",
                List.of(Map.of("op", "replace", "path", "/total_cost", "value", 1))))
        .patch(Items.PATH)
        .then()
        .statusCode(400);
  }
}
