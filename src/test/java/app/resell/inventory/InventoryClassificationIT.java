package app.resell.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The trained classifier at work on new items, and what people teach it by correcting them. */
@ResellIT
class InventoryClassificationIT {

  @Test
  void newItemsAreClassifiedAndDoubtfulOnesFlaggedForReview(Api api) {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    JsonPath clear =
        Items.create(
            api,
            Map.of(
                "item_name",
                "Sterling silver Gorham Chantilly flatware, 48 pieces " + marker,
                "bid_amount",
                120));
    assertThat(clear.getString("category")).isEqualTo("silver");

    JsonPath vague = Items.create(api, Map.of("item_name", "Box lot " + marker, "bid_amount", 5));
    assertThat(vague.getBoolean("needs_review")).isTrue();

    List<String> flagged =
        api.as("viewer")
            .queryParam("needs_review", "true")
            .queryParam("search", marker)
            .get("/api/v1/inventory")
            .then()
            .statusCode(200)
            .extract()
            .path("items.item_name");
    assertThat(flagged).containsExactly("Box lot " + marker);
    api.as("viewer")
        .queryParam("needs_review", "maybe")
        .get("/api/v1/inventory")
        .then()
        .statusCode(400);
  }

  @Test
  void correctingAnAutomaticCategoryIsStoredForRetraining(Api api, ResellServer server)
      throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    JsonPath item =
        Items.create(
            api, Map.of("item_name", "Roseville Pinecone vase " + marker, "bid_amount", 30));
    String id = item.getString("lot_id");
    String before = item.getString("category");
    String corrected = before.equals("ceramics") ? "pottery" : "ceramics";

    api.as("staff")
        .contentType("application/json-patch+json")
        .body("[{\"op\": \"replace\", \"path\": \"/category\", \"value\": \"" + corrected + "\"}]")
        .patch("/api/v1/inventory/" + id)
        .then()
        .statusCode(200);

    assertThat(
            server
                .database()
                .rows(
                    "SELECT 1 FROM classifier_corrections WHERE lot_id = ?::uuid AND predicted_category = '"
                        + before
                        + "' AND corrected_category = '"
                        + corrected
                        + "'",
                    id))
        .hasSize(1);
  }
}
