package app.resell.auth.control;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads the ids of refresh tokens past their retention, oldest first. The list is taken once when
 * the step opens; the checkpoint is the position in it, so a restart resumes where the last
 * committed chunk ended.
 */
@Dependent
@Named
public class StaleRefreshTokenReader extends AbstractItemReader {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Inject @BatchProperty String retentionDays;

  private List<UUID> ids = List.of();
  private int position;

  @Override
  public void open(Serializable checkpoint) throws SQLException {
    int days =
        retentionDays == null || retentionDays.isBlank() ? 7 : Integer.parseInt(retentionDays);
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT id FROM refresh_tokens WHERE coalesce(revoked_at, expires_at)"
                    + " < now() - make_interval(days => ?) ORDER BY issued_at, id")) {
      st.setInt(1, days);
      List<UUID> found = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) found.add(rs.getObject(1, UUID.class));
      }
      ids = found;
    }
    position = checkpoint == null ? 0 : (Integer) checkpoint;
  }

  @Override
  public Object readItem() {
    return position < ids.size() ? ids.get(position++) : null;
  }

  @Override
  public Serializable checkpointInfo() {
    return position;
  }
}
