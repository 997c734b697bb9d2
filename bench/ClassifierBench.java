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
 * <p>Run by bench/run (compiled with the other programs under bench/); arguments: warm-up and
 * measured predictions (default 20,000 and 100,000). Single-threaded: predictions per second of one
 * core.
 */
public class ClassifierBench {

  public static void main(String[] args) throws Exception {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    List<LabelledExample> corpus = TrainingCorpus.load();
    long trainStart = System.nanoTime();
    ClassifierModel model = ClassifierModel.train(corpus);
    long trainMillis = (System.nanoTime() - trainStart) / 1_000_000;
    System.out.printf(Locale.ROOT, "trained on %d listings in %d ms%n", corpus.size(), trainMillis);

    List<String[]> texts = new ArrayList<>(measured);
    for (int i = 0; i < measured; i++) {
      LabelledExample e = corpus.get(i % corpus.size());
      texts.add(new String[] {e.title() + " lot " + i, e.description()});
    }

    long sink = 0;
    for (int i = 0; i < warmUp; i++) {
      String[] t = texts.get(i % texts.size());
      sink += model.predict(t[0], t[1], List.of()).explanation().size();
    }
    long start = System.nanoTime();
    for (String[] t : texts) {
      Prediction p = model.predict(t[0], t[1], List.of());
      sink += p.category().ordinal();
    }
    double micros = (System.nanoTime() - start) / 1_000.0 / measured;
    System.out.printf(
        Locale.ROOT,
        "%d predictions, mean %.1f microseconds per prediction (checksum %d)%n",
        measured,
        micros,
        sink);
    BenchSupport.record("classifier_per_s", 1e6 / micros);
  }
}
