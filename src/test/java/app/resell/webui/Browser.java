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

  /**
   * Amounts on the page (under main) not written in the one money format of the UI ($1,234.56,
   * -$5.00), and amounts broken over two lines. Every text drawn is read: a "$" followed by digits,
   * or a bare number with two decimals (an amount printed without its format), must be one unbroken
   * "$d,ddd.dd". Inputs, editors and option lists hold what a person types, not amounts shown, and
   * are left out.
   */
  @SuppressWarnings("unchecked")
  List<String> moneyProblems() {
    return (List<String>)
        driver.executeScript(
            """
            const bad = [];
            const ONE = /^-?\\$\\d{1,3}(,\\d{3})*\\.\\d{2}$/;
            const TOKEN = /(?:[-\\u2212]\\s?)?(?:US)?\\$\\s?-?[\\d.,]*\\d|(?<![\\w.,:\\/\\u00d7-])\\d[\\d,]*\\.\\d{2}(?![\\w.%\\u00d7:])|\\bUSD\\b/g;
            const main = document.querySelector("main");
            const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
            for (let n; (n = walker.nextNode()); ) {
              const el = n.parentElement;
              if (!el || el.closest("script,style,textarea,select,[hidden]") || !el.getClientRects().length) continue;
              for (const m of n.data.matchAll(TOKEN)) {
                const t = m[0].replace("\\u2212", "-").replace(/^-\\s/, "-");
                const where = `"${t}" in ${el.tagName.toLowerCase()}: ${n.data.trim().slice(0, 60)}`;
                if (!ONE.test(t)) {
                  bad.push(where);
                  continue;
                }
                const r = document.createRange();
                r.setStart(n, m.index);
                r.setEnd(n, m.index + m[0].length);
                const tops = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
                if (tops.size > 1) bad.push("broken over two lines: " + where);
              }
            }
            return bad;
            """);
  }

  /**
   * The sum of the page's layout shifts since it was loaded (what Lighthouse calls CLS, for one
   * page view): content that moves once drawn, as charts pushed down by late tiles.
   */
  double layoutShift() {
    return ((Number)
            driver.executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                let sum = 0;
                new PerformanceObserver((list) => {
                  for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
                }).observe({ type: "layout-shift", buffered: true });
                setTimeout(() => done(sum), 500);
                """))
        .doubleValue();
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
