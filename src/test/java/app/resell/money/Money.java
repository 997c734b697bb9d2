package app.resell.money;

import app.resell.testing.Api;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/** Test data for the money ITs: items of their own, rows the listings feature would write. */
final class Money {

  static final String API = "/api/v1";
  private static final Random RANDOM = new Random();

  private Money() {}

  /** A word of letters no other test uses, so searches see only this test's data. */
  static String uniqueWord(String prefix) {
    StringBuilder b = new StringBuilder(prefix);
    for (int i = 0; i < 10; i++) b.append((char) ('a' + RANDOM.nextInt(26)));
    return b.toString();
  }

  /** Creates an item through the API and answers its id. */
  static String item(Api api, String name, String category, String bid, int quantity) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("item_name", name);
    fields.put("category", category);
    fields.put("bid_amount", new BigDecimal(bid));
    fields.put("quantity", quantity);
    fields.put("auto_categorize", false);
    return api.as("staff")
        .body(fields)
        .post(API + "/inventory")
        .then()
        .statusCode(201)
        .extract()
        .path("lot_id");
  }

  /** The body with numbers as BigDecimal, so money compares exactly. */
  static JsonPath json(Response answer) {
    return answer
        .jsonPath()
        .using(
            JsonPathConfig.jsonPathConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }

  static BigDecimal money(JsonPath json, String path) {
    Object value = json.get(path);
    return value == null ? null : new BigDecimal(value.toString());
  }
}
