package app.resell.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Crafts hostile uploads byte by byte, streaming the big ones to disk: xlsx containers
 * (hand-written parts, so nothing normalises them) and raw PDFs with computed cross-reference
 * tables.
 */
final class HostileFiles {

  private HostileFiles() {}

  /** Writes one zip entry's content. */
  interface Content {
    void write(OutputStream out) throws IOException;
  }

  static Content text(String s) {
    return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code count} bytes of one value, written a megabyte at a time. */
  static Content repeated(String before, byte value, long count, String after) {
    return out -> {
      out.write(before.getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1024 * 1024];
      Arrays.fill(block, value);
      for (long left = count; left > 0; left -= block.length) {
        out.write(block, 0, (int) Math.min(block.length, left));
      }
      out.write(after.getBytes(StandardCharsets.UTF_8));
    };
  }

  /** The parts of a one-sheet workbook; the sheet and shared strings are the caller's. */
  static Map<String, Content> workbook(Content sheet, Content sharedStrings) {
    Map<String, Content> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        text(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\""
                + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>"));
    parts.put(
        "_rels/.rels",
        text(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"));
    parts.put(
        "xl/workbook.xml",
        text(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Inventory\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                + "</workbook>"));
    parts.put(
        "xl/_rels/workbook.xml.rels",
        text(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>"));
    parts.put("xl/worksheets/sheet1.xml", sheet);
    parts.put("xl/sharedStrings.xml", sharedStrings);
    return parts;
  }

  static final String SHEET_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
          + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
  static final String SHEET_END = "</sheetData></worksheet>";

  /** Two shared strings: the header "Item" and an item name. */
  static Content twoStrings() {
    return text(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\""
            + " uniqueCount=\"2\"><si><t>Item</t></si><si><t>Brass lamp</t></si></sst>");
  }

  /**
   * A header row and {@code rows - 1} rows naming an item, numbered (cells may leave out their
   * reference).
   */
  static Content rows(long rows) {
    return out -> {
      out.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
      out.write(
          "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>".getBytes(StandardCharsets.UTF_8));
      for (long i = 2; i <= rows; i++) {
        out.write(
            ("<row r=\"" + i + "\"><c t=\"s\"><v>1</v></c></row>")
                .getBytes(StandardCharsets.UTF_8));
      }
      out.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
    };
  }

  static Path zip(Path target, Map<String, Content> parts) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      for (var part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        part.getValue().write(zip);
        zip.closeEntry();
      }
    }
    return target;
  }

  /**
   * A workbook with the sheet twice under one name: written under a stand-in name of the same
   * length, then renamed in place (a zip's checksums do not cover names; Java's writer refuses
   * duplicates).
   */
  static Path duplicateSheet(Path target) throws IOException {
    Map<String, Content> parts = workbook(rows(2), twoStrings());
    parts.put("xl/worksheets/sheetX.xml", rows(3));
    zip(target, parts);
    byte[] bytes = Files.readAllBytes(target);
    byte[] from = "xl/worksheets/sheetX.xml".getBytes(StandardCharsets.US_ASCII);
    byte[] to = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + from.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
        System.arraycopy(to, 0, bytes, i, to.length);
      }
    }
    Files.write(target, bytes);
    return target;
  }

  /** A raw PDF of the given objects (numbered from 1) with a correct xref table. */
  static Path pdf(Path target, List<Content> objects) throws IOException {
    try (var out = new CountingOutput(Files.newOutputStream(target))) {
      out.write("%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
      List<Long> offsets = new ArrayList<>();
      for (int i = 0; i < objects.size(); i++) {
        offsets.add(out.count);
        out.write(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
        objects.get(i).write(out);
        out.write("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
      }
      long xref = out.count;
      StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n");
      table.append("0000000000 65535 f \n");
      for (long offset : offsets) table.append(String.format("%010d 00000 n \n", offset));
      table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\n");
      table.append("startxref\n").append(xref).append("\n%%EOF\n");
      out.write(table.toString().getBytes(StandardCharsets.US_ASCII));
    }
    return target;
  }

  /** A Flate stream object whose data inflates to {@code inflated} bytes of spaces. */
  static Content flateBomb(Path scratch, long inflated) throws IOException {
    try (var out =
        new DeflaterOutputStream(
            Files.newOutputStream(scratch), new Deflater(Deflater.BEST_COMPRESSION), 65536)) {
      repeated("BT ET", (byte) ' ', inflated, "").write(out);
    }
    long length = Files.size(scratch);
    return out -> {
      out.write(
          ("<< /Length " + length + " /Filter /FlateDecode >>\nstream\n")
              .getBytes(StandardCharsets.US_ASCII));
      Files.copy(scratch, out);
      out.write("\nendstream".getBytes(StandardCharsets.US_ASCII));
    };
  }

  private static final class CountingOutput extends java.io.FilterOutputStream {
    long count;

    CountingOutput(OutputStream out) {
      super(new java.io.BufferedOutputStream(out, 65536));
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
