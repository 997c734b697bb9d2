package app.resell.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.response.Response;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A server that is busy says so: on a server that works on one API request at a time and lets the
 * next wait 300 ms ({@link LimitedServer}), a request that finds the turn taken is answered 503
 * "busy" with Retry-After (not "the database is not reachable"), health is still answered, and once
 * the turn is free requests go through again. The turn is held by a request whose body is still
 * coming.
 */
@ResellIT(profile = LimitedServer.class)
class BusyServerIT {

  @Test
  void aRequestThatFindsNoTurnIsToldTheServerIsBusy(Api api, ResellServer server) throws Exception {
    String token = api.token("viewer");
    String body = "{\"platform\":\"ebay\",\"sold_price\":\"25.00\"}";
    try (Socket slow = new Socket("127.0.0.1", server.port())) {
      OutputStream out = slow.getOutputStream();
      out.write(
          ("POST /api/v1/tools/fees HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length()
                  + "\r\n\r\n"
                  + body.substring(0, 10))
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(500); // the slow request has taken the one turn and waits for its body

      long started = System.nanoTime();
      Response busy = api.as("viewer").get("/api/v1/inventory?limit=1");
      long waitedMillis = (System.nanoTime() - started) / 1_000_000;
      assertThat(busy.statusCode()).isEqualTo(503);
      assertThat(busy.contentType()).startsWith("application/problem+json");
      assertThat(busy.header("Retry-After")).isEqualTo("2");
      assertThat(busy.jsonPath().getString("detail")).contains("busy");
      assertThat(waitedMillis).isBetween(250L, 5_000L);
      assertThat(api.anonymous().get("/api/v1/health").statusCode()).isEqualTo(200);

      out.write(body.substring(10).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = slow.getInputStream();
      byte[] head = new byte[12];
      assertThat(in.readNBytes(head, 0, 12)).isEqualTo(12);
      assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
    }
    api.as("viewer").get("/api/v1/inventory?limit=1").then().statusCode(200);
  }
}
