package app.resell.backup.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Seals a finished zip archive with the SHA-256 of all its bytes, kept in the zip's own comment
 * (the last field of the file, which any unzip tool ignores). The entries' checksums in the
 * manifest catch damage inside the entries; the seal catches it anywhere else too (headers, the
 * central directory) and a file cut short, before anything is read from it.
 */
final class ArchiveSeal {

  private static final String PREFIX = "resell-backup sha256=";
  private static final int COMMENT_LENGTH = PREFIX.length() + 64;

  private ArchiveSeal() {}

  /** Appends the seal to a zip written without a comment (its last two bytes are a zero length). */
  static void seal(Path zip) throws IOException {
    try (FileChannel ch =
        FileChannel.open(zip, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long body = ch.size() - 2;
      ByteBuffer length = ByteBuffer.allocate(2);
      ch.read(length, body);
      if (length.flip().getShort() != 0) throw new IOException("the zip already has a comment");
      String comment = PREFIX + HexFormat.of().formatHex(digest(ch, body));
      ByteBuffer tail = ByteBuffer.allocate(2 + COMMENT_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
      tail.putShort((short) COMMENT_LENGTH).put(comment.getBytes(StandardCharsets.US_ASCII)).flip();
      ch.write(tail, body);
      ch.force(true);
    }
  }

  /** Refuses an archive whose bytes are not the ones sealed, or that has no seal. */
  static void check(Path zip) {
    try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
      long body = ch.size() - 2 - COMMENT_LENGTH;
      if (body < 22) throw cutShort();
      ByteBuffer tail = ByteBuffer.allocate(2 + COMMENT_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
      ch.read(tail, body);
      tail.flip();
      int length = Short.toUnsignedInt(tail.getShort());
      byte[] text = new byte[COMMENT_LENGTH];
      tail.get(text);
      String comment = new String(text, StandardCharsets.US_ASCII);
      if (length != COMMENT_LENGTH || !comment.startsWith(PREFIX)) throw cutShort();
      String actual = HexFormat.of().formatHex(digest(ch, body));
      if (!actual.equals(comment.substring(PREFIX.length()))) {
        throw new BackupException(
            "The archive is damaged: its bytes do not match the checksum it was sealed with"
                + " (a changed or corrupted file). Nothing was restored.");
      }
    } catch (IOException e) {
      throw new BackupException("The archive cannot be read: " + e.getMessage(), e);
    }
  }

  private static BackupException cutShort() {
    return new BackupException(
        "The archive is incomplete: it does not end with the seal a finished Resell backup has"
            + " (cut short while copying, or not a Resell backup). Nothing was restored.");
  }

  private static byte[] digest(FileChannel ch, long length) throws IOException {
    MessageDigest sha = Digests.sha256();
    ch.position(0);
    InputStream in = Channels.newInputStream(ch);
    byte[] buffer = new byte[1 << 16];
    long left = length;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) throw new IOException("the file ended early");
      sha.update(buffer, 0, n);
      left -= n;
    }
    return sha.digest();
  }
}
