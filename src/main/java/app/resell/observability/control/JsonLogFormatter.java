package app.resell.observability.control;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One JSON object per log line, with the request id and the signed-in user when the line was
 * written while serving a request, so log shippers can index and correlate without parsing prose.
 * Every control character (CR and LF above all) and the Unicode line separators are written as
 * escapes, so text a user typed can never start a forged second line. Written by hand into one
 * StringBuilder: this runs for every request's access line.
 */
public class JsonLogFormatter extends Formatter {

  @Override
  public String format(LogRecord record) {
    StringBuilder line = new StringBuilder(256);
    line.append("{\"timestamp\":\"").append(Instant.ofEpochMilli(record.getMillis())).append('"');
    field(line, "level", record.getLevel().getName());
    field(line, "logger", record.getLoggerName() == null ? "" : record.getLoggerName());
    field(line, "message", formatMessage(record));
    field(line, "thread", Thread.currentThread().getName());
    String requestId = RequestContext.currentId();
    if (requestId != null) field(line, "request_id", requestId);
    String user = RequestContext.currentUser();
    if (user != null) field(line, "user", user);
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(trace));
      field(line, "exception", trace.toString());
    }
    return line.append('}').append(System.lineSeparator()).toString();
  }

  private static void field(StringBuilder line, String name, String value) {
    line.append(",\"").append(name).append("\":\"");
    escape(line, value == null ? "" : value);
    line.append('"');
  }

  /** JSON string escaping that also escapes DEL, C1 controls and U+2028/U+2029. */
  static void escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
