package app.resell.classifier.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.classifier.entity.LabelledExample;
import app.resell.classifier.entity.Prediction;
import app.resell.classifier.entity.ScoredCategory;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The shipped model on listings written for this test (none is in the corpus), one or more per row
 * of the policy's quick-reference table, plus the model's contract: serialisation, determinism,
 * well-formed probabilities and explanations.
 */
@Execution(ExecutionMode.CONCURRENT) // long and pure: runs beside the other unit tests
class ClassifierModelTest {

  private static final Map<String, Category> UNSEEN_BORDER_CASES =
      Map.ofEntries(
          Map.entry("Roseville Pinecone vase, green, 121-7", Category.POTTERY),
          Map.entry("McCoy cookie jar shaped like an apple", Category.POTTERY),
          Map.entry("Hull Magnolia pitcher, matte pink", Category.POTTERY),
          Map.entry("Noritake dinner plates set of 8, Blue Dawn", Category.CHINA),
          Map.entry("Lenox Charleston salad plates, 4", Category.CHINA),
          Map.entry("Fiesta dinnerware, 12 pieces, lilac and sunflower", Category.CHINA),
          Map.entry("Pfaltzgraff Folk Art dinner plates", Category.CHINA),
          Map.entry("Meissen porcelain figure, shepherdess", Category.CERAMICS),
          Map.entry("Chinese porcelain vase, blue and white, dragon", Category.CERAMICS),
          Map.entry("Delft tile, windmill scene", Category.CERAMICS),
          Map.entry("Hummel figurine, Little Fiddler", Category.COLLECTIBLES),
          Map.entry("Lladro figurine, girl with lamb", Category.COLLECTIBLES),
          Map.entry("Precious Moments figurine, boy with puppy", Category.COLLECTIBLES),
          Map.entry("Fenton glass basket, ruby", Category.GLASS),
          Map.entry("Carnival glass bowl, peacock, blue", Category.GLASS),
          Map.entry("Pyrex bowl, Snowflake, 402", Category.GLASS),
          Map.entry("Depression glass plates, green, 4", Category.GLASS),
          Map.entry("Avon bottles lot, perfume figurals", Category.COLLECTIBLES),
          Map.entry("Pepsi promo glasses, set of 6", Category.COLLECTIBLES),
          Map.entry("Shiny Brite ornaments, box of 12", Category.COLLECTIBLES),
          Map.entry("Sterling flatware, Towle, 40 pieces", Category.SILVER),
          Map.entry("Silver plate tray, footed, 18 in", Category.SILVER),
          Map.entry("Coin silver spoon, 1840s", Category.SILVER),
          Map.entry("1921 Morgan silver dollar, Philadelphia", Category.COINS),
          Map.entry("Silver certificate 1935 one dollar", Category.COINS),
          Map.entry("10 oz silver bar, Sunshine Mint", Category.COINS),
          Map.entry("Navajo sterling cuff, turquoise", Category.JEWELRY),
          Map.entry("Elgin pocket watch, 15 jewel", Category.JEWELRY),
          Map.entry("Rolex Submariner watch", Category.JEWELRY),
          Map.entry("1970s Levi's jacket, orange tab", Category.CLOTHING),
          Map.entry("Coach bag, brown leather, shoulder", Category.CLOTHING),
          Map.entry("Concert T-shirt, Aerosmith, 1990", Category.CLOTHING),
          Map.entry("Star Wars figures 1978, Luke and Leia", Category.TOYS),
          Map.entry("Barbie outfits lot, 1970s", Category.TOYS),
          Map.entry("Pokemon cards lot, 200 commons", Category.TOYS),
          Map.entry("Marbles lot, cat eyes, 100", Category.TOYS),
          Map.entry("Game Boy Pocket, silver", Category.ELECTRONICS),
          Map.entry("Sega Genesis games, 5 cartridges", Category.ELECTRONICS),
          Map.entry("1930s cathedral radio, Philco", Category.ELECTRONICS),
          Map.entry("Turntable, Dual 1229", Category.ELECTRONICS),
          Map.entry("LPs lot, 1970s soul", Category.MUSICAL),
          Map.entry("45s lot, 1960s rock", Category.MUSICAL),
          Map.entry("Sheet music lot, 1930s", Category.MUSICAL),
          Map.entry("Tube guitar amp, Fender Princeton", Category.MUSICAL),
          Map.entry("Upright piano, Baldwin", Category.MUSICAL),
          Map.entry("Autographed baseball, Cal Ripken", Category.MEMORABILIA),
          Map.entry("Signed 8x10 photo, Tom Hanks", Category.MEMORABILIA),
          Map.entry("Topps baseball set 1991, complete", Category.MEMORABILIA),
          Map.entry("Movie one sheet, Rocky, 1976", Category.MEMORABILIA),
          Map.entry("Coca-Cola sign, porcelain, 1950s", Category.COLLECTIBLES),
          Map.entry("Texaco thermometer, advertising", Category.COLLECTIBLES),
          Map.entry("Signed first edition by the author, Tom Wolfe", Category.BOOKS),
          Map.entry("Artist signed lithograph, numbered, framed", Category.ART),
          Map.entry("Comics lot, 1980s, X-Men", Category.BOOKS),
          Map.entry("Life magazines, 1960s, lot of 10", Category.BOOKS),
          Map.entry("Antique Bible, leather, 1850s", Category.BOOKS),
          Map.entry("Victorian washstand, oak, towel bar", Category.FURNITURE),
          Map.entry("George III chest, mahogany, four drawers", Category.FURNITURE),
          Map.entry("Tiffany Studios lamp c. 1910, bronze base", Category.ANTIQUES),
          Map.entry("MCM lamp, 1960s, ceramic base", Category.VINTAGE),
          Map.entry("Tiffany-style lamp, new, dragonfly", Category.OTHER),
          Map.entry("Singer Featherweight 221 sewing machine", Category.VINTAGE),
          Map.entry("Griswold skillet 1930s, No. 6", Category.VINTAGE),
          Map.entry("Sunburst mirror 1960s, gold", Category.VINTAGE),
          Map.entry("KitchenAid mixer, white, tilt head", Category.OTHER),
          Map.entry("Lodge Dutch oven, 6 qt", Category.OTHER),
          Map.entry("Brass candlesticks, pair, 12 in", Category.OTHER),
          Map.entry("Box lot kitchen items", Category.OTHER),
          Map.entry("Box lot of clear glass vases and bowls, assorted", Category.GLASS),
          Map.entry("Stanley No. 4 plane, corrugated", Category.TOOLS),
          Map.entry("Pendleton blanket, wool, queen", Category.LINENS),
          Map.entry("Quilt, hand stitched, Ohio Star", Category.LINENS),
          Map.entry("Bronze horse sculpture, signed", Category.ART),
          Map.entry("Oil painting, river landscape, gilt frame", Category.ART),
          Map.entry("First day covers lot, 1960s", Category.STAMPS),
          Map.entry("Postcards lot, 1920s, Florida", Category.COLLECTIBLES),
          Map.entry("Campaign buttons lot, 1968", Category.MEMORABILIA),
          Map.entry("Antique kerosene lamp, brass font", Category.ANTIQUES),
          Map.entry("DeWalt circular saw, 20V", Category.TOOLS));

