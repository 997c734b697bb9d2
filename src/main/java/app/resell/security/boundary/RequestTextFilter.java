package app.resell.security.boundary;

import app.resell.problems.control.Problem;
import app.resell.problems.control.Problems;
import app.resell.security.control.RequestText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Refuses NUL characters and bytes that are not UTF-8 in the API's paths, query strings and JSON
 * bodies with a 400 problem, before any of it reaches a parser or the database (see {@link
 * RequestText}). The path and query are checked here; a JSON body is checked while it is read, and
 * the reader's failure is answered by the exception mappers. Uploads (multipart) are the imports'
 * business: they check their files themselves. Mapped to {@code /api/*} in web.xml.
 */
public class RequestTextFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Problem refused = refusal(req);
    if (refused != null) {
      ProblemAnswer.write(res, refused);
      return;
    }
    String type = req.getContentType();
    boolean json = type != null && type.toLowerCase().contains("json");
    chain.doFilter(json ? new Scanned(req) : req, res);
  }

  private static Problem refusal(HttpServletRequest req) {
    String path = req.getRequestURI();
    String inPath = RequestText.problemInEncoded(path);
    if (inPath != null) return Problems.of(400, "The address " + inPath + ".", path);
    String query = req.getQueryString();
    if (query == null) return null;
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String problem = RequestText.problemInEncoded(pair);
      if (problem != null) {
        String field = RequestText.problemInEncoded(key) == null ? decoded(key) : "query";
        return Problems.validation(List.of(new Problem.FieldError(field, problem)), path);
      }
    }
    return null;
  }

  private static String decoded(String key) {
    try {
      return URLDecoder.decode(key, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return key;
    }
  }

  /** A request whose JSON body fails to read at its first NUL or malformed byte. */
  private static final class Scanned extends HttpServletRequestWrapper {
    private ServletInputStream scanned;

    Scanned(HttpServletRequest req) {
      super(req);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (scanned == null) scanned = new ScanningStream(super.getInputStream());
      return scanned;
    }
  }

  private static final class ScanningStream extends WatchedInputStream {
    private final RequestText text = RequestText.json();

    ScanningStream(ServletInputStream in) {
      super(in);
    }

    @Override
    protected void seen(byte[] b, int off, int n) throws IOException {
      text.feed(b, off, n);
    }

    @Override
    protected void ended() throws IOException {
      text.end();
    }
  }
}
