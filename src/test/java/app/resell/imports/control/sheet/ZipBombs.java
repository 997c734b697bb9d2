package app.resell.imports.control.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Crafts an xlsx whose sheet XML inflates to hundreds of megabytes of blanks. */
final class ZipBombs {

  private ZipBombs() {}

  static Path xlsxWithPaddedSheet(Path target, long paddingBytes) throws IOException {
    Path plain = Files.createTempFile(target.getParent(), "plain", ".xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var row = wb.createSheet("Inventory").createRow(0);
      row.createCell(0).setCellValue("Item");
      row.createCell(1).setCellValue("Cost");
      try (OutputStream out = Files.newOutputStream(plain)) {
        wb.write(out);
      }
    }
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.putNextEntry(new ZipEntry(e.getName()));
        byte[] content = in.readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          int cut = xml.indexOf("<sheetData>");
          out.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
          byte[] blanks = new byte[1024 * 1024];
          java.util.Arrays.fill(blanks, (byte) ' ');
          for (long written = 0; written < paddingBytes; written += blanks.length)
            out.write(blanks);
          out.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
        } else {
          out.write(content);
        }
        out.closeEntry();
      }
    }
    Files.delete(plain);
    return target;
  }
}
