package app.resell.backup.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of what passes through a copy. */
final class Digests {

  private Digests() {}

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies {@code in} to {@code out} (which may be null); answers the bytes and their SHA-256. */
  static BackupManifest.Entry copy(String name, InputStream in, OutputStream out)
      throws IOException {
    MessageDigest sha = sha256();
    byte[] buffer = new byte[1 << 16];
    long bytes = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      sha.update(buffer, 0, n);
      if (out != null) out.write(buffer, 0, n);
      bytes += n;
    }
    return new BackupManifest.Entry(name, bytes, HexFormat.of().formatHex(sha.digest()));
  }
}
