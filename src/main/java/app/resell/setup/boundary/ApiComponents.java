package app.resell.setup.boundary;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The shapes no Java class declares, because the resources read them as JSON-P: a JSON Patch (RFC
 * 6902) and the bulk edit's body; and the one problem answer that every operation refers to. The
 * {@code Problem} schema itself comes from the {@code Problem} record (an operation names it).
 */
final class ApiComponents {

  static final String PROBLEM = "Problem";
  static final String JSON_PATCH = "JsonPatch";
  static final String JSON_PATCH_OPERATION = "JsonPatchOperation";
  static final String BULK_PATCH = "BulkPatch";
  static final String BULK_LISTING_EDIT = "BulkListingEdit";

  private ApiComponents() {}

  static void add(OpenAPI api) {
    Components components = api.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      api.setComponents(components);
    }
    if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM)) {
      components.addSchema(PROBLEM, OASFactory.createSchema().type(SchemaType.OBJECT));
    }
    components.addSchema(JSON_PATCH_OPERATION, patchOperation());
    components.addSchema(
        JSON_PATCH,
        OASFactory.createSchema()
            .type(SchemaType.ARRAY)
            .description("A JSON Patch (RFC 6902): operations applied in order, all or nothing")
            .items(ApiOperations.ref(JSON_PATCH_OPERATION)));
    components.addSchema(BULK_PATCH, bulkPatch());
    components.addSchema(BULK_LISTING_EDIT, bulkListingEdit());
    components.addResponse(
        PROBLEM,
        OASFactory.createAPIResponse()
            .description(
                "A problem (RFC 9457): what went wrong, and for invalid input which fields")
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        ApiOperations.PROBLEM_MEDIA_TYPE,
                        OASFactory.createMediaType().schema(ApiOperations.ref(PROBLEM)))));
  }

  private static Schema patchOperation() {
    return OASFactory.createSchema()
        .type(SchemaType.OBJECT)
        .addProperty(
            "op",
            OASFactory.createSchema()
                .type(SchemaType.STRING)
                .enumeration(
                    new ArrayList<>(List.of("add", "remove", "replace", "move", "copy", "test"))))
        .addProperty(
            "path",
            OASFactory.createSchema()
                .type(SchemaType.STRING)
                .description("A JSON Pointer to a field, e.g. /estimated_value or /keywords/-"))
        .addProperty(
            "from",
            OASFactory.createSchema()
                .type(SchemaType.STRING)
                .description("The source pointer of move and copy"))
        .addProperty(
            "value",
            OASFactory.createSchema().description("The value of add, replace and test (any JSON)"))
        .required(new ArrayList<>(List.of("op", "path")));
  }

  private static Schema bulkPatch() {
    return OASFactory.createSchema()
        .type(SchemaType.OBJECT)
        .addProperty("ids", itemIds())
        .addProperty("patch", ApiOperations.ref(JSON_PATCH))
        .addProperty(
            "reason",
            OASFactory.createSchema()
                .type(SchemaType.STRING)
                .description("Recorded with a changed estimated value"))
        .required(new ArrayList<>(List.of("ids", "patch")));
  }

  /** PATCH /listings: the selected items' listings on one platform get a new price or status. */
  private static Schema bulkListingEdit() {
    return OASFactory.createSchema()
        .type(SchemaType.OBJECT)
        .addProperty("lot_ids", itemIds())
        .addProperty(
            "platform",
            OASFactory.createSchema()
                .type(SchemaType.STRING)
                .description("The platform whose listings change, e.g. ebay"))
        .addProperty(
            "changes",
            OASFactory.createSchema()
                .type(SchemaType.OBJECT)
                .description("A merge patch of list_price, status and reason only")
                .addProperty("list_price", OASFactory.createSchema().type(SchemaType.NUMBER))
                .addProperty("status", OASFactory.createSchema().type(SchemaType.STRING))
                .addProperty("reason", OASFactory.createSchema().type(SchemaType.STRING)))
        .required(new ArrayList<>(List.of("lot_ids", "platform", "changes")));
  }

  private static Schema itemIds() {
    return OASFactory.createSchema()
        .type(SchemaType.ARRAY)
        .minItems(1)
        .maxItems(500)
        .items(OASFactory.createSchema().type(SchemaType.STRING).format("uuid"));
  }
}
