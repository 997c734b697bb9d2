package app.resell.webui;

import app.resell.testing.ResellServer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, pointed at the test server, with the
 * steps every journey needs: sign in, open a page, wait for an element, take a screenshot. Waits
 * are generous because the CI machine is small and shared; they end as soon as the page is ready.
 */
final class Browser implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(90);
  static final Dimension DESKTOP = new Dimension(1366, 900);
  static final Dimension PHONE = new Dimension(390, 844);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  final WebDriverWait wait;
  private final String baseUrl;
  private final Path profile;

  private Browser(ChromeDriver driver, String baseUrl, Path profile) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
    // Pages re-render their parts when data arrives: an element found a moment ago may be gone.
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  static Browser open(ResellServer server) {
    try {
      Path profile = Files.createTempDirectory("resell-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(new File("/usr/bin/chromium"));
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1366,900",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File("/usr/bin/chromedriver"))
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
      return new Browser(driver, server.baseUrl(), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a page of the UI by its route, e.g. "inventory" for /#/inventory. */
  Browser go(String route) {
    driver.get(baseUrl + "/#/" + route);
    return this;
  }

  /**
   * Signs in through the form. Two sign-ins of one user at the same moment can answer 409 (both
   * update its last sign-in); the form then shows the problem and the click is repeated.
   */
  Browser signIn(String email, String password) {
    go("login");
    type(By.id("email"), email);
    type(By.id("password"), password);
    By signedIn = By.cssSelector("resell-dashboard #tiles .tile");
    By refused = By.cssSelector("[data-form-error]:not([hidden])");
    for (int attempt = 1; ; attempt++) {
      clickable(By.id("sign-in")).click();
      wait.until(ExpectedConditions.or(visibilityOfAny(signedIn), visibilityOfAny(refused)));
      if (all(refused).isEmpty() || attempt == 3) break;
    }
    visible(signedIn);
    return this;
  }

  private static org.openqa.selenium.support.ui.ExpectedCondition<List<WebElement>> visibilityOfAny(
      By by) {
    return ExpectedConditions.visibilityOfAllElementsLocatedBy(by);
  }

  Browser signInAsAdmin() {
    return signIn(ResellServer.ADMIN_EMAIL, ResellServer.ADMIN_PASSWORD);
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  WebElement clickable(By by) {
    return wait.until(ExpectedConditions.elementToBeClickable(by));
  }

  void waitForText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** Types into a field after clearing it. */
  void type(By by, String text) {
    WebElement field = visible(by);
    field.clear();
    field.sendKeys(text);
  }

  void desktop() {
    driver.manage().window().setSize(DESKTOP);
  }

  void phone() {
    driver.manage().window().setSize(PHONE);
  }

  /** Saves target/screenshots/name.png of the whole visible window. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The content type of the file behind an object URL the page made (a downloaded PDF). */
  String contentTypeOf(String blobUrl) {
    return (String)
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.blob()).then(b => done(b.type + ' ' + b.size),"
                + " e => done('error ' + e));",
            blobUrl);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a leftover temp profile is harmless
      }
    }
  }
}
