package app.resell.photos.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a photo upload may be, from configuration ({@code resell.photos.*}): bytes of one file
 * (413), pixels of one image (413, checked from the header before any pixel is decoded, so a small
 * file that would unpack into gigabytes never does), photos of one item (409), and how many images
 * are decoded at once (each may take a few hundred MB of heap while it is worked on); and what a
 * zip of photos may unpack to ({@link PhotoZip}).
 */
@ApplicationScoped
public class PhotoLimits {

  @Inject
  @ConfigProperty(name = "resell.photos.max-bytes", defaultValue = "26214400")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "resell.photos.max-pixels", defaultValue = "60000000")
  long maxPixels;

  @Inject
  @ConfigProperty(name = "resell.photos.max-per-item", defaultValue = "24")
  int maxPerItem;

  @Inject
  @ConfigProperty(name = "resell.photos.max-decoding", defaultValue = "2")
  int maxDecoding;

  @Inject
  @ConfigProperty(name = "resell.photos.import.max-entries", defaultValue = "1000")
  int maxZipEntries;

  @Inject
  @ConfigProperty(name = "resell.photos.import.max-total-bytes", defaultValue = "1073741824")
  long maxZipTotalBytes;

  @Inject
  @ConfigProperty(name = "resell.photos.import.max-ratio", defaultValue = "100")
  int maxZipRatio;

  public long maxBytes() {
    return maxBytes;
  }

  public long maxPixels() {
    return maxPixels;
  }

  public int maxPerItem() {
    return maxPerItem;
  }

  /** Files (and folders) a photo zip may hold (413 past it). */
  public int maxZipEntries() {
    return maxZipEntries;
  }

  /** Bytes all the files of a photo zip may unpack to together (413 past it). */
  public long maxZipTotalBytes() {
    return maxZipTotalBytes;
  }

  /**
   * How many times its packed size a file of a photo zip may unpack to (413 past it): photos hardly
   * shrink when zipped, so a file that unpacks to a hundred times its size is a bomb.
   */
  public int maxZipRatio() {
    return maxZipRatio;
  }

  public int maxDecoding() {
    return Math.max(1, maxDecoding);
  }
}
