package app.resell.observability.control;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The current OpenTelemetry trace and span ids, for the log lines: with MicroProfile Telemetry
 * switched on ({@code OTEL_SDK_DISABLED=false}), every request has a trace that follows it across
 * instances and into the trace store; the log line names it next to {@code request_id}. Null when
 * tracing is off or nothing is traced, and when the OpenTelemetry API is not on the class path at
 * all (the backup command line runs these classes outside the server).
 */
final class TraceIds {

  private static final boolean AVAILABLE = available();

  private TraceIds() {}

  /** {trace id, span id} of the current span, or null. */
  static String[] current() {
    if (!AVAILABLE) return null;
    SpanContext context = Span.current().getSpanContext();
    return context.isValid() ? new String[] {context.getTraceId(), context.getSpanId()} : null;
  }

  private static boolean available() {
    try {
      Class.forName("io.opentelemetry.api.trace.Span", false, TraceIds.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
