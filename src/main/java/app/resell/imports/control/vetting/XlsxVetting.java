package app.resell.imports.control.vetting;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads an xlsx container once, inflating every entry into nothing, before POI opens it: a zip
 * bomb, a container of thousands of entries, two entries of one name (which one would POI read?), a
 * shared-strings table too big to hold in memory, or a worksheet over the row cap are refused here
 * in well under a second, instead of after the batch job has parsed its way into them.
 *
 * <p>Entries are found through the central directory, as POI finds them, and inflated from their
 * raw bytes so the ratio of inflated to compressed bytes is known at every read: a bomb is refused
 * after a megabyte or so, not after inflating a hundred times its compressed size.
 */
final class XlsxVetting {

  private static final int GRACE_BYTES = 1024 * 1024;

  private XlsxVetting() {}

  static void check(Path file, UploadLimits limits) {
    try (ZipFile zip = ZipFile.builder().setFile(file.toFile()).get()) {
      Set<String> names = new HashSet<>();
      int count = 0;
      for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
        ZipArchiveEntry entry = e.nextElement();
        if (++count > limits.maxZipEntries()) {
          throw UploadRefused.unprocessable(
              "too_many_entries",
              "The workbook holds more than "
                  + limits.maxZipEntries()
                  + " files inside; a spreadsheet never needs that many.");
        }
        if (!names.add(entry.getName().toLowerCase(Locale.ROOT))) {
          throw UploadRefused.unprocessable(
              "duplicate_entry",
              "The workbook holds two parts named '"
                  + printable(entry.getName())
                  + "'; it is damaged or crafted. Save it again from Excel.");
        }
      }
      long total = 0;
      for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
        ZipArchiveEntry entry = e.nextElement();
        if (entry.isDirectory()) continue;
        total += inflate(zip, entry, limits);
        if (total > 2 * limits.maxEntryBytes()) throw bomb();
      }
    } catch (ZipException e) {
      throw UploadRefused.unprocessable(
          "corrupt", "The workbook is damaged and cannot be opened as an xlsx file.");
    } catch (IOException e) {
      throw UploadRefused.unprocessable(
          "corrupt", "The workbook is damaged and cannot be read to its end.");
    }
  }

  /** Inflates one entry, counting bytes (and worksheet rows) against the limits; its size. */
  private static long inflate(ZipFile zip, ZipArchiveEntry entry, UploadLimits limits)
      throws IOException {
    String name = entry.getName().toLowerCase(Locale.ROOT);
    boolean sharedStrings = name.endsWith("sharedstrings.xml");
    boolean worksheet = name.startsWith("xl/worksheets/") && name.endsWith(".xml");
    long cap = sharedStrings ? limits.maxSharedStringsBytes() : limits.maxEntryBytes();
    RowCounter rows = worksheet ? new RowCounter() : null;
    Counted raw = new Counted(zip.getRawInputStream(entry));
    long inflated = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = content(entry, raw)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        inflated += n;
        if (inflated > cap) {
          throw sharedStrings
              ? UploadRefused.unprocessable(
                  "shared_strings_too_large",
                  "The workbook's table of texts inflates to more than "
                      + cap / (1024 * 1024)
                      + " MB; it would not fit in memory. Export the sheet as csv instead.")
              : bomb();
        }
        if (inflated > GRACE_BYTES && inflated > raw.count * limits.maxInflateRatio()) {
          throw bomb();
        }
        if (rows != null && rows.count(buffer, n) > limits.rowCap()) {
          throw UploadRefused.unprocessable(
              "too_many_rows",
              "A worksheet has more than "
                  + limits.maxRows()
                  + " rows, the most one import takes. Split the sheet into several files.");
        }
      }
    }
    return inflated;
  }

  /** The entry's content from its raw bytes: stored as is, or deflated (all Excel writes). */
  private static InputStream content(ZipArchiveEntry entry, Counted raw) throws IOException {
    return switch (entry.getMethod()) {
      case ZipArchiveEntry.STORED -> raw;
      case ZipArchiveEntry.DEFLATED ->
          // raw deflate wants one byte past the end of the data to finish cleanly
          new InflaterInputStream(
              new SequenceInputStream(raw, new ByteArrayInputStream(new byte[1])),
              new Inflater(true),
              64 * 1024) {
            @Override
            public void close() throws IOException {
              inf.end(); // a caller's Inflater is not ended by close()
              super.close();
            }
          };
      default ->
          throw UploadRefused.unprocessable(
              "corrupt",
              "The workbook uses a compression Excel never writes; save it again from Excel.");
    };
  }

  /** Counts the compressed bytes read so far. */
  private static final class Counted extends FilterInputStream {
    long count;

    Counted(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) count++;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) count += n;
      return n;
    }
  }

  private static RuntimeException bomb() {
    return UploadRefused.unprocessable(
        "zip_bomb", "The workbook inflates far beyond its size (a zip bomb); it is not opened.");
  }

  private static String printable(String name) {
    String clean = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "_");
    return clean.length() > 100 ? clean.substring(0, 100) + "..." : clean;
  }

  /** Counts {@code <row} start tags across buffer boundaries. */
  private static final class RowCounter {
    private static final byte[] TAG = {'<', 'r', 'o', 'w'};
    private int matched;
    private long rows;

    long count(byte[] bytes, int length) {
      for (int i = 0; i < length; i++) {
        byte b = bytes[i];
        if (matched == TAG.length) {
          if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r') rows++;
          matched = 0;
        }
        if (b == TAG[matched]) {
          matched++;
        } else {
          matched = b == TAG[0] ? 1 : 0;
        }
      }
      return rows;
    }
  }
}
