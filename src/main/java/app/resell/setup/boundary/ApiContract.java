package app.resell.setup.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes the scanned OpenAPI document say what the server really does, so a generated client works
 * (issue 22; {@code OpenApiContractIT} lints it with Redocly and checks it against the server): the
 * worked examples ({@link ApiExamples}), schemas as JSON-B writes them ({@link ApiSchemas}),
 * operations as the server answers them ({@link ApiOperations}), each tag once with its
 * description, and nothing that is not OpenAPI (Payara's {@code endpoints} list, a server URL
 * ending in a slash).
 */
public class ApiContract implements OASFilter {

  private static final Logger LOG = Logger.getLogger(ApiContract.class.getName());

  /**
   * Query parameters the resources take as text to answer a malformed value with a 400 naming it
   * (QueryValues), but which are numbers.
   */
  private static final Map<String, Schema.SchemaType> NUMERIC_QUERY =
      Map.of(
          "page", Schema.SchemaType.INTEGER,
          "limit", Schema.SchemaType.INTEGER,
          "year", Schema.SchemaType.INTEGER,
          "max_days_listed", Schema.SchemaType.INTEGER,
          "min_roi", Schema.SchemaType.NUMBER,
          "target_roi", Schema.SchemaType.NUMBER);

  @Override
  public void filterOpenAPI(OpenAPI api) {
    new ApiExamples().filterOpenAPI(api);
    ApiComponents.add(api);
    ApiOperations.apply(api);
    schemas(api);
    tags(api);
    if (api.getServers() != null) {
      api.getServers().forEach(s -> s.setUrl(s.getUrl().replaceAll("(.)/+$", "$1")));
    }
    withoutEndpoints(api);
  }

  private static void schemas(OpenAPI api) {
    ApiSchemas schemas = new ApiSchemas(api.getComponents());
    if (api.getComponents().getSchemas() != null) {
      Map.copyOf(api.getComponents().getSchemas()).forEach(schemas::fixComponent);
    }
    if (api.getPaths() == null) return;
    api.getPaths()
        .getPathItems()
        .values()
        .forEach(
            item ->
                item.getOperations()
                    .values()
                    .forEach(
                        operation -> {
                          if (operation.getParameters() != null) {
                            operation.getParameters().forEach(p -> parameter(schemas, p));
                          }
                          if (operation.getRequestBody() != null) {
                            content(schemas, operation.getRequestBody().getContent());
                          }
                          if (operation.getResponses() != null) {
                            operation
                                .getResponses()
                                .getAPIResponses()
                                .values()
                                .forEach(r -> content(schemas, r.getContent()));
                          }
                        }));
  }

  /** A parameter's schema; a number's default as a number (the scanner writes it as text). */
  private static void parameter(ApiSchemas schemas, Parameter parameter) {
    Schema schema = parameter.getSchema();
    if (schema == null) return;
    schemas.fix(schema);
    Schema.SchemaType number = NUMERIC_QUERY.get(parameter.getName());
    if (parameter.getIn() == Parameter.In.QUERY
        && number != null
        && schema.getType() == Schema.SchemaType.STRING) {
      schema.setType(number);
      schema.setFormat(number == Schema.SchemaType.INTEGER ? "int32" : "decimal");
    }
    boolean numeric =
        schema.getType() == Schema.SchemaType.INTEGER
            || schema.getType() == Schema.SchemaType.NUMBER;
    if (numeric && schema.getDefaultValue() instanceof String text) {
      try {
        schema.setDefaultValue(new java.math.BigDecimal(text.trim()));
      } catch (NumberFormatException e) {
        schema.setDefaultValue(null);
      }
    }
  }

  private static void content(ApiSchemas schemas, Content content) {
    if (content == null || content.getMediaTypes() == null) return;
    content.getMediaTypes().values().forEach(media -> schemas.fix(media.getSchema()));
  }

  /** Each tag once, with the description one of its declarations gives. */
  private static void tags(OpenAPI api) {
    if (api.getTags() == null) return;
    Map<String, Tag> byName = new LinkedHashMap<>();
    for (Tag tag : api.getTags()) {
      Tag known = byName.putIfAbsent(tag.getName(), tag);
      if (known != null && known.getDescription() == null) byName.put(tag.getName(), tag);
    }
    List<Tag> tags = new ArrayList<>(byName.values());
    tags.sort(java.util.Comparator.comparing(Tag::getName));
    api.setTags(tags);
  }

  /**
   * Payara adds a list of endpoints at the top, not part of OpenAPI; its writer leaves out empty.
   */
  private static void withoutEndpoints(OpenAPI api) {
    try {
      api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new java.util.HashMap<>());
    } catch (NoSuchMethodException e) {
      // another server: nothing to take out
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.fine(() -> "OpenAPI endpoints left in: " + e);
    }
  }
}
