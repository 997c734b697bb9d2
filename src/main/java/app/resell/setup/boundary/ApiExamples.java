package app.resell.setup.boundary;

import app.resell.setup.control.JsonMapping;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Puts worked examples into the OpenAPI document (request bodies and answers of the main
 * operations, taken from a real server), from {@code openapi-examples.json} next to this class:
 * {@code {"POST /api/v1/inventory": {"request": {...}, "responses": {"201": {...}}}}}. Kept as data
 * rather than in annotations so an example reads as the JSON it is. An example for an operation
 * that does not exist is logged and left out; {@code ObservabilityIT} checks that every one is in
 * the document, so none goes stale silently.
 */
public class ApiExamples implements OASFilter {

  private static final Logger LOG = Logger.getLogger(ApiExamples.class.getName());

  static final String RESOURCE = "/app/resell/setup/openapi-examples.json";

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    JsonObject examples = examples();
    for (Map.Entry<String, JsonValue> entry : examples.entrySet()) {
      String[] methodAndPath = entry.getKey().split(" ", 2);
      Operation operation = operation(openApi, methodAndPath[0], methodAndPath[1]);
      if (operation == null) {
        LOG.warning(() -> "OpenAPI example for a missing operation: " + entry.getKey());
        continue;
      }
      JsonObject example = entry.getValue().asJsonObject();
      if (example.containsKey("request")) request(operation, example.get("request"));
      JsonObject responses = example.getJsonObject("responses");
      if (responses != null) {
        for (Map.Entry<String, JsonValue> answer : responses.entrySet()) {
          response(operation, answer.getKey(), answer.getValue());
        }
      }
    }
  }

  static JsonObject examples() {
    try (InputStream in = ApiExamples.class.getResourceAsStream(RESOURCE);
        JsonReader reader = JsonMapping.json().createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Operation operation(OpenAPI openApi, String method, String path) {
    PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().getPathItem(path);
    Operation operation =
        item == null ? null : item.getOperations().get(PathItem.HttpMethod.valueOf(method));
    return operation;
  }

  private static void request(Operation operation, JsonValue example) {
    RequestBody body = operation.getRequestBody();
    if (body == null) {
      body = OASFactory.createRequestBody();
      operation.setRequestBody(body);
    }
    media(body.getContent(), "application/json", body::setContent).setExample(java(example));
  }

  private static void response(Operation operation, String code, JsonValue example) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    APIResponse response = responses.getAPIResponse(code);
    if (response == null) {
      response =
          OASFactory.createAPIResponse().description(code.startsWith("2") ? "OK" : "Problem");
      responses.addAPIResponse(code, response);
    }
    String type =
        code.startsWith("4") || code.startsWith("5")
            ? "application/problem+json"
            : "application/json";
    media(response.getContent(), type, response::setContent).setExample(java(example));
  }

  /** The media type the content already declares (its first), or a new one of {@code type}. */
  private static MediaType media(
      Content content, String type, java.util.function.Consumer<Content> setContent) {
    if (content == null) {
      content = OASFactory.createContent();
      setContent.accept(content);
    }
    Map<String, MediaType> types = content.getMediaTypes();
    if (types != null && !types.isEmpty()) return types.values().iterator().next();
    MediaType media = OASFactory.createMediaType();
    content.addMediaType(type, media);
    return media;
  }

  /** The JSON value as the plain Java values the document writer turns back into JSON. */
  static Object java(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        value.asJsonObject().forEach((k, v) -> map.put(k, java(v)));
        yield map;
      }
      case ARRAY -> {
        List<Object> list = new ArrayList<>();
        for (JsonValue v : (JsonArray) value) list.add(java(v));
        yield list;
      }
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> ((JsonNumber) value).bigDecimalValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
    };
  }
}
