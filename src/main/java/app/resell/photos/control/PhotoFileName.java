package app.resell.photos.control;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the name of a file in a photo zip says: the item it belongs to and its place among that
 * item's photos. {@code photos/SKU-123_2.jpg} is the second photo of the item whose SKU is {@code
 * SKU-123} (or whose lot id is the part before {@code _2}); a name without a number ({@code
 * SKU-123.jpg}) comes before the numbered ones. The extension says nothing: the content decides the
 * type. Only the last part of the path is read; folders in the zip do not matter.
 *
 * @param file the last part of the path, e.g. {@code SKU-123_2.jpg}
 * @param key the item as named, without the number: {@code SKU-123}
 * @param whole the name without its extension, for an SKU that itself ends in {@code _<digits>}
 * @param number the photo's number, 0 when it has none
 */
public record PhotoFileName(String file, String key, String whole, int number) {

  private static final Pattern NUMBERED = Pattern.compile("(.+)_(\\d{1,6})");

  /** Name order: by number (so {@code _10} comes after {@code _9}), then by the name itself. */
  public static final Comparator<PhotoFileName> ORDER =
      Comparator.comparingInt(PhotoFileName::number).thenComparing(PhotoFileName::file);

  public static PhotoFileName of(String path) {
    String file = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    int dot = file.lastIndexOf('.');
    String whole = (dot > 0 ? file.substring(0, dot) : file).trim();
    Matcher numbered = NUMBERED.matcher(whole);
    if (numbered.matches()) {
      return new PhotoFileName(
          file, numbered.group(1).trim(), whole, Integer.parseInt(numbered.group(2)));
    }
    return new PhotoFileName(file, whole, whole, 0);
  }
}
