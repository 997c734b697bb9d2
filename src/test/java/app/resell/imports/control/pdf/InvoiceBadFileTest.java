package app.resell.imports.control.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not a readable invoice are refused with a code and nothing partial. */
class InvoiceBadFileTest {

  private static final Path GOOD =
      InvoicePdfParserTest.CORPUS.resolve("harborview-perline-chromium.pdf");

  @TempDir Path dir;

  private final InvoicePdfParser parser = new InvoicePdfParser();

  @Test
  void refusesPasswordProtectedPdf() throws Exception {
    Path pdf = dir.resolve("locked.pdf");
    try (PDDocument doc = invoiceLikeDocument()) {
      doc.protect(
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
      doc.save(pdf.toFile());
    }
    assertRefused(pdf, "encrypted", "password");
  }

  @Test
  void readsPdfThatOnlyRestrictsPermissions() throws Exception {
    Path pdf = dir.resolve("owner-only.pdf");
    try (PDDocument doc = invoiceLikeDocument()) {
      AccessPermission permissions = new AccessPermission();
      permissions.setCanModify(false);
      doc.protect(new StandardProtectionPolicy("owner-secret", "", permissions));
      doc.save(pdf.toFile());
    }
    ParsedInvoice invoice = parser.parse(pdf);
    assertThat(invoice.items()).extracting(InvoiceItem::lotNumber).containsExactly("12");
  }

  @Test
  void refusesScannedPdfWithoutTextLayer() throws Exception {
    Path pdf = dir.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = scan.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 200, 100);
      g.setColor(Color.BLACK);
      g.drawString("Lot 12 Roseville vase 85.00", 10, 50);
      g.dispose();
      PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(image, 50, 500, 400, 200);
      }
      doc.save(pdf.toFile());
    }
    assertRefused(pdf, "no_text", "no text");
  }

  @Test
  void refusesTruncatedDownload() throws Exception {
    byte[] bytes = Files.readAllBytes(GOOD);
    Path pdf = dir.resolve("half.pdf");
    Files.write(pdf, Arrays.copyOf(bytes, bytes.length / 2));
    assertRefused(pdf, "corrupt", "incomplete");
  }

  @Test
  void refusesPdfWhoseBodyIsGarbage() throws Exception {
    Path pdf = dir.resolve("garbage.pdf");
    Files.writeString(pdf, "%PDF-1.7\nthis is not really a pdf at all\n%%EOF\n");
    assertRefused(pdf, "corrupt", "damaged");
  }

  @Test
  void refusesImageRenamedToPdf() throws Exception {
    Path pdf = dir.resolve("photo.pdf");
    ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", pdf.toFile());
    assertRefused(pdf, "not_pdf", "not a PDF");
  }

  @Test
  void refusesTextFileRenamedToPdf() throws Exception {
    Path pdf = dir.resolve("notes.pdf");
    Files.writeString(pdf, "Lot 12, Roseville vase, 85.00\n");
    assertRefused(pdf, "not_pdf", "not a PDF");
  }

  @Test
  void refusesEmptyFile() throws Exception {
    Path pdf = dir.resolve("empty.pdf");
    Files.write(pdf, new byte[0]);
    assertRefused(pdf, "not_pdf", "not a PDF");
  }

  @Test
  void refusesMoreThanFiveHundredPages() throws Exception {
    Path pdf = dir.resolve("huge.pdf");
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < 501; i++) doc.addPage(new PDPage());
      doc.save(pdf.toFile());
    }
    assertRefused(pdf, "too_many_pages", "501 pages");
  }

  @Test
  void readsExactlyFiveHundredPages() throws Exception {
    Path pdf = dir.resolve("limit.pdf");
    try (PDDocument doc = invoiceLikeDocument()) {
      for (int i = 1; i < 500; i++) doc.addPage(new PDPage());
      doc.save(pdf.toFile());
    }
    assertThat(parser.parse(pdf).pageCount()).isEqualTo(500);
  }

  private void assertRefused(Path pdf, String code, String messagePart) {
    InvoiceReadException e =
        catchThrowableOfType(InvoiceReadException.class, () -> parser.parse(pdf));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.getMessage()).containsIgnoringCase(messagePart);
  }

  /** A one-lot invoice, to show that what is refused is the file, not the content. */
  private static PDDocument invoiceLikeDocument() throws IOException {
    Path tmp = Files.createTempFile("invoice", ".pdf");
    try {
      LayoutPdfWriter.write(
          List.of(
              List.of(
                  LayoutPdfWriter.Text.left(50, 50, "Test Auction House"),
                  LayoutPdfWriter.Text.left(50, 80, "Lot 12  Roseville vase"),
                  LayoutPdfWriter.Text.right(500, 80, "85.00"),
                  LayoutPdfWriter.Text.left(50, 100, "Total"),
                  LayoutPdfWriter.Text.right(500, 100, "85.00"))),
          tmp);
      return org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(tmp));
    } finally {
      Files.delete(tmp);
    }
  }
}
