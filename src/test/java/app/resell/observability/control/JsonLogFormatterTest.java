package app.resell.observability.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsonLogFormatterTest {

  private final JsonLogFormatter formatter = new JsonLogFormatter();

  @AfterEach
  void leaveNoRequest() {
    RequestContext.clear();
  }

  @Test
  void writesOneJsonObjectWithTheRequestAndTheUser() {
    RequestContext.set("req-1", "ann@example.com");
    JsonObject line = parse(formatter.format(record("GET /api/v1/items 200")));
    assertThat(line.getString("level")).isEqualTo("INFO");
    assertThat(line.getString("logger")).isEqualTo("app.resell.test");
    assertThat(line.getString("message")).isEqualTo("GET /api/v1/items 200");
    assertThat(line.getString("request_id")).isEqualTo("req-1");
    assertThat(line.getString("user")).isEqualTo("ann@example.com");
    assertThat(line.getString("timestamp")).endsWith("Z");
  }

  @Test
  void namesTheTraceOfTheCurrentSpanNextToTheRequest() {
    RequestContext.set("req-2", null);
    String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    String spanId = "00f067aa0ba902b7";
    Span span =
        Span.wrap(
            SpanContext.create(traceId, spanId, TraceFlags.getSampled(), TraceState.getDefault()));
    JsonObject line;
    try (Scope scope = span.makeCurrent()) {
      line = parse(formatter.format(record("traced")));
    }
    assertThat(line.getString("request_id")).isEqualTo("req-2");
    assertThat(line.getString("trace_id")).isEqualTo(traceId);
    assertThat(line.getString("span_id")).isEqualTo(spanId);
    assertThat(parse(formatter.format(record("untraced"))).containsKey("trace_id")).isFalse();
  }

  @Test
  void controlCharactersAndLineSeparatorsNeverBreakTheLine() {
    String typed = "lamp\r\n{\"level\":\"SEVERE\"}\u0000\u001b[31m\u0085\u2028\u2029\t\"\\";
    String text = formatter.format(record(typed));
    String body = text.substring(0, text.length() - System.lineSeparator().length());
    assertThat(body).doesNotContain("\r", "\n", "\u0000", "\u001b", "\u0085", "\u2028", "\u2029");
    assertThat(parse(text).getString("message")).isEqualTo(typed);
  }

  @Test
  void leavesOutTheRequestOutsideOfOne() {
    JsonObject line = parse(formatter.format(record("started")));
    assertThat(line.containsKey("request_id")).isFalse();
    assertThat(line.containsKey("user")).isFalse();
  }

  private static LogRecord record(String message) {
    LogRecord record = new LogRecord(Level.INFO, message);
    record.setLoggerName("app.resell.test");
    return record;
  }

  private static JsonObject parse(String line) {
    return Json.createReader(new StringReader(line)).readObject();
  }
}
