package app.resell.observability.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One JSON object per log line, with the request id when the line was written while serving a
 * request, so log shippers can index and correlate without parsing prose.
 */
public class JsonLogFormatter extends Formatter {

  @Override
  public String format(LogRecord record) {
    JsonObjectBuilder line =
        Json.createObjectBuilder()
            .add("timestamp", Instant.ofEpochMilli(record.getMillis()).toString())
            .add("level", record.getLevel().getName())
            .add("logger", record.getLoggerName() == null ? "" : record.getLoggerName())
            .add("message", formatMessage(record))
            .add("thread", Thread.currentThread().getName());
    String requestId = RequestContext.currentId();
    if (requestId != null) line.add("request_id", requestId);
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(trace));
      line.add("exception", trace.toString());
    }
    return line.build().toString() + System.lineSeparator();
  }
}
