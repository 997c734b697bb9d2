package app.resell.photos.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a photo upload may be, from configuration ({@code resell.photos.*}): bytes of one file
 * (413), pixels of one image (413, checked from the header before any pixel is decoded, so a small
 * file that would unpack into gigabytes never does), photos of one item (409), and how many images
 * are decoded at once (each may take a few hundred MB of heap while it is worked on).
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

  public long maxBytes() {
    return maxBytes;
  }

  public long maxPixels() {
    return maxPixels;
  }

  public int maxPerItem() {
    return maxPerItem;
  }

  public int maxDecoding() {
    return Math.max(1, maxDecoding);
  }
}
