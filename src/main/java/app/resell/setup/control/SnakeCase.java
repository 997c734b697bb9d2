package app.resell.setup.control;

import jakarta.json.bind.config.PropertyNamingStrategy;

/**
 * The API's one naming rule, {@code itemName -> item_name}: JSON-B names every property with it
 * ({@link JsonMapping}) and the OpenAPI document names every schema property with it, so the two
 * cannot drift apart. It is the rule of JSON-B's {@code LOWER_CASE_WITH_UNDERSCORES}: an underscore
 * before an upper-case letter that follows a lower-case one, then everything in lower case ({@code
 * isConsignment -> is_consignment}, {@code is_consignment} and {@code roi2X} unchanged but for
 * case).
 */
public final class SnakeCase implements PropertyNamingStrategy {

  public static final SnakeCase RULE = new SnakeCase();

  private SnakeCase() {}

  @Override
  public String translateName(String name) {
    StringBuilder out = new StringBuilder(name.length() + 8);
    char previous = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && isLowerCaseLetter(previous)) out.append('_');
      out.append(Character.toLowerCase(c));
      previous = c;
    }
    return out.toString();
  }

  private static boolean isLowerCaseLetter(char c) {
    return Character.isAlphabetic(c) && Character.isLowerCase(c);
  }
}
