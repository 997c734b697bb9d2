package app.resell.inventory;

import app.resell.testing.Api;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test data for the inventory ITs: items of their own, and direct looks at the database. */
final class Items {

  static final String PATH = "/api/v1/inventory";

  private Items() {}

  /** A word no other test uses, so searches and name filters see only this test's items. */
  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static JsonPath create(Api api, Map<String, Object> fields) {
    Response answer = api.as("staff").body(fields).post(PATH);
    answer.then().statusCode(201);
    return json(answer);
  }

  static JsonPath create(Api api, String name, String value) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("item_name", name);
    if (value != null) fields.put("estimated_value", new BigDecimal(value));
    fields.put("bid_amount", new BigDecimal("10.00"));
    fields.put("category", "furniture");
    return create(api, fields);
  }

  /** The body with numbers as BigDecimal, so money compares exactly. */
  static JsonPath json(Response answer) {
    return answer
        .jsonPath()
        .using(
            JsonPathConfig.jsonPathConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }
}
