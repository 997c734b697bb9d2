package app.resell.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's HAProxy in front of several Resell servers, as docs/OPERATIONS.md deploys a cluster:
 * round robin, health checks on {@code /health/ready} every second, and safe requests retried on
 * another server when the chosen one refuses or drops the connection. {@link #start} answers null
 * when HAProxy is not installed ({@code .ci/run} installs it).
 */
public final class LoadBalancer implements AutoCloseable {

  static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

  private final Process process;
  private final int port;

  private LoadBalancer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static boolean installed() {
    return Files.isExecutable(HAPROXY);
  }

  public static LoadBalancer start(Path workDir, List<ResellServer> servers) {
    if (!installed()) return null;
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder config =
        new StringBuilder(
            """
            global
              maxconn 512
            defaults
              mode http
              timeout connect 2s
              timeout client 60s
              timeout server 60s
              retries 3
              option redispatch 1
              retry-on all-retryable-errors
              option forwardfor
            frontend resell
              bind 127.0.0.1:%d
              default_backend servers
            backend servers
              balance roundrobin
              option httpchk GET /health/ready
              default-server inter 1s fall 2 rise 2
            """
                .formatted(port));
    int n = 0;
    for (ResellServer s : servers) {
      config.append("  server s").append(n++).append(" 127.0.0.1:").append(s.port());
      config.append(" check\n");
    }
    try {
      Files.createDirectories(workDir);
      Path file = workDir.resolve("haproxy.cfg");
      Files.writeString(file, config);
      Process p =
          new ProcessBuilder(HAPROXY.toString(), "-db", "-f", file.toString())
              .redirectErrorStream(true)
              .redirectOutput(workDir.resolve("haproxy.log").toFile())
              .start();
      return new LoadBalancer(p, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    process.destroy();
  }
}
