package app.resell.imports.boundary;

import app.resell.imports.control.ImportLauncher;
import app.resell.imports.control.OnExisting;
import app.resell.imports.entity.ImportKind;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.JsonMapping;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The fields of an import form (the file kind, the column mapping, the flags) and the 202 answers
 * of the upload endpoints.
 */
final class ImportForm {

  private ImportForm() {}

  /** The kind asked for, or {@code null} to tell each file's kind by its content. */
  static ImportKind kind(String type) {
    if (type == null || type.isBlank()) return null;
    return switch (type.strip().toLowerCase(Locale.ROOT)) {
      case "pdf" -> ImportKind.PDF;
      case "excel", "xlsx", "xls" -> ImportKind.EXCEL;
      case "csv" -> ImportKind.CSV;
      default -> throw ProblemException.notOneOf("type", type, List.of("pdf", "excel", "csv"));
    };
  }

  static String json(Map<String, String> columns) {
    return JsonMapping.json()
        .createObjectBuilder(new LinkedHashMap<String, Object>(columns))
        .build()
        .toString();
  }

  static Map<String, String> mapping(String text) {
    Map<String, String> columns = new LinkedHashMap<>();
    if (text == null || text.isBlank()) return columns;
    try (var reader = JsonMapping.json().createReader(new StringReader(text))) {
      JsonObject object = reader.readObject();
      for (var e : object.entrySet()) {
        if (e.getValue().getValueType() != JsonValue.ValueType.STRING) {
          throw ProblemException.invalid(
              "mapping", "map each column name to a field name, as text");
        }
        columns.put(e.getKey(), ((JsonString) e.getValue()).getString());
      }
    } catch (JsonException | ClassCastException e) {
      throw ProblemException.invalid(
          "mapping", "must be a JSON object such as {\"Paid\": \"bid_amount\"}");
    }
    return columns;
  }

  static boolean flag(String name, String value) {
    if (value == null || value.isBlank()) return false;
    if (value.equalsIgnoreCase("true")) return true;
    if (value.equalsIgnoreCase("false")) return false;
    throw ProblemException.invalid(name, "must be true or false");
  }

  /** The job parameters of one file of a batch upload. */
  static Map<String, String> batchParameters(
      UUID batchId, ImportKind kind, String mappingJson, OnExisting onExisting) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("batchId", batchId.toString());
    if (kind == ImportKind.PDF) {
      parameters.put("auctionId", "");
      parameters.put("invoiceId", "");
    } else {
      parameters.put("mapping", mappingJson);
      parameters.put("onExisting", onExisting.value());
    }
    return parameters;
  }

  /** 202's body for a batch upload: its id and each file's job. */
  static Map<String, Object> batchAnswer(UUID batchId, List<ImportLauncher.Started> started) {
    List<Map<String, Object>> answers = new ArrayList<>();
    for (ImportLauncher.Started s : started) {
      Map<String, Object> job = answer(s);
      job.put("file_name", s.upload().stored().fileName());
      job.put("type", s.upload().kind().name().toLowerCase(Locale.ROOT));
      answers.add(job);
    }
    Map<String, Object> accepted = new LinkedHashMap<>();
    accepted.put("batch_id", batchId.toString());
    accepted.put("job_ids", answers.stream().map(j -> j.get("job_id")).toList());
    accepted.put("jobs", answers);
    return accepted;
  }

  /** 202's body for one job: the job, its execution and where to follow it. */
  static Map<String, Object> answer(ImportLauncher.Started started) {
    Map<String, Object> accepted = new LinkedHashMap<>();
    accepted.put("job_id", started.jobId().toString());
    accepted.put("status", "pending");
    accepted.put("execution_id", started.executionId());
    accepted.put("status_url", "/api/v1/import/status/" + started.jobId());
    return accepted;
  }
}
