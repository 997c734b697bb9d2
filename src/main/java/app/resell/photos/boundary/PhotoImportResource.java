package app.resell.photos.boundary;

import app.resell.auth.entity.Role;
import app.resell.photos.control.PhotoImport;
import app.resell.problems.control.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Photos in bulk: a zip of images named by SKU or lot id, attached to the matching items
 * (docs/PHOTOS.md). Not transactional here: each item's photos commit on their own ({@link
 * PhotoImport}).
 */
@Path("import/photos")
@RequestScoped
@Tag(name = "photos")
@Produces(MediaType.APPLICATION_JSON)
public class PhotoImportResource {

  @Inject PhotoImport imports;

  @POST
  @RolesAllowed(Role.STAFF_ROLE)
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Attach a zip of photos named by SKU or lot id (SKU-123_1.jpg) to their items",
      description =
          "multipart: file (a zip). Each item's photos in name order, each checked as a single"
              + " upload; the answer reports the photos attached, the names no item matched and"
              + " the files refused with their reason. A zip with too many files or unpacking"
              + " past the limits (a zip bomb) is 413 and keeps nothing.")
  public PhotoImportReport attach(@FormParam("file") EntityPart file) throws IOException {
    if (file == null) throw ProblemException.invalid("file", "attach the zip of photos as 'file'");
    return PhotoImportReport.of(imports.attach(file.getContent()));
  }
}
