import app.resell.classifier.control.ClassifierModel;
import app.resell.classifier.control.TrainingCorpus;
import app.resell.classifier.entity.LabelledExample;
import app.resell.classifier.entity.Prediction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the classifier's prediction path: trains once on the shipped corpus, warms up, then
 * predicts 100,000 listings (the corpus titles and descriptions, cycled, each with a suffix so no
 * two texts are identical) and prints the mean time per prediction.
 *
 * <p>Run: mvn -B -o -q test-compile && java -cp target/classes:target/test-classes
 * bench/ClassifierBench.java
 */
public class ClassifierBench {

  private static final int WARM_UP = 20_000;
  private static final int MEASURED = 100_000;

  public static void main(String[] args) {
    List<LabelledExample> corpus = TrainingCorpus.load();
    long trainStart = System.nanoTime();
    ClassifierModel model = ClassifierModel.train(corpus);
    long trainMillis = (System.nanoTime() - trainStart) / 1_000_000;
    System.out.printf(Locale.ROOT, "trained on %d listings in %d ms%n", corpus.size(), trainMillis);

    List<String[]> texts = new ArrayList<>(MEASURED);
    for (int i = 0; i < MEASURED; i++) {
      LabelledExample e = corpus.get(i % corpus.size());
      texts.add(new String[] {e.title() + " lot " + i, e.description()});
    }

    long sink = 0;
    for (int i = 0; i < WARM_UP; i++) {
      String[] t = texts.get(i);
      sink += model.predict(t[0], t[1], List.of()).explanation().size();
    }
    long start = System.nanoTime();
    for (String[] t : texts) {
      Prediction p = model.predict(t[0], t[1], List.of());
      sink += p.category().ordinal();
    }
    double micros = (System.nanoTime() - start) / 1_000.0 / MEASURED;
    System.out.printf(
        Locale.ROOT,
        "%d predictions, mean %.1f microseconds per prediction (checksum %d)%n",
        MEASURED,
        micros,
        sink);
  }
}
