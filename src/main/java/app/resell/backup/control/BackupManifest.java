package app.resell.backup.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what a backup holds and the figures a restore must reproduce. Every entry
 * of the archive is listed with its size and SHA-256, so one flipped byte anywhere is found before
 * the database is touched. Written with Jackson (bundled with Flyway) because {@code bin/resell
 * backup} runs outside the server, where no JSON-P implementation exists.
 */
public record BackupManifest(
    String resellVersion,
    String schemaVersion,
    Instant createdAt,
    String serverVersion,
    String dataDir,
    BooksCensus census,
    List<Entry> entries,
    List<String> missingFiles) {

  public static final String FORMAT = "resell-backup/1";
  public static final String NAME = "manifest.json";
  public static final String DUMP = "database.dump";
  public static final String FILES = "files/";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One archive entry: its name, size and SHA-256 (hex). */
  public record Entry(String path, long bytes, String sha256) {}

  public BackupManifest {
    entries = List.copyOf(entries);
    missingFiles = List.copyOf(missingFiles);
  }

  public byte[] toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("resell_version", resellVersion);
    root.put("schema_version", schemaVersion);
    root.put("created_at", createdAt.toString());
    root.put("postgresql_version", serverVersion);
    root.put("data_dir", dataDir);
    ObjectNode tables = root.putObject("tables");
    census.rows().forEach(tables::put);
    ObjectNode money = root.putObject("money");
    census.money().forEach((k, v) -> money.put(k, v.toPlainString()));
    ArrayNode files = root.putArray("entries");
    for (Entry e : entries) {
      files.addObject().put("path", e.path()).put("bytes", e.bytes()).put("sha256", e.sha256());
    }
    ArrayNode missing = root.putArray("missing_files");
    missingFiles.forEach(missing::add);
    try {
      return JSON.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static BackupManifest fromJson(byte[] json) {
    try {
      JsonNode root = JSON.readTree(json);
      if (root == null || !FORMAT.equals(root.path("format").asText())) {
        throw new BackupException(
            "This is not a Resell backup (its manifest does not say " + FORMAT + ").");
      }
      Map<String, Long> rows = new LinkedHashMap<>();
      root.path("tables")
          .fields()
          .forEachRemaining(f -> rows.put(f.getKey(), f.getValue().asLong()));
      Map<String, BigDecimal> money = new LinkedHashMap<>();
      root.path("money")
          .fields()
          .forEachRemaining(f -> money.put(f.getKey(), new BigDecimal(f.getValue().asText())));
      List<Entry> entries = new ArrayList<>();
      for (JsonNode e : root.path("entries")) {
        entries.add(
            new Entry(
                e.path("path").asText(), e.path("bytes").asLong(), e.path("sha256").asText()));
      }
      List<String> missing = new ArrayList<>();
      root.path("missing_files").forEach(n -> missing.add(n.asText()));
      return new BackupManifest(
          root.path("resell_version").asText(),
          root.path("schema_version").asText(),
          Instant.parse(root.path("created_at").asText()),
          root.path("postgresql_version").asText(),
          root.path("data_dir").asText(),
          new BooksCensus(rows, money),
          entries,
          missing);
    } catch (IOException | RuntimeException e) {
      if (e instanceof BackupException b) throw b;
      throw new BackupException("The backup's manifest cannot be read: " + e.getMessage(), e);
    }
  }
}
