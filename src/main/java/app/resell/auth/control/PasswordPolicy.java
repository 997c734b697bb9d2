package app.resell.auth.control;

import app.resell.problems.control.ProblemException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (ASVS V2.1): at least {@value #MIN_LENGTH} characters and at most
 * {@value #MAX_LENGTH}, not the account's email, its name or the part of the email before the @,
 * and not a common password from the bundled list ({@code common-passwords.txt}), also when a few
 * digits or symbols follow it ({@code password12}, {@code Welcome2024!}). No rules about character
 * classes: length and rarity are what make a password hard to guess.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;

  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  /** A 400 naming the field when the password may not be used for the account. */
  public static void check(String field, String password, String email, String displayName) {
    String problem = problem(password, email, displayName);
    if (problem != null) throw ProblemException.invalid(field, problem);
  }

  /** What is wrong with the password, or null when it may be used. */
  static String problem(String password, String email, String displayName) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "must be at least " + MIN_LENGTH + " characters";
    }
    if (password.length() > MAX_LENGTH) return "must be at most " + MAX_LENGTH + " characters";
    String lower = password.toLowerCase(Locale.ROOT);
    if (sameAs(lower, email)
        || sameAs(lower, localPart(email))
        || sameAs(lower, displayName)
        || sameAs(lower, displayName == null ? null : displayName.replace(" ", ""))) {
      return "must not be your email or your name";
    }
    if (isCommon(lower)) {
      return "is one of the most common passwords and would be guessed first; choose a longer,"
          + " less common one (a few unrelated words work well)";
    }
    return null;
  }

  static boolean isCommon(String lower) {
    if (COMMON.contains(lower)) return true;
    String base = lower.replaceFirst("[^a-z]{1,6}$", "");
    String stem = lower.replaceFirst("^[^a-z]{1,6}", "");
    String core = stem.replaceFirst("[^a-z]{1,6}$", "");
    return COMMON.contains(base)
        || COMMON.contains(stem)
        || COMMON.contains(core)
        || repeats(lower);
  }

  /** One short piece over and over: abcabcabcabc, 12121212121. */
  private static boolean repeats(String lower) {
    for (int unit = 1; unit <= 3; unit++) {
      String piece = lower.substring(0, unit);
      if (piece.repeat(lower.length() / unit + 1).startsWith(lower)) return true;
    }
    return false;
  }

  private static boolean sameAs(String lower, String other) {
    return other != null
        && !other.isBlank()
        && lower.equals(other.strip().toLowerCase(Locale.ROOT));
  }

  private static String localPart(String email) {
    if (email == null) return null;
    int at = email.indexOf('@');
    return at < 0 ? email : email.substring(0, at);
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in =
            PasswordPolicy.class.getResourceAsStream("/app/resell/auth/common-passwords.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && !word.startsWith("#")) words.add(word);
      }
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException(
          new IOException("The common-password list is missing from the application", e));
    }
    return Set.copyOf(words);
  }
}
