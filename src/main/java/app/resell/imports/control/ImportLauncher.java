package app.resell.imports.control;

import app.resell.imports.control.vetting.UploadVetting;
import app.resell.imports.entity.ImportJob;
import app.resell.imports.entity.ImportKind;
import app.resell.problems.control.ProblemException;
import app.resell.security.control.ImportSlots;
import app.resell.setup.control.JsonMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Takes an upload from the wire to a running import job: stores it, vets it by content, refuses a
 * file imported before, registers the job and starts it under the user's cap on running imports. An
 * upload that does not become a job (refused, previewed, a duplicate, over the cap) is deleted
 * here, in {@link #discard}, and nowhere else.
 */
@ApplicationScoped
public class ImportLauncher {

  @Inject UploadStore uploads;
  @Inject UploadVetting vetting;
  @Inject ImportJobs jobs;
  @Inject ImportSlots slots;

  /** An upload stored and vetted, waiting for its job (or its preview). */
  public record Upload(UUID id, ImportKind kind, UploadStore.Stored stored) {}

  /** A job started from an upload. */
  public record Started(UUID jobId, long executionId, Upload upload) {}

  /** What a dry run answers, computed from the stored file. */
  public interface Preview<T> {
    T of(UploadStore.Stored stored) throws IOException;
  }

  /** Stores and vets one upload of a known kind; refused uploads are deleted. */
  public Upload receive(EntityPart part, ImportKind kind) throws IOException {
    UUID id = UUID.randomUUID();
    Upload upload = new Upload(id, kind, uploads.store(part, id));
    try {
      vetting.check(kind, upload.stored().path());
      return upload;
    } catch (RuntimeException e) {
      discard(List.of(upload));
      throw e;
    }
  }

  /**
   * Stores and vets several uploads, all or none: a refused one deletes them all. A {@code null}
   * kind is told from each file's content ({@link #sniff}).
   */
  public List<Upload> receiveAll(List<EntityPart> parts, ImportKind kind) throws IOException {
    List<Upload> received = new ArrayList<>();
    try {
      for (EntityPart part : parts) {
        UUID id = UUID.randomUUID();
        UploadStore.Stored stored = uploads.store(part, id);
        Upload upload = new Upload(id, kind != null ? kind : sniff(stored), stored);
        received.add(upload);
        vetting.check(upload.kind(), stored.path());
      }
      return received;
    } catch (RuntimeException | IOException e) {
      discard(received);
      throw e;
    }
  }

  /** A dry run: what the upload would import; the file is deleted afterwards. */
  public <T> T preview(Upload upload, Preview<T> preview) throws IOException {
    try {
      return preview.of(upload.stored());
    } finally {
      discard(List.of(upload));
    }
  }

  /**
   * Starts one job per upload, all or none: a duplicate (unless {@code force}) or a user over the
   * cap deletes every upload and starts nothing.
   */
  public List<Started> launch(
      List<Upload> received,
      boolean force,
      UUID author,
      Function<Upload, Map<String, String>> parameters) {
    ImportSlots.Held held;
    try {
      if (!force) refuseDuplicates(received);
      held = slots.reserve(author, 1);
    } catch (RuntimeException e) {
      discard(received);
      throw e;
    }
    try (held) {
      List<Started> started = new ArrayList<>();
      for (Upload upload : received) {
        started.add(start(upload, author, parameters.apply(upload)));
      }
      return started;
    }
  }

  /** Deletes stored uploads that will not become jobs. */
  public void discard(List<Upload> received) {
    for (Upload upload : received) {
      try {
        Files.deleteIfExists(upload.stored().path());
      } catch (IOException e) {
        throw new UncheckedIOException("could not delete the upload " + upload.id(), e);
      }
    }
  }

  /**
   * 409 naming the earlier job when a file was imported before, or twice in one request; deletes
   * the uploads of the request then, so nothing of it is kept.
   */
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

  private void refuseDuplicates(List<Upload> received) {
    Map<String, String> seen = new LinkedHashMap<>();
    for (Upload p : received) {
      String key = p.kind() + p.stored().sha256();
      String name = p.stored().fileName();
      if (seen.containsKey(key)) {
        throw ProblemException.conflict(
            "The file " + name + " is in this upload twice; leave one of them out.",
            "job_id",
            seen.get(key));
      }
      var earlier = jobs.earlierImportOf(p.stored().sha256(), p.kind());
      if (earlier.isPresent()) {
        throw ProblemException.conflict(
            "You imported the file "
                + name
                + " before, on "
                + DAY.format(earlier.get().createdAt())
                + ". Import it again only if you mean to add its lines a second time.",
            "job_id",
            earlier.get().id().toString());
      }
      seen.put(key, p.id().toString());
    }
  }

  /** Registers the job and starts it; a job that fails to start is recorded as failed. */
  private Started start(Upload upload, UUID authorId, Map<String, String> parameters) {
    UploadStore.Stored stored = upload.stored();
    String batchId = parameters.get("batchId");
    ImportJob job =
        new ImportJob(
            upload.id(),
            upload.kind(),
            stored.fileName(),
            stored.sha256(),
            stored.path().toString(),
            stored.size(),
            JsonMapping.json()
                .createObjectBuilder(new LinkedHashMap<String, Object>(parameters))
                .build()
                .toString(),
            batchId == null ? null : UUID.fromString(batchId),
            authorId);
    jobs.register(job);
    try {
      Map<String, String> all = new LinkedHashMap<>(parameters);
      all.put("createdBy", authorId == null ? "" : authorId.toString());
      return new Started(upload.id(), jobs.launch(job, all), upload);
    } catch (RuntimeException e) {
      jobs.markFailedToStart(upload.id(), e.getMessage());
      throw e;
    }
  }

  /** PDF by its {@code %PDF} signature, Excel by the zip or OLE2 container, anything else CSV. */
  static ImportKind sniff(UploadStore.Stored stored) throws IOException {
    byte[] head = new byte[8];
    int n;
    try (var in = Files.newInputStream(stored.path())) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
      return ImportKind.PDF;
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return ImportKind.EXCEL;
    }
    if (n >= 8
        && (head[0] & 0xff) == 0xD0
        && (head[1] & 0xff) == 0xCF
        && (head[2] & 0xff) == 0x11
        && (head[3] & 0xff) == 0xE0) {
      return ImportKind.EXCEL;
    }
    return ImportKind.CSV;
  }
}
