package app.resell.security.boundary;

import app.resell.problems.control.Problems;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most {@code resell.http.max-in-flight} API requests are worked on at once; the next wait up to
 * {@code resell.http.queue-millis} for a turn and are then answered 503 "busy" with Retry-After.
 * Without it, 64 clients took every pooled database connection, requests waited out the pool's 5 s
 * and were told the database was unreachable (41% of answers in the probe). The limit sits below
 * the connection pool (ResellApplication), which keeps connections for the batch jobs, schedulers
 * and webhooks; the HTTP thread pool (payara/post-boot-commands.asadmin) is larger than both, so
 * waiting requests and health checks still get a thread. Health is never queued.
 */
public class AdmissionFilter extends HttpFilter {

  static final String BUSY =
      "The server is busy with other requests right now; try again in a moment.";

  @Inject
  @ConfigProperty(name = "resell.http.max-in-flight", defaultValue = "20")
  int maxInFlight;

  @Inject
  @ConfigProperty(name = "resell.http.queue-millis", defaultValue = "3000")
  long queueMillis;

  private Semaphore turns;

  @Override
  public void init() {
    turns = new Semaphore(maxInFlight, true);
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getRequestURI().endsWith("/api/v1/health")) {
      chain.doFilter(req, res);
      return;
    }
    boolean admitted;
    try {
      admitted = turns.tryAcquire(queueMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      res.setHeader("Retry-After", "2");
      ProblemAnswer.write(res, Problems.of(503, BUSY, req.getRequestURI()));
      return;
    }
    try {
      chain.doFilter(req, res);
    } finally {
      turns.release();
    }
  }
}
