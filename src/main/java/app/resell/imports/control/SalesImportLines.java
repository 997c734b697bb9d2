package app.resell.imports.control;

import app.resell.imports.control.sales.SaleLine;
import app.resell.listings.control.SaleCandidates;
import app.resell.setup.control.JsonMapping;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code sales_import_lines} table: what a sales import did with each line, in the caller's
 * transaction (a chunk's, so a line's outcome commits with the sale it recorded). A line waiting
 * for a match keeps the line as it was read, so confirming the match later records exactly it.
 */
@ApplicationScoped
public class SalesImportLines {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /** A stored line and what became of it. */
  public record Stored(SaleLine line, String outcome, UUID saleId) {}

  /**
   * Keeps what became of a chunk's lines ({@code outcomes} in the order of {@code lines}), in one
   * batched statement on the chunk's connection. A line kept before (a chunk written again after a
   * crash) takes its new outcome.
   */
  public void saveAll(
      Connection c, UUID jobId, List<SaleLine> lines, List<SaleLineOutcome> outcomes)
      throws SQLException {
    if (lines.isEmpty()) return;
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO sales_import_lines (job_id, line_number, outcome, order_id, title,"
                + " amount, sale_id, reason, line, candidates)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)"
                + " ON CONFLICT (job_id, line_number) DO UPDATE SET outcome = excluded.outcome,"
                + " sale_id = excluded.sale_id, reason = excluded.reason,"
                + " candidates = excluded.candidates, updated_at = now()")) {
      for (int i = 0; i < lines.size(); i++) {
        SaleLine line = lines.get(i);
        SaleLineOutcome outcome = outcomes.get(i);
        st.setObject(1, jobId);
        st.setInt(2, line.row());
        st.setString(3, outcome.outcome());
        st.setString(4, line.orderId());
        st.setString(5, line.title());
        st.setBigDecimal(6, line.itemTotal());
        st.setObject(7, outcome.saleId());
        st.setString(8, outcome.reason());
        st.setString(9, JsonMapping.jsonb().toJson(line));
        st.setString(10, JsonMapping.jsonb().toJson(outcome.candidates()));
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  /** A line after a person matched it: recorded (or found recorded before). */
  public void matched(UUID jobId, int row, SaleLineOutcome outcome) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "UPDATE sales_import_lines SET outcome = ?, sale_id = ?, reason = NULL,"
                    + " updated_at = now() WHERE job_id = ? AND line_number = ?")) {
      st.setString(1, outcome.outcome());
      st.setObject(2, outcome.saleId());
      st.setObject(3, jobId);
      st.setInt(4, row);
      st.executeUpdate();
    }
  }

  public Optional<Stored> find(UUID jobId, int row) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT line::text, outcome, sale_id FROM sales_import_lines"
                    + " WHERE job_id = ? AND line_number = ? FOR UPDATE")) {
      st.setObject(1, jobId);
      st.setInt(2, row);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        return Optional.of(
            new Stored(
                JsonMapping.jsonb().fromJson(rs.getString(1), SaleLine.class),
                rs.getString(2),
                rs.getObject(3, UUID.class)));
      }
    }
  }

  /** A line of the status report: what the reseller needs to recognise and match it. */
  public record Reported(
      int row,
      String outcome,
      String orderId,
      String title,
      java.math.BigDecimal amount,
      UUID saleId,
      String reason,
      List<WaitingCandidate> candidates) {

    Reported withCandidates(List<WaitingCandidate> shown) {
      return new Reported(row, outcome, orderId, title, amount, saleId, reason, shown);
    }
  }

  /** The job's lines with these outcomes, in file order. */
  public List<Reported> of(Connection c, UUID jobId, List<String> outcomes, int limit)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT line_number, outcome, order_id, title, amount, sale_id, reason,"
                + " candidates::text FROM sales_import_lines WHERE job_id = ?"
                + " AND outcome = ANY (?) ORDER BY line_number LIMIT ?")) {
      st.setObject(1, jobId);
      st.setArray(2, c.createArrayOf("text", outcomes.toArray()));
      st.setInt(3, limit);
      try (ResultSet rs = st.executeQuery()) {
        List<Reported> lines = new ArrayList<>();
        while (rs.next()) {
          lines.add(
              new Reported(
                  rs.getInt(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getBigDecimal(5),
                  rs.getObject(6, UUID.class),
                  rs.getString(7),
                  candidates(rs.getString(8))));
        }
        return lines;
      }
    }
  }

  private static List<WaitingCandidate> candidates(String json) {
    List<SaleCandidates.Candidate> stored =
        JsonMapping.jsonb()
            .fromJson(
                json,
                new ArrayList<SaleCandidates.Candidate>() {}.getClass().getGenericSuperclass());
    return stored.stream().map(WaitingCandidate::of).toList();
  }
}
