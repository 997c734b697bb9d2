package app.resell.photos.control;

import app.resell.photos.entity.ImageKind;
import app.resell.photos.entity.Photo;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * The photo files under {@code <data dir>/photos}: {@code <ab>/<sha256>.jpg|png} named by the
 * SHA-256 of their bytes (so the same image is kept once and a file never changes), thumbnails in
 * {@code thumbnails/<size>/<sha256>.jpg}, made at upload (or on request when missing). Every file
 * is written to a temp file in its directory and moved into place, so a reader never sees half a
 * file. A file about to lose its last photo is moved to {@code .trash} until the transaction ends:
 * removed when the delete commits, put back when it rolls back.
 */
@ApplicationScoped
public class PhotoFiles {

  public static final String DIR = "photos";

  public Path root() {
    return Settings.dataDir().resolve(DIR);
  }

  public Path image(String sha256, ImageKind kind) {
    return Settings.dataDir().resolve(relative(sha256, kind));
  }

  /** Where an image is kept, relative to the data dir (what a backup holds). */
  public static Path relative(String sha256, ImageKind kind) {
    return Path.of(DIR, sha256.substring(0, 2), sha256 + "." + kind.extension());
  }

  public Path image(Photo photo) {
    return image(photo.sha256(), photo.kind());
  }

  /** The photo's image file; 404 when it is missing (a data directory restored without it). */
  public Path imageOf(Photo photo) {
    Path file = image(photo);
    if (!Files.isRegularFile(file)) {
      throw new ProblemException(
          404,
          "photo-file-missing",
          "Not found",
          "The image of photo "
              + photo.id()
              + " is missing from the data directory's photos/; restore it from a backup.");
    }
    return file;
  }

  public Path thumbnail(String sha256, int size) {
    return root().resolve("thumbnails").resolve(Integer.toString(size)).resolve(sha256 + ".jpg");
  }

  /** Writes the image and its thumbnails unless the same image is kept already. */
  public void keep(PhotoIntake.Prepared image) throws IOException {
    Path target = image(image.sha256(), image.kind());
    if (!Files.exists(target)) writeAtomically(target, image.bytes());
    for (var thumbnail : image.thumbnails().entrySet()) {
      Path file = thumbnail(image.sha256(), thumbnail.getKey());
      if (!Files.exists(file)) writeAtomically(file, thumbnail.getValue());
    }
  }

  /** A thumbnail's bytes and their SHA-256 (its strong tag). */
  public record Thumbnail(byte[] bytes, String sha256) {}

  /** The kept thumbnail, made first when missing (small: read whole). */
  public Thumbnail thumbnailOf(Photo photo, int size) throws IOException {
    Path target = thumbnail(photo.sha256(), size);
    if (!Files.exists(target)) {
      writeAtomically(target, ThumbnailMaker.make(imageOf(photo), photo.kind(), size));
    }
    byte[] bytes = Files.readAllBytes(target);
    return new Thumbnail(bytes, PhotoIntake.sha256(bytes));
  }

  /** Moves the image aside (its thumbnails are deleted); the place it went, or null if none. */
  public Path retire(String sha256, ImageKind kind) throws IOException {
    for (int size : Thumbnails.SIZES) Files.deleteIfExists(thumbnail(sha256, size));
    Path image = image(sha256, kind);
    if (!Files.exists(image)) return null;
    Path trash = root().resolve(".trash").resolve(sha256 + "-" + UUID.randomUUID());
    Files.createDirectories(trash.getParent());
    Files.move(image, trash, StandardCopyOption.ATOMIC_MOVE);
    return trash;
  }

  /** After the transaction that retired {@code trash}: gone for good, or back when rolled back. */
  public void settle(Path trash, String sha256, ImageKind kind, boolean committed)
      throws IOException {
    Path image = image(sha256, kind);
    if (committed || Files.exists(image)) Files.deleteIfExists(trash);
    else Files.move(trash, image, StandardCopyOption.ATOMIC_MOVE);
  }

  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), ".tmp-", ".part");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
