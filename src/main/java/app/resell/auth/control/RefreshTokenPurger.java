package app.resell.auth.control;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import javax.sql.DataSource;

/** Deletes a chunk of refresh tokens in the chunk's transaction. Deleting twice is harmless. */
@Dependent
@Named
public class RefreshTokenPurger extends AbstractItemWriter {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Override
  public void writeItems(List<Object> items) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement("DELETE FROM refresh_tokens WHERE id = ANY (?)")) {
      Array ids = c.createArrayOf("uuid", items.toArray());
      st.setArray(1, ids);
      st.executeUpdate();
    }
  }
}
