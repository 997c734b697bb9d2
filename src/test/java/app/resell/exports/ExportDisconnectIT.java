package app.resell.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.resell.exports.control.ExportQuery;
import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A client that hangs up in the middle of a large export: the server's next write fails, and the
 * export's cursor, transaction and connection are given up at once, not when the query would have
 * ended.
 */
@ResellIT
class ExportDisconnectIT {

  private static final int ITEMS = 40_000;

  @Test
  void aClientThatHangsUpMidExportReleasesTheCursorAndConnection(Api api, ResellServer server)
      throws Exception {
    String word = ExportData.unique("hangup");
    server
        .database()
        .execute(
            "INSERT INTO inventory (item_name, bid_amount, notes) SELECT 'Bulk ' || ? || ' item ' || g,"
                + " 1.00, repeat('x', 400) FROM generate_series(1, ?) g",
            word,
            ITEMS);
    try {
      URI base = URI.create(server.baseUrl());
      try (Socket socket = new Socket(base.getHost(), base.getPort())) {
        OutputStream out = socket.getOutputStream();
        String request =
            "GET /api/v1/export/excel?format=csv&search="
                + word
                + " HTTP/1.1\r\nHost: "
                + base.getHost()
                + "\r\nAuthorization: Bearer "
                + api.token("viewer")
                + "\r\nConnection: close\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        byte[] first = in.readNBytes(8192);
        assertThat(new String(first, 0, 12, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
        // The client reads no more: the server blocks on a full socket with its cursor open.
        await()
            .atMost(Duration.ofSeconds(20))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> exportBackends(server) > 0);
        socket.setSoLinger(true, 0);
      }
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> exportBackends(server) == 0);
    } finally {
      server
          .database()
          .execute("DELETE FROM inventory WHERE item_name LIKE ?", "Bulk " + word + " %");
    }
  }

  /** Backends of the test database running an export or holding its transaction open. */
  private static long exportBackends(ResellServer server) {
    return (Long)
        server
            .database()
            .rows(
                "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND pid <> pg_backend_pid() AND state <> 'idle' AND query LIKE ?",
                ExportQuery.MARKER.strip() + "%")
            .get(0)
            .get("n");
  }
}
