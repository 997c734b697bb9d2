package app.resell.security.boundary;

import app.resell.problems.control.Problem;
import app.resell.problems.control.Problems;
import app.resell.problems.control.RequestBodyTooLarge;
import app.resell.setup.control.JsonMapping;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is over the cap with 413 as a problem detail, before a byte
 * of it is read. A body that does not declare its length (chunked) is counted while it is read and
 * cut off at the cap with {@link RequestBodyTooLarge}, which the exception mappers answer as 413:
 * the multipart parser would otherwise buffer it whole to disk before the application sees it. The
 * HTTP listener's cap is off (payara/post-boot-commands.asadmin): it answered declared bodies over
 * it with an HTML page, before this filter could answer a problem.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class BodySizeLimitFilter extends HttpFilter {

  @Inject
  @ConfigProperty(name = "resell.http.max-body-bytes", defaultValue = "105906176")
  long maxBodyBytes;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getContentLengthLong() > maxBodyBytes) {
      Problem problem =
          Problems.of(
              413,
              "The request body is "
                  + req.getContentLengthLong()
                  + " bytes; the most this server accepts is "
                  + maxBodyBytes
                  + " bytes.",
              req.getRequestURI());
      res.setStatus(413);
      res.setHeader("Connection", "close");
      res.setContentType(Problem.MEDIA_TYPE);
      res.setCharacterEncoding("UTF-8");
      res.getWriter().write(JsonMapping.jsonb().toJson(problem));
      return;
    }
    chain.doFilter(req.getContentLengthLong() < 0 ? new Counted(req, res, maxBodyBytes) : req, res);
  }

  /** A request whose body stream fails once more than the cap has been read. */
  private static final class Counted extends HttpServletRequestWrapper {
    private final HttpServletResponse res;
    private final long max;
    private ServletInputStream counted;

    Counted(HttpServletRequest req, HttpServletResponse res, long max) {
      super(req);
      this.res = res;
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (counted == null) counted = new CountingStream(super.getInputStream());
      return counted;
    }

    private final class CountingStream extends WatchedInputStream {
      private long read;

      CountingStream(ServletInputStream in) {
        super(in);
      }

      @Override
      protected void seen(byte[] b, int off, int n) throws IOException {
        read += n;
        if (read > max) {
          if (!res.isCommitted()) res.setHeader("Connection", "close");
          throw new RequestBodyTooLarge(max);
        }
      }
    }
  }
}
