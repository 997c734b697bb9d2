package app.resell.analytics.control;

import app.resell.analytics.entity.PlatformGross;
import app.resell.analytics.entity.TaxYear;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays the Schedule C figures out on one letter page: a title, the form lines with their numbers
 * and right-aligned amounts, and a footnote on where the figures come from. The 1099-K check, when
 * sales reports were imported for the year, follows on the next page(s). Standard 14 fonts only, so
 * the PDF needs no embedded font and its text extracts exactly.
 */
public final class TaxYearPdf {

  private static final float MARGIN = 56;

  private TaxYearPdf() {}

  public static void write(TaxYear t, OutputStream out) throws IOException {
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    DecimalFormat money =
        new DecimalFormat("#,##0.00;-#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      float width = page.getMediaBox().getWidth();
      float y = page.getMediaBox().getHeight() - MARGIN;
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        text(cs, bold, 16, MARGIN, y, "Resell - Schedule C figures for " + t.year);
        y -= 20;
        text(
            cs,
            regular,
            9,
            MARGIN,
            y,
            "Calendar year "
                + t.year
                + " (UTC). "
                + t.salesCount
                + " sales, "
                + t.itemsPurchased
                + " items purchased. Generated "
                + LocalDate.now(ZoneOffset.UTC)
                + ".");
        y -= 28;
        text(cs, bold, 10, MARGIN, y, "Line");
        text(cs, bold, 10, MARGIN + 44, y, "Description");
        rightAligned(cs, bold, 10, width - MARGIN, y, "Amount (USD)");
        y -= 6;
        cs.moveTo(MARGIN, y);
        cs.lineTo(width - MARGIN, y);
        cs.stroke();
        y -= 16;
        for (TaxYear.Line line : t.lines()) {
          boolean total = line.line().equals("5") || line.line().equals("31");
          PDType1Font font = total ? bold : regular;
          text(cs, font, 10, MARGIN, y, line.line());
          text(cs, font, 10, MARGIN + 44, y, line.label());
          rightAligned(cs, font, 10, width - MARGIN, y, format(money, line.amount()));
          y -= 18;
          if (line.line().equals("31")) y -= 10;
        }
        y -= 16;
        text(
            cs,
            regular,
            8,
            MARGIN,
            y,
            "Cost of goods sold is the landed cost recorded on each sale. Sales tax paid on purchases"
                + " is part of the landed cost and is not deducted again.");
        y -= 12;
        text(
            cs,
            regular,
            8,
            MARGIN,
            y,
            "Refunds count in the year they were given. Inventory is valued at landed cost."
                + " Check the figures with your tax adviser.");
      }
      if (!t.platformReports.isEmpty()) platformReports(doc, t, regular, bold, money);
      doc.save(out);
    }
  }

  /** Each platform's reported gross, the sales recorded and the difference explained. */
  private static void platformReports(
      PDDocument doc, TaxYear t, PDType1Font regular, PDType1Font bold, DecimalFormat money)
      throws IOException {
    PDPageContentStream cs = null;
    float width = PDRectangle.LETTER.getWidth();
    float y = 0;
    try {
      for (PlatformGross p : t.platformReports) {
        if (cs == null || y < MARGIN + 8 * 16) {
          if (cs != null) cs.close();
          PDPage page = new PDPage(PDRectangle.LETTER);
          doc.addPage(page);
          cs = new PDPageContentStream(doc, page);
          y = page.getMediaBox().getHeight() - MARGIN;
          text(cs, bold, 14, MARGIN, y, "1099-K check for " + t.year);
          y -= 16;
          text(
              cs,
              regular,
              8,
              MARGIN,
              y,
              "Gross per the platform's reports = items + buyer-paid shipping + marketplace-collected"
                  + " tax, before refunds. Sales recorded = items less refunds.");
          y -= 24;
        }
        text(
            cs,
            bold,
            10,
            MARGIN,
            y,
            p.platform()
                + " ("
                + p.reportedLines()
                + " report lines, "
                + p.salesCount()
                + " sales)");
        y -= 16;
        for (TaxYear.Line line : p.lines()) {
          PDType1Font font = line.label().startsWith("of which") ? regular : bold;
          text(cs, font, 10, MARGIN + 16, y, line.label());
          rightAligned(cs, font, 10, width - MARGIN, y, format(money, line.amount()));
          y -= 14;
        }
        y -= 10;
      }
    } finally {
      if (cs != null) cs.close();
    }
  }

  private static String format(DecimalFormat f, BigDecimal amount) {
    return amount == null ? "" : f.format(amount);
  }

  private static void text(
      PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  private static void rightAligned(
      PDPageContentStream cs, PDType1Font font, float size, float right, float y, String s)
      throws IOException {
    float w = font.getStringWidth(s) / 1000 * size;
    text(cs, font, size, right - w, y, s);
  }
}