  private static List<LabelledExample> corpus;
  private static ClassifierModel model;

  @BeforeAll
  static void trainOnTheShippedCorpus() {
    corpus = TrainingCorpus.load();
    model = ClassifierModel.train(corpus);
  }

  @Test
  void borderCasesOfThePolicyAreNotInTheCorpus() {
    List<String> titles = corpus.stream().map(e -> e.title().toLowerCase(Locale.ROOT)).toList();
    assertThat(UNSEEN_BORDER_CASES.keySet())
        .allSatisfy(t -> assertThat(titles).doesNotContain(t.toLowerCase(Locale.ROOT)));
  }

  @Test
  void classifiesUnseenBorderCasesByThePolicy() {
    List<String> misses = new ArrayList<>();
    UNSEEN_BORDER_CASES.forEach(
        (title, expected) -> {
          Prediction p = model.predict(title, "", List.of());
          if (p.category() != expected) {
            misses.add(title + " -> " + p.category().value() + ", expected " + expected.value());
          }
        });
    misses.sort(null);
    misses.forEach(m -> System.out.println("miss: " + m));
    double accuracy = 1.0 - (double) misses.size() / UNSEEN_BORDER_CASES.size();
    System.out.printf(
        Locale.ROOT, "unseen border cases: %.3f of %d%n", accuracy, UNSEEN_BORDER_CASES.size());
    assertThat(accuracy).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void conditionRulesDecideWhenTheyFire() {
    Prediction chipped = model.predict("Roseville vase", "tiny chip to rim", List.of());
    Prediction silent = model.predict("Roseville vase, Pinecone, brown", "", List.of());

    assertThat(chipped.condition()).isEqualTo(Condition.FAIR);
    assertThat(chipped.explanation()).contains("condition: chip");
    assertThat(silent.condition()).isEqualTo(Condition.UNKNOWN);
  }

  @Test
  void topThreeAreSortedProbabilitiesThatSumToAtMostOne() {
    Prediction p = model.predict("Hull pottery vase, Woodland", "", List.of("pottery"));

    List<ScoredCategory> top = p.topCategories();
    assertThat(top).hasSize(3);
    assertThat(top.get(0).category()).isEqualTo(p.category());
    assertThat(top.get(0).probability()).isEqualTo(p.categoryConfidence());
    assertThat(top.get(0).probability()).isGreaterThanOrEqualTo(top.get(1).probability());
    assertThat(top.get(1).probability()).isGreaterThanOrEqualTo(top.get(2).probability());
    assertThat(top.stream().mapToDouble(ScoredCategory::probability).sum())
        .isLessThanOrEqualTo(1.0);
    assertThat(top).allSatisfy(s -> assertThat(s.probability()).isBetween(0.0, 1.0));
  }

  @Test
  void explainsWithTheWordsThatDroveTheCategory() {
    Prediction p = model.predict("Noritake dinner plates, set of 8", "", List.of());

    assertThat(p.explanation()).isNotEmpty().hasSizeLessThanOrEqualTo(8);
    assertThat(p.explanation()).anyMatch(w -> w.contains("noritake") || w.contains("plates"));
  }

  @Test
  void aModelReadBackFromBytesPredictsExactlyTheSame() {
    byte[] bytes = model.toBytes();
    ClassifierModel copy = ClassifierModel.fromBytes(bytes);

    assertThat(copy.trainingSize()).isEqualTo(corpus.size());
    for (String title : UNSEEN_BORDER_CASES.keySet()) {
      assertThat(copy.predict(title, "light wear", List.of()))
          .isEqualTo(model.predict(title, "light wear", List.of()));
    }
    System.out.printf(Locale.ROOT, "serialised model: %d bytes%n", bytes.length);
  }

  @Test
  void trainingTheSameDataTwiceGivesTheSameModel() {
    List<LabelledExample> half = corpus.subList(0, corpus.size() / 2);

    assertThat(ClassifierModel.train(half).toBytes())
        .isEqualTo(ClassifierModel.train(half).toBytes());
  }

  @Test
  void rejectsBytesThatAreNotAModelOfThisFormat() {
    byte[] bytes = model.toBytes();
    bytes[4] = (byte) (ClassifierModel.FORMAT_VERSION + 1);

    assertThatThrownBy(() -> ClassifierModel.fromBytes(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format");
    assertThatThrownBy(() -> ClassifierModel.fromBytes(new byte[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toleratesMissingTextAndKeywords() {
    Prediction p = model.predict(null, null, null);

    assertThat(p.category()).isNotNull();
    assertThat(p.condition()).isEqualTo(Condition.UNKNOWN);
  }
}
