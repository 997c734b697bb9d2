package app.resell.imports.control.pdf;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Prints HTML to PDF with Debian's headless Chromium (through chromedriver), the way a web-based
 * auction system's "print invoice" does: US letter, 1 cm margins, backgrounds on, no browser header
 * or footer. One browser serves many prints.
 */
final class ChromiumPdf implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path dir;

  ChromiumPdf() {
    try {
      dir = Files.createTempDirectory("resell-invoice-html-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--user-data-dir=" + dir.resolve("profile"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
              .usingAnyFreePort()
              .build();
      driver = new ChromeDriver(service, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** The page printed to {@code out}. */
  void print(String html, boolean landscape, Path out) {
    try {
      Path page = dir.resolve("invoice.html");
      Files.writeString(page, html, StandardCharsets.UTF_8);
      driver.get(page.toUri().toString());
      PrintOptions options = new PrintOptions();
      options.setPageSize(new PageSize(27.94, 21.59)); // letter, cm
      options.setPageMargin(new PageMargin(1, 1, 1, 1));
      options.setOrientation(
          landscape ? PrintOptions.Orientation.LANDSCAPE : PrintOptions.Orientation.PORTRAIT);
      options.setBackground(true);
      Files.write(out, Base64.getDecoder().decode(driver.print(options).getContent()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
