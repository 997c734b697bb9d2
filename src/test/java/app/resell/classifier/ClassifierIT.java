package app.resell.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ResellIT
class ClassifierIT {

  @Test
  void predictsCategoryAndConditionWithTheWordsThatDroveIt(Api api) {
    api.as("viewer")
        .body(
            Map.of("title", "Roseville Pinecone vase 7 in.", "description", "tiny chip to the rim"))
        .post("/api/v1/classifier/predict")
        .then()
        .statusCode(200)
        .body("category", equalTo("pottery"))
        .body("condition", equalTo("fair"))
        .body("categories", hasSize(3))
        .body("categories[0].category", equalTo("pottery"))
        .body("explanation", not(empty()));
  }

  @Test
  void aListingThatSaysLittleIsFlaggedForReview(Api api) {
    JsonPath vague =
        api.as("viewer")
            .body(Map.of("title", "Box lot"))
            .post("/api/v1/classifier/predict")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    double threshold =
        api.as("viewer")
            .get("/api/v1/classifier")
            .then()
            .extract()
            .jsonPath()
            .getDouble("review_threshold");
    assertThat(vague.getDouble("category_confidence")).isLessThan(threshold);
    assertThat(vague.getBoolean("needs_review")).isTrue();
    JsonPath clear =
        api.as("viewer")
            .body(
                Map.of(
                    "title", "Sterling silver Gorham Chantilly flatware, 48 pieces, no monograms"))
            .post("/api/v1/classifier/predict")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(clear.getString("category")).isEqualTo("silver");
    assertThat(clear.getDouble("category_confidence"))
        .isGreaterThan(vague.getDouble("category_confidence"));
  }

  @Test
  void invalidRequestsAreProblems(Api api) {
    api.as("viewer")
        .body(Map.of("description", "no title"))
        .post("/api/v1/classifier/predict")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("title"));
    api.as("staff")
        .body(Map.of("title", "Oak chair", "category", "chairs"))
        .post("/api/v1/classifier/corrections")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("category"));
    api.as("staff").post("/api/v1/classifier/retrain").then().statusCode(403);
  }

  @Test
  void correctionsRetrainIntoANewVersion(Api api) {
    JsonPath current = awaitModel(api);
    int before = current.getInt("version");
    int trainedOn = current.getInt("training_size");
    api.as("staff")
        .body(
            Map.of(
                "title", "Zorblax quantum widget", "category", "electronics", "condition", "parts"))
        .post("/api/v1/classifier/corrections")
        .then()
        .statusCode(201);
    api.asAdmin().post("/api/v1/classifier/retrain").then().statusCode(202);

    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(2))
        .untilAsserted(
            () ->
                api.as("viewer")
                    .get("/api/v1/classifier")
                    .then()
                    .statusCode(200)
                    .body("version", equalTo(before + 1))
                    .body("training", equalTo(false)));
    JsonPath model = api.as("viewer").get("/api/v1/classifier").then().extract().jsonPath();
    assertThat(model.getInt("corrections")).isGreaterThanOrEqualTo(1);
    assertThat(model.getDouble("category_accuracy")).isGreaterThan(0.85);
    assertThat(model.getList("versions", Integer.class)).contains(before, before + 1);
    // the corrected listing is a new example: the model was trained on it
    assertThat(model.getInt("training_size")).isGreaterThan(trainedOn);
  }

  private static JsonPath awaitModel(Api api) {
    JsonPath[] model = new JsonPath[1];
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              model[0] =
                  api.as("viewer")
                      .get("/api/v1/classifier")
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath();
              return model[0].get("version") != null && !model[0].getBoolean("training");
            });
    return model[0];
  }
}
