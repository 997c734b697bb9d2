package app.resell.photos.control;

import app.resell.photos.entity.Photo;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes the file of an image no photo shows any more, in step with the transaction that deleted
 * the last photo: the file is moved aside at once and removed when the transaction commits, or put
 * back when it rolls back, so a failed delete never leaves a photo without its image.
 */
@ApplicationScoped
public class FileRetirement {

  private static final Logger LOG = Logger.getLogger(FileRetirement.class.getName());

  @Inject PhotoFiles files;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  public void retire(Photo photo) throws IOException {
    Path trash = files.retire(photo.sha256(), photo.kind());
    if (trash == null) return;
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            try {
              files.settle(trash, photo.sha256(), photo.kind(), status == Status.STATUS_COMMITTED);
            } catch (IOException | RuntimeException e) {
              LOG.log(Level.WARNING, "photo file " + trash + " not settled", e);
            }
          }
        });
  }
}
