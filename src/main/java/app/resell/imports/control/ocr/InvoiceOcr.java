package app.resell.imports.control.ocr;

import app.resell.imports.control.pdf.InvoicePdfParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The invoice parser as the server runs it: scans are read by the OCR command configured here
 * ({@code resell.ocr.*}; the command {@code off} turns OCR off and scans are refused as {@code
 * no_text}). An invoice read by OCR is never imported by itself: the import waits for the user's
 * confirmation ({@code ImportConfirmation}).
 */
@ApplicationScoped
public class InvoiceOcr {

  @Inject
  @ConfigProperty(name = "resell.ocr.command", defaultValue = "tesseract")
  String command;

  @Inject
  @ConfigProperty(name = "resell.ocr.timeout-seconds", defaultValue = "120")
  int timeoutSeconds;

  @Inject
  @ConfigProperty(name = "resell.ocr.dpi", defaultValue = "300")
  int dpi;

  @Inject
  @ConfigProperty(name = "resell.ocr.languages", defaultValue = "eng")
  String languages;

  public InvoicePdfParser parser() {
    if (command == null || command.isBlank() || command.strip().equals("off")) {
      return new InvoicePdfParser();
    }
    return new InvoicePdfParser(
        new TesseractScanner(
            command.strip(), Duration.ofSeconds(Math.max(1, timeoutSeconds)), dpi, languages));
  }
}
