package app.resell.imports.control.sheet;

import app.resell.tabular.SheetReadException;
import app.resell.tabular.TextEncodings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Tells an xlsx from a csv from anything else by the first bytes, because uploads arrive with any
 * name: an xlsx is a zip ({@code PK\3\4}); a legacy .xls is an OLE2 container; a csv is text. PDFs,
 * images and HTML pages saved as ".xls" are refused with a message saying what they are.
 */
final class FormatSniffer {

  private static final int SAMPLE = 8192;

  private FormatSniffer() {}

  static SheetFormat sniff(Path file) throws SheetReadException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SAMPLE);
    } catch (IOException e) {
      throw new SheetReadException(SheetReadException.CORRUPT, "The file cannot be read.", e);
    }
    if (head.length == 0) {
      throw new SheetReadException(SheetReadException.NOT_SPREADSHEET, "The file is empty.");
    }
    if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) return SheetFormat.XLSX;
    if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) return SheetFormat.XLS;
    if (startsWith(head, 0x25, 0x50, 0x44, 0x46)) throw notSpreadsheet("This is a PDF.");
    if (startsWith(head, 0x89, 0x50, 0x4E, 0x47)
        || startsWith(head, 0xFF, 0xD8, 0xFF)
        || startsWith(head, 0x47, 0x49, 0x46, 0x38)) {
      throw notSpreadsheet("This is an image.");
    }
    if (startsWith(head, 0x50, 0x4B))
      throw notSpreadsheet("This zip file is not an xlsx workbook.");
    if (looksLikeMarkup(head)) {
      throw notSpreadsheet("This is a web page or XML file, not an xlsx or csv spreadsheet.");
    }
    if (!looksLikeText(head)) throw notSpreadsheet("This file is not text, xlsx or csv.");
    return SheetFormat.CSV;
  }

  static SheetReadException notSpreadsheet(String why) {
    return new SheetReadException(SheetReadException.NOT_SPREADSHEET, why);
  }

  private static boolean startsWith(byte[] head, int... magic) {
    if (head.length < magic.length) return false;
    for (int i = 0; i < magic.length; i++) if ((head[i] & 0xFF) != magic[i]) return false;
    return true;
  }

  private static boolean looksLikeMarkup(byte[] head) {
    String start =
        new String(
                Arrays.copyOf(head, Math.min(head.length, 512)),
                java.nio.charset.StandardCharsets.ISO_8859_1)
            .replace("\uFEFF", "")
            .replace("ï»¿", "")
            .stripLeading()
            .toLowerCase(java.util.Locale.ROOT);
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<?xml");
  }

  /** Text, in a single-byte or UTF-8 encoding, or UTF-16 (many zero bytes in one lane). */
  private static boolean looksLikeText(byte[] head) {
    if (TextEncodings.utf16(head) != null) return true;
    int control = 0;
    for (byte b : head) {
      int c = b & 0xFF;
      if (c == 0) return false;
      if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) control++;
    }
    return control * 20 < head.length;
  }
}
