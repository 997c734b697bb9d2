package app.resell.setup.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The operations of the document as the server answers them: plain paths instead of JAX-RS regex
 * templates, one readable operationId each, {@code security: []} on the public ones (marked {@code
 * x-public} next to their {@code @PermitAll}; {@code [{}]}, as Payara writes no empty list),
 * success answers on their real code instead of {@code default}, JSON request bodies as objects (a
 * JSON Patch as an array of operations), binary answers as binary, and the problem+json answers
 * every operation can give with the one {@code Problem} schema.
 */
final class ApiOperations {

  static final String PUBLIC = "x-public";
  static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
  static final String JSON_PATCH = "application/json-patch+json";

  /** {@code {file: labels(\.pdf)?}}: a literal with an optional extension. */
  private static final Pattern OPTIONAL_EXTENSION =
      Pattern.compile("\\{(\\w+):\\s*([\\w-]+)\\(\\\\(\\.\\w+)\\)\\?\\}");

  private ApiOperations() {}

  static void apply(OpenAPI api) {
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) return;
    plainPaths(api);
    operationIds(api);
    api.getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach((method, operation) -> operation(path, method, operation)));
  }

  /** {@code /inventory/{file: labels(\.pdf)?}} becomes {@code /inventory/labels}. */
  private static void plainPaths(OpenAPI api) {
    Map<String, PathItem> plain = new LinkedHashMap<>();
    api.getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              Matcher m = OPTIONAL_EXTENSION.matcher(path);
              if (!m.find()) {
                plain.put(path, item);
                return;
              }
              String parameter = m.group(1);
              String literal = m.group(2);
              String plainPath = m.replaceFirst(literal);
              for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                  operation.setParameters(
                      new ArrayList<>(
                          operation.getParameters().stream()
                              .filter(p -> !parameter.equals(p.getName()))
                              .toList()));
                }
                String alias = plainPath + m.group(3);
                String note = "Also served at " + alias + ".";
                operation.setDescription(
                    operation.getDescription() == null
                        ? note
                        : operation.getDescription() + " " + note);
              }
              plain.put(plainPath, item);
            });
    api.getPaths().setPathItems(plain);
  }

  /**
   * The method's name where it is unique in the API, else the name with the path's words ({@code
   * list} on {@code /inventory/{id}/comps} is {@code listInventoryComps}).
   */
  private static void operationIds(OpenAPI api) {
    Map<String, Integer> counts = new HashMap<>();
    forEach(api, (path, operation) -> counts.merge(name(operation), 1, Integer::sum));
    Map<String, Integer> taken = new HashMap<>();
    forEach(
        api,
        (path, operation) -> {
          String name = name(operation);
          String id = counts.get(name) == 1 ? name : name + words(path, name);
          int n = taken.merge(id, 1, Integer::sum);
          operation.setOperationId(n == 1 ? id : id + n);
        });
  }

  private static String name(Operation operation) {
    return operation.getOperationId() == null ? "operation" : operation.getOperationId();
  }

  private static String words(String path, String name) {
    StringBuilder out = new StringBuilder();
    for (String segment : path.replaceFirst("^/api/v1/", "").split("/")) {
      if (segment.isEmpty() || segment.startsWith("{") || segment.equals(name)) continue;
      for (String word : segment.split("[-_.]")) {
        if (word.isEmpty()) continue;
        out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    return out.toString();
  }

  private static void forEach(
      OpenAPI api, java.util.function.BiConsumer<String, Operation> action) {
    api.getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> item.getOperations().values().forEach(o -> action.accept(path, o)));
  }

  private static void operation(String path, PathItem.HttpMethod method, Operation operation) {
    boolean open =
        operation.getExtensions() != null && operation.getExtensions().containsKey(PUBLIC);
    if (open) {
      operation.removeExtension(PUBLIC);
      // One empty requirement: no token needed. Payara's writer leaves out an empty list, which
      // would mean the document-wide bearer requirement.
      operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
    }
    requestBody(operation);
    successes(operation, method);
    problems(path, operation, open);
  }

  /**
   * A JSON body the resource reads as text is an object; a JSON Patch an array of operations; an
   * upload (the scanner leaves its form out) a multipart form with its file.
   */
  private static void requestBody(Operation operation) {
    if (operation.getRequestBody() == null) return;
    Content body = operation.getRequestBody().getContent();
    if (body != null) body.removeMediaType("*/*"); // a form the scanner could not read
    if (body == null || body.getMediaTypes() == null || body.getMediaTypes().isEmpty()) {
      operation.getRequestBody().setContent(upload());
    }
    Content content = operation.getRequestBody().getContent();
    if (content.getMediaTypes() == null) return;
    content
        .getMediaTypes()
        .forEach(
            (type, media) -> {
              Schema schema = media.getSchema();
              if (type.startsWith("multipart/") && (schema == null || schema.getType() == null)) {
                media.setSchema(uploadForm());
              }
              if (!type.contains("json")) return;
              if (type.equals(JSON_PATCH)) {
                media.setSchema(ref(ApiComponents.JSON_PATCH));
              } else if (schema == null || schema.getType() == SchemaType.STRING) {
                media.setSchema(OASFactory.createSchema().type(SchemaType.OBJECT));
              }
            });
    operation.getRequestBody().setRequired(true);
  }

  private static Content upload() {
    return OASFactory.createContent()
        .addMediaType("multipart/form-data", OASFactory.createMediaType().schema(uploadForm()));
  }

  private static Schema uploadForm() {
    return OASFactory.createSchema()
        .type(SchemaType.OBJECT)
        .description("The file, and the form fields the operation's summary names")
        .addProperty("file", OASFactory.createSchema().type(SchemaType.STRING).format("binary"))
        .additionalPropertiesBoolean(Boolean.TRUE);
  }

  /** The scanner's {@code default} answer is the success answer: 200, or 204 without a body. */
  private static void successes(Operation operation, PathItem.HttpMethod method) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    Map<String, APIResponse> all = responses.getAPIResponses();
    boolean declared = all != null && all.keySet().stream().anyMatch(c -> c.startsWith("2"));
    APIResponse fallback = responses.getDefaultValue();
    if (fallback != null) {
      responses.removeAPIResponse(APIResponses.DEFAULT);
      if (declared) withSchemaOf(fallback, responses);
      if (!declared) {
        boolean empty =
            fallback.getContent() == null
                || fallback.getContent().getMediaTypes() == null
                || fallback.getContent().getMediaTypes().isEmpty();
        if (fallback.getDescription() == null || fallback.getDescription().startsWith("Default")) {
          fallback.setDescription(empty ? "Done" : "OK");
        }
        responses.addAPIResponse(empty ? "204" : "200", fallback);
      }
    }
    for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
      if (!entry.getKey().startsWith("2")) continue;
      APIResponse response = entry.getValue();
      if (response.getDescription() == null || response.getDescription().startsWith("Default")) {
        response.setDescription("OK");
      }
      if (entry.getKey().equals("204")) {
        response.setContent(null);
        continue;
      }
      binaryBodies(response.getContent());
    }
  }

  /** A success answer declared without a schema (an example only) gets the scanner's schema. */
  private static void withSchemaOf(APIResponse fallback, APIResponses responses) {
    Schema scanned = firstSchema(fallback.getContent());
    if (scanned == null) return;
    responses
        .getAPIResponses()
        .forEach(
            (code, response) -> {
              if (!code.startsWith("2") || response.getContent() == null) return;
              Map<String, MediaType> types = response.getContent().getMediaTypes();
              if (types == null) return;
              types.values().stream()
                  .filter(media -> media.getSchema() == null)
                  .forEach(media -> media.setSchema(scanned));
            });
  }

  private static Schema firstSchema(Content content) {
    if (content == null || content.getMediaTypes() == null) return null;
    return content.getMediaTypes().values().stream()
        .map(MediaType::getSchema)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** A non-JSON answer (a PDF, a PNG, a spreadsheet, CSV) is a file, not an object. */
  private static void binaryBodies(Content content) {
    if (content == null || content.getMediaTypes() == null) return;
    content
        .getMediaTypes()
        .forEach(
            (type, media) -> {
              if (type.contains("json")) return;
              Schema schema = media.getSchema();
              if (schema == null || schema.getRef() == null) {
                media.setSchema(
                    type.startsWith("text/")
                        ? OASFactory.createSchema().type(SchemaType.STRING)
                        : OASFactory.createSchema().type(SchemaType.STRING).format("binary"));
              }
            });
  }

  /**
   * The problem answers an operation can give: 400 when it takes input, 401 and 403 when it needs a
   * token, 404 when its path names something; each application/problem+json with the Problem
   * schema, next to any answer the resource declares itself.
   */
  private static void problems(String path, Operation operation, boolean open) {
    boolean input =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    List<String> codes = new ArrayList<>();
    if (input) codes.add("400");
    if (!open) codes.add("401");
    if (!open) codes.add("403");
    if (path.contains("{")) codes.add("404");
    if (codes.isEmpty()) codes.add("400");
    APIResponses responses = operation.getResponses();
    for (String code : codes) {
      if (responses.getAPIResponse(code) == null) {
        responses.addAPIResponse(
            code,
            OASFactory.createAPIResponse().ref("#/components/responses/" + ApiComponents.PROBLEM));
      }
    }
    for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
      APIResponse response = entry.getValue();
      if (entry.getKey().startsWith("2") || response.getRef() != null) continue;
      if (response.getDescription() == null || response.getDescription().isBlank()) {
        response.setDescription("Problem");
      }
      if (firstSchema(response.getContent()) != null) continue; // declared by the resource
      Content content = response.getContent();
      if (content == null) {
        content = OASFactory.createContent();
        response.setContent(content);
      }
      MediaType media = content.getMediaType(PROBLEM_MEDIA_TYPE);
      if (media == null && content.getMediaType("application/json") != null) {
        media = content.getMediaType("application/json");
        content.removeMediaType("application/json");
      }
      if (media == null) media = OASFactory.createMediaType();
      if (media.getSchema() == null || media.getSchema().getRef() == null) {
        media.setSchema(ref(ApiComponents.PROBLEM));
      }
      content.addMediaType(PROBLEM_MEDIA_TYPE, media);
    }
  }

  static Schema ref(String name) {
    return OASFactory.createSchema().ref("#/components/schemas/" + name);
  }
}
