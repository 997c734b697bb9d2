package app.resell.photos.control;

import app.resell.problems.control.ProblemException;
import java.util.List;

/** The thumbnail sizes served (longer side, in pixels): few, so each is made once and cached. */
public final class Thumbnails {

  public static final List<Integer> SIZES = List.of(160, 320, 640);
  public static final int DEFAULT_SIZE = 320;
  public static final int SMALLEST = 160;

  private Thumbnails() {}

  /** The size asked for; 400 naming the sizes there are. */
  public static int size(String asked) {
    if (asked == null || asked.isEmpty()) return DEFAULT_SIZE;
    for (int size : SIZES) {
      if (Integer.toString(size).equals(asked)) return size;
    }
    throw ProblemException.notOneOf("size", asked, SIZES.stream().map(String::valueOf).toList());
  }
}
