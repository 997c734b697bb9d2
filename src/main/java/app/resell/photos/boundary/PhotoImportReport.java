package app.resell.photos.boundary;

import app.resell.photos.control.PhotoImport;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a photo zip import did with each file of the zip. */
public record PhotoImportReport(
    @Schema(description = "The photos made, each item's in name order") List<Attached> attached,
    @Schema(description = "Files whose name matches no item's SKU or lot id")
        List<String> unmatched,
    @Schema(description = "Files not kept, with the reason") List<PhotoImport.Refused> refused,
    @Schema(description = "Folders, __MACOSX and hidden files, passed over") List<String> ignored) {

  /** A file of the zip and the photo it became. */
  public record Attached(String name, UUID lotId, String sku, PhotoView photo) {}

  static PhotoImportReport of(PhotoImport.Report report) {
    return new PhotoImportReport(
        report.attached().stream()
            .map(a -> new Attached(a.name(), a.lotId(), a.sku(), PhotoView.of(a.photo())))
            .toList(),
        report.unmatched(),
        report.refused(),
        report.ignored());
  }
}
