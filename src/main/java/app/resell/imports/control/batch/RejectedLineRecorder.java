package app.resell.imports.control.batch;

import app.resell.imports.control.ImportJobStore;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/**
 * Records every rejected line with its number, raw text and reason, in the chunk's transaction;
 * recording the same line again after a restart changes nothing.
 */
@Dependent
@Named
public class RejectedLineRecorder implements SkipProcessListener {

  @Inject @BatchProperty String importJobId;
  @Inject ImportJobStore store;

  @Override
  public void onSkipProcessItem(Object item, Exception e) throws Exception {
    if (e instanceof RowRejectedException rejected) {
      store.rejected(
          UUID.fromString(importJobId), rejected.line(), rejected.rawText(), rejected.getMessage());
    }
  }
}
