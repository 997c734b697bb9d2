package app.resell.observability.control;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One JSON object per log line, with the request id, the trace id (when MicroProfile Telemetry
 * traces: {@link TraceIds}) and the signed-in user when the line was written while serving a
 * request, so log shippers can index and correlate without parsing prose. Written with JSON-P's
 * streaming generator, which escapes the C0 controls (CR and LF above all); the few characters it
 * leaves as they are but some readers take for line ends (DEL, the C1 controls, U+2028 and U+2029)
 * can only stand inside a JSON string, where they are then written as {@code \}{@code uXXXX}
 * escapes, so text a user typed can never start a forged second line.
 */
public class JsonLogFormatter extends Formatter {

  private static final JsonGeneratorFactory GENERATORS =
      JsonProvider.provider().createGeneratorFactory(Map.of());

  @Override
  public String format(LogRecord record) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator line = GENERATORS.createGenerator(out)) {
      line.writeStartObject()
          .write("timestamp", Instant.ofEpochMilli(record.getMillis()).toString())
          .write("level", record.getLevel().getName())
          .write("logger", record.getLoggerName() == null ? "" : record.getLoggerName())
          .write("message", text(formatMessage(record)))
          .write("thread", Thread.currentThread().getName());
      String requestId = RequestContext.currentId();
      if (requestId != null) line.write("request_id", requestId);
      String[] traced = TraceIds.current();
      if (traced != null) line.write("trace_id", traced[0]).write("span_id", traced[1]);
      String user = RequestContext.currentUser();
      if (user != null) line.write("user", user);
      if (record.getThrown() != null) {
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        line.write("exception", trace.toString());
      }
      line.writeEnd();
    }
    return escapeLineBreakers(out.toString()) + System.lineSeparator();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  /** DEL, C1 controls and U+2028/U+2029 as JSON escapes; the rest of the line as it is. */
  static String escapeLineBreakers(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean breaker = (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
      if (breaker && out == null) out = new StringBuilder(json.length() + 16).append(json, 0, i);
      if (out == null) continue;
      if (breaker) out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    return out == null ? json : out.toString();
  }
}
