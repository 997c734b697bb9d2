package app.resell.classifier.control;

import app.resell.classifier.entity.LabelledExample;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-labelled listings the shipped model learns from ({@code classifier/corpus.tsv}).
 *
 * <p>Tab-separated, UTF-8, one listing a line under the header {@code
 * category\tcondition\ttitle\tdescription}; labels are the policy's wire values. A malformed line
 * fails loudly with its line number: a silently skipped label would bias the model unnoticed.
 */
public final class TrainingCorpus {

  static final String RESOURCE = "/classifier/corpus.tsv";
  private static final String HEADER = "category\tcondition\ttitle\tdescription";

  private TrainingCorpus() {}

  public static List<LabelledExample> load() {
    try (InputStream in = TrainingCorpus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<LabelledExample> parse(Reader reader) {
    List<LabelledExample> examples = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(reader)) {
      String header = lines.readLine();
      if (header == null || !header.strip().equals(HEADER)) {
        throw new IllegalArgumentException("corpus must start with the header: " + HEADER);
      }
      String line;
      int number = 1;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank()) continue;
        examples.add(parseLine(line, number));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return examples;
  }

  private static LabelledExample parseLine(String line, int number) {
    String[] fields = line.split("\t", -1);
    if (fields.length < 3 || fields.length > 4) {
      throw new IllegalArgumentException(
          "line " + number + ": expected 3 or 4 tab-separated fields");
    }
    Category category =
        Category.parse(fields[0])
            .orElseThrow(() -> bad(number, "unknown category '" + fields[0] + "'"));
    Condition condition =
        Condition.parse(fields[1])
            .orElseThrow(() -> bad(number, "unknown condition '" + fields[1] + "'"));
    String title = fields[2].strip();
    if (title.isEmpty()) throw bad(number, "empty title");
    String description = fields.length == 4 ? fields[3].strip() : "";
    return new LabelledExample(title, description, category, condition);
  }

  private static IllegalArgumentException bad(int number, String message) {
    return new IllegalArgumentException("line " + number + ": " + message);
  }
}
