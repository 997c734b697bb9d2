package app.resell.setup;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The served OpenAPI document is a contract a third-party tool accepts (issue 22): Redocly's
 * recommended rules find no error in it, every operation answers a success code, and its names are
 * the wire's. Redocly CLI comes from the npm registry through npx, pinned, and is cached after the
 * first run (a few seconds).
 */
@ResellIT
class OpenApiContractIT {

  static final String REDOCLY = "@redocly/cli@2.77.0";

  @Test
  void redoclyFindsNoErrorInTheServedDocument(Api api, @TempDir Path dir) throws Exception {
    Path document = dir.resolve("openapi.json");
    Files.writeString(document, document(api));
    Path report = dir.resolve("lint.json");
    Process lint =
        new ProcessBuilder("npx", "--yes", REDOCLY, "lint", document.toString(), "--format=json")
            .redirectOutput(report.toFile())
            .redirectError(dir.resolve("lint.err").toFile())
            .start();
    assertThat(lint.waitFor(180, TimeUnit.SECONDS)).as("redocly lint finished").isTrue();
    String output = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(output).as(Files.readString(dir.resolve("lint.err"))).contains("\"totals\"");
    JsonPath result = JsonPath.from(output.substring(output.indexOf('{')));
    List<Map<String, Object>> problems = result.getList("problems");
    List<String> errors = new ArrayList<>();
    for (Map<String, Object> problem : problems) {
      if ("error".equals(problem.get("severity"))
          || "operation-2xx-response".equals(problem.get("ruleId"))) {
        errors.add(
            problem.get("ruleId") + ": " + problem.get("message") + " " + problem.get("location"));
      }
    }
    assertThat(errors).isEmpty();
    assertThat(result.getInt("totals.errors")).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void operationsAnswerSuccessCodesWithUniqueIdsAndPublicOnesNeedNoToken(Api api) {
    JsonPath document = JsonPath.from(document(api));
    Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
    Set<String> ids = new HashSet<>();
    for (var path : paths.entrySet()) {
      assertThat(path.getKey()).as("a plain path").doesNotContain(":").doesNotContain("\\");
      for (var operation : path.getValue().entrySet()) {
        String name = operation.getKey() + " " + path.getKey();
        Map<String, Object> responses = (Map<String, Object>) operation.getValue().get("responses");
        assertThat(responses.keySet()).as(name).anyMatch(code -> code.startsWith("2"));
        assertThat(responses).as(name).doesNotContainKey("default");
        assertThat(ids.add((String) operation.getValue().get("operationId"))).as(name).isTrue();
      }
    }
    for (String open :
        List.of("/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout")) {
      assertThat(document.getList("paths.'" + open + "'.post.security")).as(open).hasSize(1);
      assertThat(document.getMap("paths.'" + open + "'.post.security[0]")).as(open).isEmpty();
    }
    assertThat(document.getList("paths.'/api/v1/inventory'.get.security")).isNull();
    assertThat(
            document.getString(
                "paths.'/api/v1/inventory/{id}'.patch.requestBody.content.'application/json-patch+json'.schema.'$ref'"))
        .isEqualTo("#/components/schemas/JsonPatch");
    assertThat(
            document.getString(
                "paths.'/api/v1/listings/{id}/sale'.post.requestBody.content.'application/json'.schema.'$ref'"))
        .isEqualTo("#/components/schemas/SaleRequest");
  }

  /** Property names as JSON-B writes them, with the formats of ids, times and money. */
  @Test
  void schemasNameAndTypePropertiesAsTheWireDoes(Api api) {
    JsonPath document = JsonPath.from(document(api));
    Map<String, Map<String, Object>> schemas = document.getMap("components.schemas");
    for (var schema : schemas.entrySet()) {
      Object properties = schema.getValue().get("properties");
      if (properties == null) continue;
      assertThat(((Map<String, Object>) properties).keySet())
          .as(schema.getKey())
          .allMatch(name -> name.matches("[a-z0-9_]+"), "snake_case");
    }
    String item = "components.schemas.ItemView.properties.";
    assertThat(document.getString(item + "is_consignment.type")).isEqualTo("boolean");
    assertThat(document.getString(item + "lot_id.format")).isEqualTo("uuid");
    assertThat(document.getString(item + "created_at.format")).isEqualTo("date-time");
    assertThat(document.getString(item + "total_cost.type")).isEqualTo("number");
    assertThat(document.getString(item + "version.type")).isEqualTo("integer");
    assertThat(document.getList("components.schemas.Credentials.required"))
        .containsExactlyInAnyOrder("email", "password");
    // a sales import's waiting lines: their candidates' photo and cost (issue 18)
    String candidate = "components.schemas.WaitingCandidate.properties.";
    assertThat(document.getString(candidate + "thumbnail_url.description")).contains("photo");
    assertThat(document.getString(candidate + "total_cost.type")).isEqualTo("number");
    assertThat(document.getString("components.schemas.PlatformGross.properties.unexplained.type"))
        .isEqualTo("number");
  }

  /** The document's example of a new item is one the server accepts. */
  @Test
  void theCreateItemExampleIsAccepted(Api api) {
    JsonPath document = JsonPath.from(document(api));
    Map<String, Object> example =
        document.getMap(
            "paths.'/api/v1/inventory'.post.requestBody.content.'application/json'.example");
    assertThat(example).containsKey("item_name");
    api.as("staff").body(example).post("/api/v1/inventory").then().statusCode(201);
  }

  private static String document(Api api) {
    return api.anonymous()
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }
}
