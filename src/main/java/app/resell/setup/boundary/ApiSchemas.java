package app.resell.setup.boundary;

import app.resell.setup.control.SnakeCase;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The schemas of the document as JSON-B writes and reads the classes they come from: property names
 * by {@link SnakeCase}, ids as uuid strings, times as date-time strings, money as decimals, whole
 * numbers as integers, and {@code required} from the fields' Bean Validation ({@code NotNull},
 * {@code NotBlank}, {@code NotEmpty}). The server's scanner names properties after the Java fields
 * and leaves types it does not know as bare objects; a schema that names its Java class (Payara's
 * does) is described from that class's fields.
 */
final class ApiSchemas {

  private static final Set<String> REQUIRING = Set.of("NotNull", "NotBlank", "NotEmpty");

  private static final String API_PACKAGE = "app.resell.";

  private final Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  private final Components components;
  private final ApiClasses classes = new ApiClasses();

  ApiSchemas(Components components) {
    this.components = components;
  }

  /** Fixes a component schema and everything under it. */
  void fixComponent(String name, Schema schema) {
    if (schema == null || !seen.add(schema)) return;
    withoutDefaults(schema);
    Class<?> owner = javaClass(schema);
    if (owner == null && schema.getProperties() != null) {
      owner = classes.find(name, schema.getProperties().keySet());
    }
    if (owner != null && !describeScalar(schema, owner)) describeFields(schema, owner);
    fixTree(schema);
  }

  /**
   * Fixes an inline schema and everything under it. One made from one of the API's classes becomes
   * a reference to that class's component (made from the class when the scanner made none).
   */
  void fix(Schema schema) {
    if (schema == null || !seen.add(schema)) return;
    withoutDefaults(schema);
    Class<?> owner = javaClass(schema);
    if (owner != null && schema.getRef() == null && schema.getType() != SchemaType.ARRAY) {
      if (describeScalar(schema, owner)) return;
      if (owner.getName().startsWith(API_PACKAGE) && !owner.isEnum()) {
        String name = component(owner);
        clear(schema);
        schema.setRef("#/components/schemas/" + name);
        return;
      }
    }
    fixTree(schema);
  }

  private void fixTree(Schema schema) {
    Map<String, Schema> properties = schema.getProperties();
    if (properties != null) {
      Map<String, Schema> renamed = new LinkedHashMap<>();
      properties.forEach(
          (name, property) -> renamed.put(SnakeCase.RULE.translateName(name), property));
      schema.setProperties(renamed);
      if (schema.getRequired() != null) {
        schema.setRequired(
            new ArrayList<>(
                schema.getRequired().stream().map(SnakeCase.RULE::translateName).toList()));
      }
      renamed.values().forEach(this::fix);
    }
    fix(schema.getItems());
    if (schema.getAdditionalPropertiesSchema() != null) fix(schema.getAdditionalPropertiesSchema());
    for (List<Schema> group : List.of(listOf(schema.getAllOf()), listOf(schema.getAnyOf()))) {
      group.forEach(this::fix);
    }
    listOf(schema.getOneOf()).forEach(this::fix);
  }

  private static List<Schema> listOf(List<Schema> schemas) {
    return schemas == null ? List.of() : schemas;
  }

  /** Types the properties after the owner's fields; adds the fields Bean Validation requires. */
  private void describeFields(Schema schema, Class<?> owner) {
    Map<String, Schema> properties = schema.getProperties();
    if (properties == null) return;
    for (Map.Entry<String, Schema> property : properties.entrySet()) {
      Field field = field(owner, property.getKey());
      if (field == null) continue;
      describe(property.getValue(), field.getGenericType());
      boolean required = requires(field);
      if (required
          && (schema.getRequired() == null || !schema.getRequired().contains(property.getKey()))) {
        schema.addRequired(property.getKey());
      }
    }
  }

