package app.resell.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A 100,000-row spreadsheet goes through the batch job whole: every row once, rejects named. */
@ResellIT
class SheetImportVolumeIT {

  private static final int ROWS = 100_000;

  @Test
  void importsAHundredThousandRows(Api api, ResellServer server) throws SQLException {
    String marker = UUID.randomUUID().toString().substring(0, 6);
    StringBuilder csv = new StringBuilder("Item,Qty,Paid,Date Bought\n");
    BigDecimal expectedCost = BigDecimal.ZERO;
    List<Integer> badRows = new ArrayList<>();
    for (int i = 1; i <= ROWS; i++) {
      int sheetRow = i + 1;
      BigDecimal cost = BigDecimal.valueOf(100 + i % 9_000, 2);
      if (i % 10_000 == 0) {
        csv.append(",1,").append(cost).append(",2025-03-04\n");
        badRows.add(sheetRow);
        continue;
      }
      csv.append("Lamp ")
          .append(i)
          .append(' ')
          .append(marker)
          .append(",1,")
          .append(cost)
          .append(",2025-03-04\n");
      expectedCost = expectedCost.add(cost);
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).as("fits the test server's body cap").isLessThan(4_500_000);

    String jobId =
        api.as("staff")
            .contentType("multipart/form-data")
            .multiPart("file", "hundred-thousand.csv", bytes, "text/csv")
            .post("/api/v1/import/csv")
            .then()
            .statusCode(202)
            .extract()
            .path("job_id");
    JsonPath status = Imports.awaitFinished(api, jobId, Duration.ofMinutes(8));

    assertThat(status.getString("status")).isEqualTo("completed");
    assertThat(status.getInt("progress")).isEqualTo(100);
    assertThat(status.getInt("result.imported")).isEqualTo(ROWS - badRows.size());
    assertThat(status.getInt("result.rejected")).isEqualTo(badRows.size());
    assertThat(status.getList("result.rejected_lines.line", Integer.class))
        .containsExactlyElementsOf(badRows);
    try (Connection c = server.database().connect();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT count(*), count(DISTINCT source_line), sum(bid_amount),"
                    + " min(source_line), max(source_line)"
                    + " FROM inventory WHERE import_job_id = CAST(? AS uuid)")) {
      st.setString(1, jobId);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(ROWS - badRows.size());
        assertThat(rs.getInt(2)).as("every row once").isEqualTo(ROWS - badRows.size());
        assertThat(rs.getBigDecimal(3)).isEqualByComparingTo(expectedCost);
        assertThat(rs.getInt(4)).isEqualTo(2);
        assertThat(rs.getInt(5)).isEqualTo(ROWS);
      }
    }
  }
}
