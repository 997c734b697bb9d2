package app.resell.imports.control.batch;

import java.sql.Connection;
import java.sql.SQLException;

/** How the import writers' chunks commit. */
final class ChunkCommit {

  private ChunkCommit() {}

  /**
   * The chunk's commit does not wait for its WAL flush ({@code synchronous_commit = off} for this
   * transaction only). Safe here because the chunk's rows and its batch checkpoint commit in one
   * transaction: a crash can only lose the last few chunks whole, with their checkpoint, and the
   * restarted job reads them again; nothing is half written or written twice. A commit per chunk
   * otherwise waits for a disk flush each time, which COPY pays once per file.
   */
  static void relaxDurability(Connection c) throws SQLException {
    try (var st = c.createStatement()) {
      st.execute("SET LOCAL synchronous_commit TO off");
    }
  }
}