  /** The schema of a value of this Java type, where the scanner's may be wrong. */
  private void describe(Schema schema, Type type) {
    if (schema == null || schema.getRef() != null) return;
    if (type instanceof Class<?> raw) {
      describeScalar(schema, raw);
    } else if (type instanceof ParameterizedType generic
        && generic.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)
        && generic.getActualTypeArguments().length == 1) {
      Type element = generic.getActualTypeArguments()[0];
      if (schema.getItems() == null) {
        schema.setType(SchemaType.ARRAY);
        schema.setItems(of(element));
      } else {
        describe(schema.getItems(), element);
      }
    }
  }

  /** Sets type and format for the scalar types JSON-B writes as strings or numbers. */
  static boolean describeScalar(Schema schema, Class<?> type) {
    if (type == UUID.class) return scalar(schema, SchemaType.STRING, "uuid");
    if (type == OffsetDateTime.class
        || type == Instant.class
        || type == ZonedDateTime.class
        || type == LocalDateTime.class) {
      return scalar(schema, SchemaType.STRING, "date-time");
    }
    if (type == LocalDate.class) return scalar(schema, SchemaType.STRING, "date");
    if (type == BigDecimal.class) return scalar(schema, SchemaType.NUMBER, "decimal");
    if (type == long.class || type == Long.class)
      return scalar(schema, SchemaType.INTEGER, "int64");
    if (type == int.class || type == Integer.class) {
      return scalar(schema, SchemaType.INTEGER, "int32");
    }
    return false;
  }

  private static boolean scalar(Schema schema, SchemaType type, String format) {
    schema.setType(type);
    schema.setFormat(format);
    schema.setProperties(null);
    return true;
  }

  static Field field(Class<?> owner, String name) {
    for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    return null;
  }

  /** The component of an API class: the scanner's, or one made from the class's fields. */
  private String component(Class<?> type) {
    String name = type.getSimpleName();
    Map<String, Schema> known = components.getSchemas();
    if (known != null && known.containsKey(name)) return name;
    Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
    components.addSchema(name, schema);
    seen.add(schema);
    for (Property property : properties(type)) {
      schema.addProperty(SnakeCase.RULE.translateName(property.name()), of(property.type()));
      if (property.required()) schema.addRequired(SnakeCase.RULE.translateName(property.name()));
    }
    return name;
  }

  private record Property(String name, Type type, boolean required) {}

  /** What JSON-B writes of the class: a record's components, or the public fields. */
  private static List<Property> properties(Class<?> type) {
    List<Property> out = new ArrayList<>();
    if (type.isRecord()) {
      for (var component : type.getRecordComponents()) {
        Field field = field(type, component.getName());
        out.add(
            new Property(
                component.getName(), component.getGenericType(), field != null && requires(field)));
      }
      return out;
    }
    for (Field field : type.getFields()) {
      if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) continue;
      out.add(new Property(field.getName(), field.getGenericType(), requires(field)));
    }
    return out;
  }

  /** The schema of a value of the type, as JSON-B writes it. */
  private Schema of(Type type) {
    Schema schema = OASFactory.createSchema();
    if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
      if (Collection.class.isAssignableFrom(raw)) {
        return schema.type(SchemaType.ARRAY).items(of(generic.getActualTypeArguments()[0]));
      }
      return schema.type(SchemaType.OBJECT);
    }
    if (!(type instanceof Class<?> raw)) return schema;
    if (describeScalar(schema, raw)) return schema;
    if (raw == String.class) return schema.type(SchemaType.STRING);
    if (raw == boolean.class || raw == Boolean.class) return schema.type(SchemaType.BOOLEAN);
    if (raw == double.class || raw == Double.class) {
      return schema.type(SchemaType.NUMBER).format("double");
    }
    if (raw.isEnum()) return schema.type(SchemaType.STRING).enumeration(wireValues(raw));
    if (raw.getName().startsWith(API_PACKAGE)) {
      return schema.ref("#/components/schemas/" + component(raw));
    }
    if (jakarta.json.JsonValue.class.isAssignableFrom(raw)) return schema;
    return schema.type(SchemaType.OBJECT);
  }

  /** An enum's values as the API spells them: its {@code value()} where it has one. */
  private static List<Object> wireValues(Class<?> type) {
    List<Object> values = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      try {
        values.add(String.valueOf(type.getMethod("value").invoke(constant)));
      } catch (ReflectiveOperationException | RuntimeException e) {
        values.add(((Enum<?>) constant).name());
      }
    }
    return values;
  }

  private static boolean requires(Field field) {
    return java.util.Arrays.stream(field.getAnnotations())
        .anyMatch(a -> REQUIRING.contains(a.annotationType().getSimpleName()));
  }

  /**
   * Payara copies an annotation's defaults into the schema ({@code maxProperties: 0}, {@code
   * minLength: 0}, every flag false), which would forbid every property: they are left out.
   */
  private static void withoutDefaults(Schema schema) {
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) schema.setExclusiveMaximum(null);
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) schema.setExclusiveMinimum(null);
    if (Boolean.FALSE.equals(schema.getUniqueItems())) schema.setUniqueItems(null);
    if (Boolean.FALSE.equals(schema.getNullable())) schema.setNullable(null);
    if (Boolean.FALSE.equals(schema.getReadOnly())) schema.setReadOnly(null);
    if (Boolean.FALSE.equals(schema.getWriteOnly())) schema.setWriteOnly(null);
    if (Boolean.FALSE.equals(schema.getDeprecated())) schema.setDeprecated(null);
    if (Integer.valueOf(0).equals(schema.getMinLength())) schema.setMinLength(null);
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) schema.setMaxProperties(null);
    if (Integer.valueOf(0).equals(schema.getMinProperties())) schema.setMinProperties(null);
  }

  /** Empties a schema that becomes a reference. */
  private static void clear(Schema schema) {
    schema.setType(null);
    schema.setFormat(null);
    schema.setProperties(null);
    schema.setRequired(null);
    schema.setItems(null);
    schema.setDescription(null);
    schema.setAdditionalPropertiesSchema(null);
    schema.setAdditionalPropertiesBoolean(null);
    schema.setMaxLength(null);
    schema.setPattern(null);
    schema.setEnumeration(null);
  }

  /**
   * The Java class the scanner made this schema from, where the server's model tells it (Payara's
   * {@code getImplementation()}); null elsewhere, where the schema is left as the scanner made it.
   */
  static Class<?> javaClass(Schema schema) {
    try {
      Object name = schema.getClass().getMethod("getImplementation").invoke(schema);
      if (!(name instanceof String className) || className.isBlank()) return null;
      return load(className);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** The class of a binary name, or of a dotted one whose last dots separate nested classes. */
  private static Class<?> load(String name) throws ClassNotFoundException {
    String candidate = name;
    while (true) {
      try {
        return Class.forName(candidate, false, ApiSchemas.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        int dot = candidate.lastIndexOf('.');
        if (dot < 0) throw e;
        candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
      }
    }
  }
}
