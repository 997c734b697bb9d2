package app.resell.classifier.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.classifier.entity.ConditionCue;
import app.resell.classifier.entity.LabelledExample;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shipped corpus is big, balanced and clean enough to learn the whole policy from, and its
 * condition labels agree with the policy's phrase rules (a corpus edit that breaks either shows up
 * here, not as a silent drop in accuracy).
 */
class ClassifierCorpusTest {

  private final List<LabelledExample> corpus = TrainingCorpus.load();

  @Test
  void coversEveryCategoryAndConditionOfThePolicy() {
    Map<Category, Integer> categories = new EnumMap<>(Category.class);
    Map<Condition, Integer> conditions = new EnumMap<>(Condition.class);
    corpus.forEach(
        e -> {
          categories.merge(e.category(), 1, Integer::sum);
          conditions.merge(e.condition(), 1, Integer::sum);
        });

    assertThat(corpus).hasSizeGreaterThanOrEqualTo(3000);
    assertThat(categories).hasSize(Category.values().length);
    assertThat(categories.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(60));
    assertThat(conditions).hasSize(Condition.values().length);
    assertThat(conditions.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(20));
    assertThat(conditions.get(Condition.UNKNOWN)).isGreaterThanOrEqualTo(corpus.size() / 2);
  }

  @Test
  void conditionLabelsSayWhatThePolicyRulesSay() {
    List<String> disagreements =
        corpus.stream()
            .filter(
                e ->
                    ConditionRules.decide(e.title() + " . " + e.description())
                            .map(ConditionCue::condition)
                            .orElse(Condition.UNKNOWN)
                        != e.condition())
            .map(e -> e.condition().value() + ": " + e.title() + " | " + e.description())
            .toList();

    assertThat(disagreements).isEmpty();
  }

  @Test
  void hasNoDuplicateTitles() {
    Set<String> seen = new HashSet<>();
    List<String> duplicates =
        corpus.stream()
            .map(e -> e.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""))
            .filter(t -> !seen.add(t))
            .toList();

    assertThat(duplicates).isEmpty();
  }

  @Test
  void parsesTitlesWithAndWithoutDescriptions() {
    String tsv =
        "category\tcondition\ttitle\tdescription\n"
            + "pottery\tfair\tRoseville vase\tchip to rim\n"
            + "coins\tunknown\tMorgan dollar\n";

    List<LabelledExample> examples = TrainingCorpus.parse(new StringReader(tsv));

    assertThat(examples)
        .containsExactly(
            new LabelledExample("Roseville vase", "chip to rim", Category.POTTERY, Condition.FAIR),
            new LabelledExample("Morgan dollar", "", Category.COINS, Condition.UNKNOWN));
  }

  @Test
  void rejectsUnknownLabelsWithTheirLineNumber() {
    String tsv =
        "category\tcondition\ttitle\tdescription\n" + "pottery\tchipped\tRoseville vase\t\n";

    assertThatThrownBy(() -> TrainingCorpus.parse(new StringReader(tsv)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("chipped");
  }
}
