package app.resell.backup.control;

/**
 * A backup or restore that cannot go on, with a reason a person can act on ("the archive is cut
 * short", "pg_dump 13 cannot dump a PostgreSQL 15 server"). Nothing is changed when one is thrown
 * before the database is touched.
 */
public class BackupException extends RuntimeException {

  public BackupException(String message) {
    super(message);
  }

  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
